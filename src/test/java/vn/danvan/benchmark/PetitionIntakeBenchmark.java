package vn.danvan.benchmark;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import vn.danvan.petition.NewPetition;
import vn.danvan.petition.PetitionChannel;
import vn.danvan.petition.PetitionIntake;
import vn.danvan.petition.PetitionKind;

/**
 * Petition benchmarks on the embedded PostgreSQL, in one session: a pgbench INSERT baseline (1 client, ~1 KB rows);
 * intake throughput through {@link PetitionIntake} and through Open311 POST (1 client, sequential); then 1,000,000
 * generated cases (SQL generate_series) with EXPLAIN ANALYZE of the case list's and the search's SQL; and the daily
 * reminder selection over 100,000 open cases. Not a test: skipped unless {@code -Ddanvan.benchmark=true}. Results go
 * to {@code target/petition-benchmark.md}.
 */
@EnabledIfSystemProperty(named = "danvan.benchmark", matches = "true")
@SpringBootTest(properties = "danvan.demo.enabled=true")
@AutoConfigureMockMvc
class PetitionIntakeBenchmark {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PetitionIntake intake;

    @Autowired
    MockMvc mvc;

    @Autowired
    org.springframework.context.ApplicationContext context;

    final List<String> out = new ArrayList<>();

    void line(String s) {
        System.out.println(s);
        out.add(s);
    }

    @Test
    void run() throws Exception {
        int port = jdbc.sql("SELECT inet_server_port()").query(Integer.class).single();
        String db = jdbc.sql("SELECT current_database()").query(String.class).single();
        line("# Petition benchmark");
        line("");
        line("Machine: " + Runtime.getRuntime().availableProcessors() + " cores, "
                + jdbc.sql("SELECT version()").query(String.class).single());
        line("");
        double pgbench = pgbench(port, db);
        line("pgbench, custom INSERT of a ~1 KB row, 1 client, 15 s: **" + Math.round(pgbench) + " TPS**");

        // Intake through the API, 1 client.
        int n = Integer.getInteger("danvan.benchmark.intake", 400);
        for (int i = 0; i < 20; i++) {
            intake.receive(petition(i)); // warm-up
        }
        long t0 = System.nanoTime();
        for (int i = 0; i < n; i++) {
            intake.receive(petition(i));
        }
        double intakeRate = n / ((System.nanoTime() - t0) / 1e9);
        line("PetitionIntake.receive, " + n + " reflections, 1 client: **" + Math.round(intakeRate) + " /s** = "
                + String.format("%.3f", intakeRate / pgbench) + " × pgbench");

        String key = "bench-" + UUID.randomUUID();
        jdbc.sql(
                        "INSERT INTO pt_api_client (id, name, key_hash, active, created_at) VALUES (:id, 'bench', :h, true, now())")
                .param("id", UUID.randomUUID())
                .param("h", sha256(key))
                .update();
        String code = jdbc.sql("SELECT code FROM pt_category WHERE open311 AND active LIMIT 1")
                .query(String.class)
                .single();
        t0 = System.nanoTime();
        for (int i = 0; i < n; i++) {
            int status = mvc.perform(MockMvcRequestBuilders.post("/open311/v2/requests.json")
                            .param("api_key", key)
                            .param("service_code", code)
                            .param("address_string", "Ngõ " + i)
                            .param("attribute[commune]", "11953")
                            .param("description", "Phản ánh thử tải số " + i + " về chiếu sáng công cộng")
                            .param("email", "bench" + i + "@example.org"))
                    .andReturn()
                    .getResponse()
                    .getStatus();
            if (status != 201) {
                throw new IllegalStateException("Open311 POST answered " + status);
            }
        }
        double open311Rate = n / ((System.nanoTime() - t0) / 1e9);
        line("Open311 POST requests.json (MockMvc, in process), " + n + " requests, 1 client: **"
                + Math.round(open311Rate) + " /s** = " + String.format("%.3f", open311Rate / pgbench) + " × pgbench");

        // 1,000,000 cases.
        t0 = System.nanoTime();
        jdbc.sql(
                        "INSERT INTO pt_case (id, tracking_code, secret_hash, kind, channel, subject, content, unit_id, unit_name,"
                                + " path, province_code, handling_org_name, handling_path, status, confidential, received_at,"
                                + " received_on, current_step, step_due_on, search_text, created_at, updated_at)"
                                + " SELECT gen_random_uuid(), 'BM-' || g, 'x',"
                                + " (ARRAY['REFLECTION','REFLECTION','COMPLAINT','DENUNCIATION'])[1 + g % 4], 'ONLINE',"
                                + " 'Phản ánh số ' || g || ' về ' || (ARRAY['đèn đường','rác thải','ổ gà','tiếng ồn','đất đai'])[1 + g % 5],"
                                + " 'Nội dung ' || g, u.id, u.full_name, u.path, '33', 'Cơ quan', u.path,"
                                + " CASE WHEN g % 10 = 0 THEN 'ACCEPTED' ELSE 'CLOSED' END, g % 4 = 3,"
                                + " now() - (g % 1500) * interval '1 day', (now() - (g % 1500) * interval '1 day')::date,"
                                + " 'ACCEPTED', current_date + (g % 7 - 3),"
                                + " 'phan anh so ' || g || ' ve ' || (ARRAY['den duong','rac thai','o ga','tieng on','dat dai'])[1 + g % 5],"
                                + " now(), now()"
                                + " FROM generate_series(1, 1000000) g"
                                + " JOIN LATERAL (SELECT id, full_name, path FROM admin_unit WHERE parent_id = '33' AND valid_to IS NULL"
                                + "   ORDER BY id OFFSET (g % 100) LIMIT 1) u ON true")
                .update();
        jdbc.sql("ANALYZE pt_case").update();
        line("");
        line("Generated 1,000,000 cases (100,000 open) in " + Math.round((System.nanoTime() - t0) / 1e9) + " s");
        line("");
        explain(
                "Case list, province scope, newest first, page 1 (25)",
                "SELECT c.id, c.tracking_code, c.subject, c.status, c.received_at FROM pt_case c"
                        + " WHERE (c.path = '33' OR c.path LIKE '33/%' OR c.handling_path = '33' OR c.handling_path LIKE '33/%')"
                        + " ORDER BY c.received_at DESC, c.id LIMIT 25");
        explain(
                "Case list, commune scope 33/11953, newest first, page 1 (25)",
                "SELECT c.id, c.tracking_code, c.subject, c.status, c.received_at FROM pt_case c"
                        + " WHERE (c.path = '33/11953' OR c.path LIKE '33/11953/%' OR c.handling_path = '33/11953'"
                        + " OR c.handling_path LIKE '33/11953/%') ORDER BY c.received_at DESC, c.id LIMIT 25");
        explain(
                "Search 'rac thai' (folded, trigram), province scope, page 1 (25)",
                "SELECT c.id, c.tracking_code, c.subject FROM pt_case c WHERE c.search_text LIKE '%rac thai%'"
                        + " AND (c.path LIKE '33/%' OR c.handling_path LIKE '33/%') ORDER BY c.received_at DESC, c.id LIMIT 25");
        explain(
                "Search a rare word 'so 777777', province scope",
                "SELECT c.id, c.tracking_code, c.subject FROM pt_case c WHERE c.search_text LIKE '%so 777777 %'"
                        + " AND (c.path LIKE '33/%' OR c.handling_path LIKE '33/%') ORDER BY c.received_at DESC, c.id LIMIT 25");

        // The reminder job's selection over the 100,000 open cases (due between 3 days ago and 3 days ahead).
        Object digests = context.getBean("reminderDigests");
        var method = digests.getClass().getDeclaredMethod("digests", LocalDate.class);
        method.setAccessible(true);
        t0 = System.nanoTime();
        List<?> result = (List<?>) method.invoke(digests, LocalDate.now());
        long ms = (System.nanoTime() - t0) / 1_000_000;
        line("");
        line("Reminder digests over 100,000 open cases: " + result.size() + " digests computed in **" + ms + " ms**"
                + " (selection and grouping only; sending is one INSERT per person)");
        Files.writeString(Path.of("target/petition-benchmark.md"), String.join("\n", out) + "\n");
    }

    private void explain(String title, String sql) {
        List<String> plan = jdbc.sql("EXPLAIN (ANALYZE, BUFFERS) " + sql)
                .query(String.class)
                .list();
        String time = plan.stream()
                .filter(l -> l.startsWith("Execution Time"))
                .findFirst()
                .orElse("?");
        line("- " + title + ": **" + time + "**");
        line("  - plan top: `" + plan.get(0).trim() + "`");
    }

    private NewPetition petition(int i) {
        return new NewPetition(
                PetitionKind.REFLECTION,
                PetitionChannel.ONLINE,
                null,
                "Phản ánh thử tải số " + i,
                "Nội dung thử tải số " + i + " về chiếu sáng công cộng và vệ sinh môi trường trong khu dân cư.",
                "11953",
                null,
                null,
                null,
                new NewPetition.Sender("Người thử tải " + i, null, null, "0900000" + (i % 1000), null),
                List.of(),
                null,
                null);
    }

    private static double pgbench(int port, String db) throws IOException, InterruptedException {
        Path script = Files.createTempFile("pv-pgbench", ".sql");
        Files.writeString(script, "INSERT INTO pv_bench (id, body) VALUES (gen_random_uuid(), repeat('x', 1000));\n");
        ProcessBuilder create = new ProcessBuilder(
                "psql",
                "-X",
                "-h",
                "127.0.0.1",
                "-p",
                Integer.toString(port),
                "-U",
                "postgres",
                "-d",
                db,
                "-c",
                "CREATE TABLE IF NOT EXISTS pv_bench (id uuid PRIMARY KEY, body text)");
        create.environment().put("PGPASSWORD", "postgres");
        create.inheritIO().start().waitFor();
        ProcessBuilder pb = new ProcessBuilder(
                "pgbench",
                "-n",
                "-h",
                "127.0.0.1",
                "-p",
                Integer.toString(port),
                "-U",
                "postgres",
                "-c",
                "1",
                "-T",
                "15",
                "-f",
                script.toString(),
                db);
        pb.environment().put("PGPASSWORD", "postgres");
        pb.redirectErrorStream(true);
        Process p = pb.start();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        p.waitFor();
        for (String l : output.split("\n")) {
            if (l.startsWith("tps = ")) {
                return Double.parseDouble(l.substring(6).split(" ")[0]);
            }
        }
        throw new IllegalStateException("pgbench: " + output);
    }

    private static String sha256(String s) throws Exception {
        return java.util.HexFormat.of()
                .formatHex(
                        java.security.MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8)));
    }
}
