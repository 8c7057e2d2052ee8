package vn.danvan.exemplar.internal;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

/**
 * The statistics page and the public showcase over 100,000 models and exemplars of ten years
 * ({@code benchmark/exemplar/dataset.sql}): EXPLAIN ANALYZE of their SQL ({@code benchmark/exemplar/explain.sql}) and
 * the pages through MockMvc (median of 7 after 3 warm-up calls). Not a test: skipped unless
 * {@code -Ddanvan.benchmark=true}; writes {@code target/exemplar-benchmark.md} and removes its data afterwards.
 */
@EnabledIfSystemProperty(named = "danvan.benchmark", matches = "true")
@SpringBootTest(properties = "danvan.demo.enabled=true")
@AutoConfigureMockMvc
class StatsBenchmark {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    MockMvc mvc;

    @Autowired
    UserDetailsService accounts;

    final List<String> out = new ArrayList<>();

    @Test
    void run() throws Exception {
        Path root = Path.of(System.getProperty("user.dir"));
        line("# Exemplar statistics and showcase benchmark");
        line("");
        line("- machine: " + Runtime.getRuntime().availableProcessors() + " cores, "
                + System.getProperty("os.name") + " " + System.getProperty("os.arch") + ", Java "
                + System.getProperty("java.version") + ", "
                + jdbc.sql("SELECT version()").query(String.class).single());
        long t0 = System.nanoTime();
        jdbc.sql(Files.readString(root.resolve("benchmark/exemplar/dataset.sql"), StandardCharsets.UTF_8))
                .update();
        line("- dataset: " + count("SELECT count(*) FROM ex_entry") + " entries, "
                + count("SELECT count(*) FROM ex_recognition") + " recognitions ("
                + count("SELECT count(*) FROM ex_recognition WHERE revoked_on IS NULL") + " in force), "
                + count("SELECT count(*) FROM ex_self_assessment") + " annual self-assessments, "
                + count("SELECT count(*) FROM ex_entry WHERE public AND status = 'RECOGNISED'")
                + " public recognised; generated in " + (System.nanoTime() - t0) / 1_000_000 + " ms");
        line("");
        line("## Pages (MockMvc, in-process; median of 7 after 3 warm-up calls)");
        line("");
        line("| page | user | median ms | max ms |");
        line("|---|---|---:|---:|");
        page("/exemplars/stats?year=2026", "chuyenvien.tinh");
        page("/exemplars/stats?year=2017&to=2026", "chuyenvien.tinh");
        page("/exemplars/stats?year=2026&unit=33/11953", "chuyenvien.tinh");
        page("/exemplars/stats?year=2026", "canbo.phohien");
        page("/exemplars/stats.xlsx?year=2026", "chuyenvien.tinh");
        page("/exemplars.xlsx?year=2026", "chuyenvien.tinh");
        page("/public/exemplars", null);
        page("/public/exemplars?page=200", null);
        page("/public/exemplars?q=pho%20hien", null);
        page("/public/exemplars?field=ECONOMIC&year=2025", null);
        page("/public/exemplars/map.geojson", null);
        line("");
        line("## EXPLAIN ANALYZE");
        String explain = Files.readString(root.resolve("benchmark/exemplar/explain.sql"), StandardCharsets.UTF_8);
        String title = "";
        for (String statement : explain.split("\n")) {
            if (statement.startsWith("-- ") && !statement.startsWith("-- The") && !statement.startsWith("-- of")) {
                title = statement.substring(3);
            } else if (statement.startsWith("EXPLAIN")) {
                line("");
                line("### " + title);
                line("");
                line("```");
                jdbc.sql(statement.replaceAll(";\\s*$", ""))
                        .query(String.class)
                        .list()
                        .forEach(this::line);
                line("```");
            }
        }
        jdbc.sql("DELETE FROM ex_entry WHERE demo AND name LIKE 'BENCH %'").update();
        Files.write(root.resolve("target/exemplar-benchmark.md"), out, StandardCharsets.UTF_8);
    }

    private void page(String url, String username) throws Exception {
        Callable<Integer> call = () -> {
            var request = MockMvcRequestBuilders.get(url);
            if (username != null) {
                request = request.with(user(accounts.loadUserByUsername(username)));
            }
            return mvc.perform(request).andReturn().getResponse().getStatus();
        };
        for (int i = 0; i < 3; i++) {
            int status = call.call();
            if (status != 200) {
                throw new IllegalStateException(url + " answered " + status);
            }
        }
        long[] ms = new long[7];
        for (int i = 0; i < ms.length; i++) {
            long t = System.nanoTime();
            call.call();
            ms[i] = (System.nanoTime() - t) / 1_000_000;
        }
        Arrays.sort(ms);
        line("| `" + url + "` | " + (username == null ? "anonymous" : username) + " | " + ms[3] + " | " + ms[6] + " |");
    }

    private long count(String sql) {
        return jdbc.sql(sql).query(Long.class).single();
    }

    private void line(String s) {
        System.out.println(s);
        out.add(s);
    }
}
