package vn.danvan.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import vn.danvan.landclearance.internal.HouseholdImportBenchmarkSupport;
import vn.danvan.shared.text.VietnameseText;

/**
 * Import of a 20,000-household list (≈ 30,000 plot rows) through the import service, as the provincial specialist:
 * the streaming read alone, the upload (read + check every row against the project + keep the file and errors) and
 * the confirmation (read again + check again + write households, plots and stage history in one transaction). Wall
 * time, peak heap (sum of the heap pools' peaks, reset before each phase) and GC per phase; for scale, a plain JDBC
 * batch insert of as many rows into a scratch table of similar width, in the same session.
 *
 * <p>Not a test: skipped unless {@code -Ddanvan.benchmark=true}; the file comes from {@code
 * -Ddanvan.benchmark.file=…} (see {@code benchmark/run-landclearance-import.sh}). Results go to {@code
 * target/landclearance-import-benchmark.md}.
 */
@EnabledIfSystemProperty(named = "danvan.benchmark", matches = "true")
@SpringBootTest(properties = "danvan.demo.enabled=true")
@AutoConfigureMockMvc
class LandClearanceImportBenchmark {

    @Autowired
    ApplicationContext context;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    JdbcTemplate jdbcTemplate;

    @Autowired
    UserDetailsService accounts;

    record Phase(String name, long millis, long peakHeapMb, long gcCount, long gcMillis) {}

    @Test
    void importTwentyThousandHouseholds() throws Exception {
        Path file = Path.of(System.getProperty("danvan.benchmark.file", "target/households-20000.xlsx"));
        byte[] content = Files.readAllBytes(file);
        HouseholdImportBenchmarkSupport support =
                new HouseholdImportBenchmarkSupport(context.getBean(HouseholdImportBenchmarkSupport.serviceType()));
        UUID project = project();
        UserDetails specialist = accounts.loadUserByUsername("chuyenvien.tinh");
        SecurityContextHolder.getContext()
                .setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                        specialist, null, specialist.getAuthorities()));
        List<Phase> phases = new ArrayList<>();
        int[] rows = new int[1];
        phases.add(measure("read only, cold", () -> {
            rows[0] = HouseholdImportBenchmarkSupport.read(content);
            return null;
        }));
        phases.add(measure("read only, warm", () -> HouseholdImportBenchmarkSupport.read(content)));
        UUID[] importId = new UUID[1];
        phases.add(measure("upload: read + check + keep", () -> importId[0] = support.upload(project, content)));
        int[] counts = support.counts(project, importId[0]);
        int[] written = new int[2];
        phases.add(measure("confirm: re-read + re-check + write (one transaction)", () -> {
            int[] w = support.confirm(project, importId[0]);
            written[0] = w[0];
            written[1] = w[1];
            return null;
        }));
        int changes = jdbc.sql("SELECT count(*) FROM lc_stage_change WHERE project_id = ?")
                .param(project)
                .query(Integer.class)
                .single();
        phases.add(measure("baseline: plain JDBC batch insert of as many rows", () -> {
            baseline(written[0] + written[1] + changes);
            return null;
        }));
        assertThat(counts[4]).as("errors in the generated file").isZero();
        assertThat(written[0]).isEqualTo(counts[0]);

        StringBuilder md = new StringBuilder();
        md.append(String.format(
                Locale.ROOT,
                "File: %s, %,d bytes, %,d rows, %,d households, %,d plots; written: %,d households, %,d plots,"
                        + " %,d stage changes.%n%n",
                file.getFileName(),
                content.length,
                rows[0],
                counts[0],
                counts[1],
                written[0],
                written[1],
                changes));
        md.append(String.format(
                Locale.ROOT,
                "JVM: %s, max heap %,d MB, %d processors.%n%n",
                System.getProperty("java.version"),
                Runtime.getRuntime().maxMemory() / 1024 / 1024,
                Runtime.getRuntime().availableProcessors()));
        md.append("| phase | wall time (ms) | peak heap (MB) | GCs | GC time (ms) |\n|---|---:|---:|---:|---:|\n");
        for (Phase p : phases) {
            md.append(String.format(
                    Locale.ROOT,
                    "| %s | %,d | %,d | %d | %d |%n",
                    p.name(),
                    p.millis(),
                    p.peakHeapMb(),
                    p.gcCount(),
                    p.gcMillis()));
        }
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target/landclearance-import-benchmark.md"), md.toString());
        System.out.println(md);
        SecurityContextHolder.clearContext();
    }

    private Phase measure(String name, Supplier<Object> work) {
        System.gc();
        List<MemoryPoolMXBean> heap = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(p -> p.getType() == MemoryType.HEAP)
                .toList();
        heap.forEach(MemoryPoolMXBean::resetPeakUsage);
        long gcCount = gcCount();
        long gcTime = gcTime();
        long started = System.nanoTime();
        work.get();
        long millis = (System.nanoTime() - started) / 1_000_000;
        long peak = heap.stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum();
        return new Phase(name, millis, peak / 1024 / 1024, gcCount() - gcCount, gcTime() - gcTime);
    }

    private static long gcCount() {
        return ManagementFactory.getGarbageCollectorMXBeans().stream()
                .mapToLong(GarbageCollectorMXBean::getCollectionCount)
                .sum();
    }

    private static long gcTime() {
        return ManagementFactory.getGarbageCollectorMXBeans().stream()
                .mapToLong(GarbageCollectorMXBean::getCollectionTime)
                .sum();
    }

    private UUID project() {
        UUID id = UUID.randomUUID();
        String code = "BENCH-" + id.toString().substring(0, 6);
        jdbc.sql("INSERT INTO lc_project (id, code, name, investor, owner_org_id, owner_org_name, path, province_code,"
                        + " land_kind, total_area_m2, search_text, sort_key, created_at, updated_at) VALUES (?, ?,"
                        + " 'Dự án đo tải', 'Chủ đầu tư', ?, 'Ban', '33', '33', 'AGRICULTURAL', 50000000, ?, ?, now(),"
                        + " now())")
                .params(id, code, UUID.randomUUID(), code.toLowerCase(Locale.ROOT), VietnameseText.sortKey(code))
                .update();
        for (String unit : List.of("11953", "11980", "11983", "11977")) {
            jdbc.sql("INSERT INTO lc_project_commune (project_id, unit_id, unit_name, unit_path)"
                            + " SELECT ?, id, full_name, path FROM admin_unit WHERE id = ?")
                    .params(id, unit)
                    .update();
        }
        return id;
    }

    private void baseline(int rows) {
        jdbcTemplate.execute("CREATE TABLE IF NOT EXISTS bench_rows (id uuid, a text, b text, c date, d numeric)");
        List<Object[]> batch = new ArrayList<>(rows);
        for (int i = 0; i < rows; i++) {
            batch.add(new Object[] {
                UUID.randomUUID(), "Nguyễn Văn " + i, "Tổ dân phố " + i, java.sql.Date.valueOf("2026-03-01"), i
            });
        }
        jdbcTemplate.batchUpdate("INSERT INTO bench_rows VALUES (?, ?, ?, ?, ?)", batch);
        jdbcTemplate.execute("DROP TABLE bench_rows");
    }
}
