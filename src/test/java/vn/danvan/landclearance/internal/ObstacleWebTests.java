package vn.danvan.landclearance.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/** Obstacles: the commune records and escalates, the province answers, the escalation page shows what waits. */
@SpringBootTest(properties = "danvan.demo.enabled=true")
@AutoConfigureMockMvc
class ObstacleWebTests {

    static final String COMMUNE_OFFICER = "canbo.phohien";
    static final String SPECIALIST = "chuyenvien.tinh";
    static final String LEADER = "lanhdao.tinh";

    @Autowired
    MockMvcTester mvc;

    @Autowired
    UserDetailsService accounts;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Clock clock;

    final String word =
            "O" + UUID.randomUUID().toString().replace("-", "").substring(0, 8).toUpperCase();

    @BeforeEach
    void fixture() {
        HouseholdFixtures.insert(jdbc);
    }

    @Test
    void recordsEscalatesAndAnswersAnObstacleWithAnAuditTrail() {
        UUID household = household(HouseholdFixtures.PHO_HIEN);
        LocalDate today = LocalDate.now(clock);

        assertThat(post(
                        COMMUNE_OFFICER,
                        "/landclearance/households/" + household + "/obstacles",
                        "reason",
                        "INHERITANCE",
                        "description",
                        "Thừa kế chưa chia " + word,
                        "raisedOn",
                        today.minusDays(3).toString()))
                .hasStatus(HttpStatus.FOUND);
        UUID obstacle = jdbc.sql("SELECT id FROM lc_obstacle WHERE household_id = ?")
                .params(household)
                .query(UUID.class)
                .single();

        assertThat(get(
                        SPECIALIST,
                        "/landclearance/projects/" + HouseholdFixtures.PROJECT + "/households?reason=INHERITANCE&q="
                                + word))
                .bodyText()
                .contains(household.toString());

        post(COMMUNE_OFFICER, "/landclearance/obstacles/" + obstacle + "/escalation", "answerBy", today.toString());
        assertThat(escalatedOn(obstacle)).isNull();

        post(
                COMMUNE_OFFICER,
                "/landclearance/obstacles/" + obstacle + "/escalation",
                "answerBy",
                today.plusDays(10).toString());
        assertThat(escalatedOn(obstacle)).isEqualTo(today);
        assertThat(get(LEADER, "/landclearance/escalations?project=" + HouseholdFixtures.PROJECT))
                .bodyText()
                .contains("Thừa kế chưa chia " + word, "Đã chờ 0 ngày");

        assertThat(post(COMMUNE_OFFICER, "/landclearance/obstacles/" + obstacle + "/answer", "answer", "Không"))
                .hasStatus(HttpStatus.FORBIDDEN);
        post(LEADER, "/landclearance/obstacles/" + obstacle + "/answer", "answer", "Áp dụng hỗ trợ " + word);
        assertThat(jdbc.sql("SELECT answered_on FROM lc_obstacle WHERE id = ?")
                        .params(obstacle)
                        .query(LocalDate.class)
                        .single())
                .isEqualTo(today);
        assertThat(jdbc.sql(
                                "SELECT count(*) FROM audit_entry WHERE target_id = ? AND action LIKE 'landclearance.obstacle.%'")
                        .params(obstacle.toString())
                        .query(Long.class)
                        .single())
                .isEqualTo(3);
    }

    @Test
    void refusesAResolutionBeforeTheObstacleWasRaised() {
        UUID household = household(HouseholdFixtures.PHO_HIEN);
        LocalDate today = LocalDate.now(clock);
        post(
                COMMUNE_OFFICER,
                "/landclearance/households/" + household + "/obstacles",
                "reason",
                "PRICE",
                "description",
                "Giá",
                "raisedOn",
                today.minusDays(1).toString());
        UUID obstacle = jdbc.sql("SELECT id FROM lc_obstacle WHERE household_id = ?")
                .params(household)
                .query(UUID.class)
                .single();

        MvcTestResult refused = post(
                COMMUNE_OFFICER,
                "/landclearance/obstacles/" + obstacle + "/resolution",
                "resolvedOn",
                today.minusDays(5).toString(),
                "resolution",
                "Đã thống nhất");

        assertThat(refused).hasStatus(HttpStatus.FOUND);
        assertThat(refused).flash().containsKey("flash");
        assertThat(jdbc.sql("SELECT resolved_on FROM lc_obstacle WHERE id = ?")
                        .params(obstacle)
                        .query(LocalDate.class)
                        .optional())
                .isEmpty();

        post(
                COMMUNE_OFFICER,
                "/landclearance/obstacles/" + obstacle + "/resolution",
                "resolvedOn",
                today.toString(),
                "resolution",
                "Đã thống nhất");
        assertThat(jdbc.sql("SELECT resolved_on FROM lc_obstacle WHERE id = ?")
                        .params(obstacle)
                        .query(LocalDate.class)
                        .single())
                .isEqualTo(today);
    }

    @Test
    void aCommuneOfficerCannotTouchAnObstacleOfAnotherCommune() {
        UUID household = household(HouseholdFixtures.HONG_CHAU);
        UUID obstacle = UUID.randomUUID();
        jdbc.sql("INSERT INTO lc_obstacle (id, household_id, project_id, path, reason, description, raised_on,"
                        + " created_at, updated_at) VALUES (?, ?, ?, '33/11980', 'MORTGAGE', 'Thế chấp',"
                        + " DATE '2026-01-05', now(), now())")
                .params(obstacle, household, HouseholdFixtures.PROJECT)
                .update();

        assertThat(post(
                        COMMUNE_OFFICER,
                        "/landclearance/obstacles/" + obstacle + "/escalation",
                        "answerBy",
                        LocalDate.now(clock).plusDays(5).toString()))
                .hasStatus(HttpStatus.NOT_FOUND);
        assertThat(get(COMMUNE_OFFICER, "/landclearance/escalations"))
                .bodyText()
                .doesNotContain("Thế chấp");
    }

    private LocalDate escalatedOn(UUID obstacle) {
        return jdbc.sql("SELECT escalated_on FROM lc_obstacle WHERE id = ?")
                .params(obstacle)
                .query(LocalDate.class)
                .optional()
                .orElse(null);
    }

    private UUID household(String unit) {
        UUID id = UUID.randomUUID();
        HouseholdFixtures.household(
                jdbc,
                id,
                unit,
                word + "-" + id.toString().substring(0, 6),
                "Hộ vướng mắc " + word,
                null,
                "PLAN_POSTED",
                null);
        return id;
    }

    private MvcTestResult get(String username, String url) {
        return mvc.get()
                .uri(url)
                .with(user(accounts.loadUserByUsername(username)))
                .exchange();
    }

    private MvcTestResult post(String username, String url, String... fields) {
        var request = mvc.post()
                .uri(url)
                .with(user(accounts.loadUserByUsername(username)))
                .with(csrf());
        for (int i = 0; i < fields.length; i += 2) {
            request.param(fields[i], fields[i + 1]);
        }
        return request.exchange();
    }
}
