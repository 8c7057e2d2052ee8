package vn.danvan.benchmark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import vn.danvan.covenant.internal.TestHouseholdsMetric;

/**
 * Not a test: a measurement, run only with {@code -Ddanvan.benchmark=true} (see {@code benchmark/run-covenant.sh}).
 * A covenant of 100 parties × 8 criteria (4 measured through the test metric, 4 reported, every reported cell with a
 * value and a self-score) is written straight into the database; then the ranking page of its period and a party's
 * page are requested 20 times each after a warm-up, through MockMvc in the test's JVM, and the medians are written
 * to the file named by {@code danvan.benchmark.out}. Nothing is asserted about time; it checks only that the
 * ranking is measured in one metric call per measured criterion, whatever the number of parties.
 */
@SpringBootTest(properties = "danvan.demo.enabled=true")
@AutoConfigureMockMvc
@EnabledIfSystemProperty(named = "danvan.benchmark", matches = "true")
class CovenantRankingBenchmark {

    static final int PARTIES = 100;
    static final int MEASURED = 4;
    static final int REPORTED = 4;
    static final int RUNS = 20;
    static final int WARMUP = 10;

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    UserDetailsService accounts;

    @Autowired
    TestHouseholdsMetric metric;

    @Test
    void rankingOfAHundredPartiesAndAPartysPage() throws Exception {
        UUID covenant = UUID.randomUUID();
        UUID period = UUID.randomUUID();
        List<UUID> parties = new ArrayList<>();
        long started = System.nanoTime();
        insertCovenant(covenant, period, parties);
        long setupMs = (System.nanoTime() - started) / 1_000_000;

        var specialist = accounts.loadUserByUsername("chuyenvien.tinh");
        String rankingUrl = "/covenants/" + covenant + "/periods/" + period;
        String partyUrl = "/covenants/" + covenant + "/parties/" + parties.get(0);
        for (int i = 0; i < WARMUP; i++) {
            mvc.perform(MockMvcRequestBuilders.get(rankingUrl).with(user(specialist)))
                    .andReturn();
            mvc.perform(MockMvcRequestBuilders.get(partyUrl).with(user(specialist)))
                    .andReturn();
        }
        int callsBefore = metric.calls();
        MvcResult once = mvc.perform(MockMvcRequestBuilders.get(rankingUrl).with(user(specialist)))
                .andReturn();
        int callsPerRanking = metric.calls() - callsBefore;
        assertThat(once.getResponse().getStatus()).isEqualTo(200);
        assertThat(callsPerRanking).isEqualTo(MEASURED);
        int rankingBytes = once.getResponse().getContentAsByteArray().length;
        callsBefore = metric.calls();
        MvcResult party = mvc.perform(MockMvcRequestBuilders.get(partyUrl).with(user(specialist)))
                .andReturn();
        int callsPerParty = metric.calls() - callsBefore;
        assertThat(party.getResponse().getStatus()).isEqualTo(200);

        List<Double> ranking = time(rankingUrl, specialist);
        List<Double> partyPage = time(partyUrl, specialist);

        String report = String.format(
                Locale.ROOT,
                """
                | page | runs | median ms | min ms | max ms | metric calls per page | page size |
                |---|---:|---:|---:|---:|---:|---:|
                | ranking of a period (`GET /covenants/{id}/periods/{periodId}`) | %d | %.1f | %.1f | %.1f | %d | %,d B |
                | party page (`GET /covenants/{id}/parties/{partyId}`) | %d | %.1f | %.1f | %.1f | %d | %,d B |

                Covenant: %d parties × %d criteria (%d measured, %d reported; %d score rows), written by JDBC in %d ms.
                """,
                RUNS,
                median(ranking),
                ranking.get(0),
                ranking.get(ranking.size() - 1),
                callsPerRanking,
                rankingBytes,
                RUNS,
                median(partyPage),
                partyPage.get(0),
                partyPage.get(partyPage.size() - 1),
                callsPerParty,
                party.getResponse().getContentAsByteArray().length,
                PARTIES,
                MEASURED + REPORTED,
                MEASURED,
                REPORTED,
                PARTIES * REPORTED,
                setupMs);
        System.out.println(report);
        Path out = Path.of(System.getProperty("danvan.benchmark.out", "target/covenant-ranking.md"));
        Files.createDirectories(out.toAbsolutePath().getParent());
        Files.writeString(out, report, StandardCharsets.UTF_8);
    }

    private List<Double> time(String url, org.springframework.security.core.userdetails.UserDetails who)
            throws Exception {
        List<Double> ms = new ArrayList<>();
        for (int i = 0; i < RUNS; i++) {
            long t = System.nanoTime();
            MvcResult r =
                    mvc.perform(MockMvcRequestBuilders.get(url).with(user(who))).andReturn();
            ms.add((System.nanoTime() - t) / 1e6);
            assertThat(r.getResponse().getStatus()).isEqualTo(200);
        }
        Collections.sort(ms);
        return ms;
    }

    private static double median(List<Double> sorted) {
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }

    private void insertCovenant(UUID covenant, UUID period, List<UUID> parties) throws IOException {
        Timestamp now = Timestamp.from(Instant.now());
        UUID board = jdbc.sql("SELECT id FROM org_unit WHERE admin_unit_id = '33' AND kind = 'MASS_MOBILIZATION_BOARD'")
                .query(UUID.class)
                .single();
        jdbc.sql("INSERT INTO cv_covenant (id, title, kind, year, starts_on, ends_on, owner_org_id, owner_org_name,"
                        + " path, province_code, state, search_text, sort_key, created_at, updated_at) VALUES (:id,"
                        + " 'Giao ước đo hiệu năng', 'ANNUAL', 2026, DATE '2026-01-01', DATE '2026-12-31', :board,"
                        + " 'Ban Tuyên giáo và Dân vận Tỉnh ủy Hưng Yên', '33', '33', 'ACTIVE', 'giao uoc do hieu nang',"
                        + " '\\x00', :now, :now)")
                .param("id", covenant)
                .param("board", board)
                .param("now", now)
                .update();
        List<java.util.Map<String, Object>> orgs = jdbc.sql("SELECT id, name, path FROM org_unit WHERE kind ="
                        + " 'PARTY_COMMITTEE' AND path LIKE '33/%' ORDER BY path LIMIT :n")
                .param("n", PARTIES)
                .query()
                .listOfRows();
        assertThat(orgs).hasSize(PARTIES);
        for (int i = 0; i < PARTIES; i++) {
            UUID party = UUID.randomUUID();
            parties.add(party);
            String path = (String) orgs.get(i).get("path");
            jdbc.sql("INSERT INTO cv_party (id, covenant_id, position, org_id, org_name, path) VALUES (:id, :c, :pos,"
                            + " :org, :name, :path)")
                    .param("id", party)
                    .param("c", covenant)
                    .param("pos", i)
                    .param("org", orgs.get(i).get("id"))
                    .param("name", orgs.get(i).get("name"))
                    .param("path", path)
                    .update();
            metric.set(path, 20 + i % 40, 60);
        }
        jdbc.sql("INSERT INTO cv_period (id, covenant_id, name, ends_on, closed) VALUES (:id, :c, 'Tổng kết năm',"
                        + " DATE '2026-12-31', false)")
                .param("id", period)
                .param("c", covenant)
                .update();
        for (int k = 0; k < MEASURED + REPORTED; k++) {
            UUID criterion = UUID.randomUUID();
            boolean measured = k < MEASURED;
            jdbc.sql("INSERT INTO cv_criterion (id, covenant_id, position, code, text, unit_of_measure, kind,"
                            + " metric_code, metric_subject, max_points, evidence_required) VALUES (:id, :c, :pos, :code,"
                            + " :text, '%', :kind, :metric, :subject, 12.5, false)")
                    .param("id", criterion)
                    .param("c", covenant)
                    .param("pos", k)
                    .param("code", "T" + (k + 1))
                    .param("text", "Tiêu chí đo hiệu năng " + (k + 1))
                    .param("kind", measured ? "MEASURED" : "REPORTED")
                    .param("metric", measured ? TestHouseholdsMetric.CODE : null)
                    .param("subject", measured ? "test-project" : null)
                    .update();
            for (int i = 0; i < PARTIES; i++) {
                jdbc.sql("INSERT INTO cv_target (criterion_id, party_id, target) VALUES (:c, :p, :t)")
                        .param("c", criterion)
                        .param("p", parties.get(i))
                        .param("t", measured ? 80 : 6)
                        .update();
                if (!measured) {
                    jdbc.sql("INSERT INTO cv_score (id, period_id, criterion_id, party_id, reported_value, self_score,"
                                    + " updated_at) VALUES (:id, :p, :c, :party, :v, :s, :now)")
                            .param("id", UUID.randomUUID())
                            .param("p", period)
                            .param("c", criterion)
                            .param("party", parties.get(i))
                            .param("v", i % 8)
                            .param("s", Math.min(12.5, (i % 8) * 2.0))
                            .param("now", now)
                            .update();
                }
            }
        }
    }
}
