package vn.danvan.landclearance.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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

/**
 * The outreach-visit form on a phone: pre-filled, idempotent by its client key, moving an agreeing household to the
 * agreed stage with history, and leading to the obstacle form when an obstacle came up.
 */
@SpringBootTest(properties = "danvan.demo.enabled=true")
@AutoConfigureMockMvc
class VisitWebTests {

    static final String COMMUNE_OFFICER = "canbo.phohien";
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
            "V" + UUID.randomUUID().toString().replace("-", "").substring(0, 8).toUpperCase();

    @BeforeEach
    void fixture() {
        HouseholdFixtures.insert(jdbc);
    }

    @Test
    void theFormIsPrefilledWithTodayTheUserAndAFreshClientKey() throws Exception {
        UUID id = household("PLAN_POSTED");

        MvcTestResult form = get(COMMUNE_OFFICER, "/landclearance/households/" + id + "/visits/new");

        assertThat(form).hasStatusOk();
        assertThat(form)
                .bodyText()
                .contains(
                        "value=\"" + LocalDate.now(clock) + "\"",
                        "/assets/js/lc-visit.js",
                        "lc-visit-draft:" + id,
                        "type=\"radio\"")
                .containsPattern("name=\"clientKey\" value=\"[0-9a-f-]{36}\"");
        assertThat(clientKey(form))
                .isNotEqualTo(clientKey(get(COMMUNE_OFFICER, "/landclearance/households/" + id + "/visits/new")));
    }

    @Test
    void anAgreedOutcomeMovesTheHouseholdToAgreedAndWritesHistory() {
        UUID id = household("PLAN_POSTED");
        LocalDate day = LocalDate.now(clock).minusDays(1);

        MvcTestResult saved = visit(id, UUID.randomUUID(), day, "AGREED");

        assertThat(saved).hasStatus(HttpStatus.FOUND).hasRedirectedUrl("/landclearance/households/" + id);
        assertThat(saved).flash().containsKey(VisitController.SAVED_KEY);
        assertThat(jdbc.sql("SELECT stage FROM lc_household WHERE id = ?")
                        .params(id)
                        .query(String.class)
                        .single())
                .isEqualTo("AGREED");
        assertThat(jdbc.sql("SELECT agreed_on FROM lc_household WHERE id = ?")
                        .params(id)
                        .query(LocalDate.class)
                        .single())
                .isEqualTo(day);
        assertThat(jdbc.sql("SELECT from_stage || '>' || to_stage || ' ' || reason FROM lc_stage_change"
                                + " WHERE household_id = ?")
                        .params(id)
                        .query(String.class)
                        .single())
                .isEqualTo("PLAN_POSTED>AGREED Vận động ngày " + day.format(DateTimeFormatter.ofPattern("dd/MM/yyyy")));
        assertThat(get(COMMUNE_OFFICER, "/landclearance/households/" + id))
                .bodyText()
                .contains("Chủ hộ và vợ " + word, "Đồng thuận");
    }

    @Test
    void anAgreedOutcomeLeavesAHouseholdThatHadConsentedWhereItIs() {
        UUID id = household("PAID");
        jdbc.sql("UPDATE lc_household SET agreed_on = DATE '2026-01-01' WHERE id = ?")
                .params(id)
                .update();

        visit(id, UUID.randomUUID(), LocalDate.now(clock), "AGREED");

        assertThat(jdbc.sql("SELECT stage FROM lc_household WHERE id = ?")
                        .params(id)
                        .query(String.class)
                        .single())
                .isEqualTo("PAID");
        assertThat(jdbc.sql("SELECT count(*) FROM lc_stage_change WHERE household_id = ?")
                        .params(id)
                        .query(Long.class)
                        .single())
                .isZero();
    }

    @Test
    void sendingTheSameFormTwiceRecordsOneVisit() {
        UUID id = household("PLAN_POSTED");
        UUID key = UUID.randomUUID();

        MvcTestResult first = visit(id, key, LocalDate.now(clock), "NO_CHANGE");
        MvcTestResult again = visit(id, key, LocalDate.now(clock), "NO_CHANGE");

        assertThat(first).hasStatus(HttpStatus.FOUND);
        assertThat(again).hasStatus(HttpStatus.FOUND).hasRedirectedUrl("/landclearance/households/" + id);
        assertThat(again).flash().containsEntry(VisitController.SAVED_KEY, key.toString());
        assertThat(jdbc.sql("SELECT count(*) FROM lc_visit WHERE household_id = ?")
                        .params(id)
                        .query(Long.class)
                        .single())
                .isOne();
    }

    @Test
    void anObstacleOutcomeOpensTheObstacleFormNext() {
        UUID id = household("PLAN_POSTED");

        MvcTestResult saved = visit(id, UUID.randomUUID(), LocalDate.now(clock), "OBSTACLE");

        assertThat(saved)
                .hasStatus(HttpStatus.FOUND)
                .hasRedirectedUrl("/landclearance/households/" + id + "/obstacles/new");
    }

    @Test
    void refusesAVisitWithoutWhomTheyMetOrInTheFutureAndRecordsNothing() {
        UUID id = household("PLAN_POSTED");

        MvcTestResult missing = post(
                COMMUNE_OFFICER,
                "/landclearance/households/" + id + "/visits",
                "visitedOn",
                LocalDate.now(clock).toString(),
                "visitors[0].name",
                "Cán bộ",
                "visitors[0].kind",
                "BOARD",
                "outcome",
                "AGREED",
                "clientKey",
                UUID.randomUUID().toString());
        MvcTestResult future = post(
                COMMUNE_OFFICER,
                "/landclearance/households/" + id + "/visits",
                "visitedOn",
                LocalDate.now(clock).plusDays(2).toString(),
                "visitors[0].name",
                "Cán bộ",
                "visitors[0].kind",
                "BOARD",
                "metWhom",
                "Chủ hộ",
                "outcome",
                "AGREED",
                "clientKey",
                UUID.randomUUID().toString());
        MvcTestResult nobody = post(
                COMMUNE_OFFICER,
                "/landclearance/households/" + id + "/visits",
                "visitedOn",
                LocalDate.now(clock).toString(),
                "metWhom",
                "Chủ hộ",
                "outcome",
                "AGREED",
                "clientKey",
                UUID.randomUUID().toString());

        assertThat(missing).hasStatusOk();
        assertThat(missing).bodyText().contains("Hãy ghi đã gặp ai");
        assertThat(future).hasStatusOk();
        assertThat(future).bodyText().contains("Ngày không được sau ngày hôm nay");
        assertThat(nobody).hasStatusOk();
        assertThat(nobody).bodyText().contains("Hãy ghi ít nhất một người đi vận động");
        assertThat(jdbc.sql("SELECT count(*) FROM lc_visit WHERE household_id = ?")
                        .params(id)
                        .query(Long.class)
                        .single())
                .isZero();
        assertThat(jdbc.sql("SELECT stage FROM lc_household WHERE id = ?")
                        .params(id)
                        .query(String.class)
                        .single())
                .isEqualTo("PLAN_POSTED");
    }

    @Test
    void aDateThatIsNotADateIsRefusedWithAMessage() {
        UUID id = household("PLAN_POSTED");

        MvcTestResult refused = post(
                COMMUNE_OFFICER,
                "/landclearance/households/" + id + "/visits",
                "visitedOn",
                "hôm qua",
                "visitors[0].name",
                "Cán bộ",
                "visitors[0].kind",
                "BOARD",
                "metWhom",
                "Chủ hộ",
                "outcome",
                "AGREED",
                "clientKey",
                UUID.randomUUID().toString());

        assertThat(refused).hasStatusOk();
        assertThat(refused).bodyText().contains("Ngày không hợp lệ");
        assertThat(jdbc.sql("SELECT count(*) FROM lc_visit WHERE household_id = ?")
                        .params(id)
                        .query(Long.class)
                        .single())
                .isZero();
    }

    @Test
    void aBoardLeaderReadsButDoesNotRecordVisits() {
        UUID id = household("PLAN_POSTED");
        visit(id, UUID.randomUUID(), LocalDate.now(clock), "REFUSED");

        assertThat(get(LEADER, "/landclearance/households/" + id + "/visits/new"))
                .hasStatus(HttpStatus.FORBIDDEN);
        assertThat(get(
                        LEADER,
                        "/landclearance/projects/" + HouseholdFixtures.PROJECT + "/visits?unit="
                                + HouseholdFixtures.PHO_HIEN + "&from=" + LocalDate.now(clock)))
                .bodyText()
                .contains("/landclearance/households/" + id);
    }

    private MvcTestResult visit(UUID household, UUID key, LocalDate day, String outcome) {
        return post(
                COMMUNE_OFFICER,
                "/landclearance/households/" + household + "/visits",
                "visitedOn",
                day.toString(),
                "visitors[0].name",
                "Nguyễn Cán Bộ",
                "visitors[0].kind",
                "BOARD",
                "visitors[0].orgName",
                "Đảng ủy phường Phố Hiến",
                "visitors[1].name",
                "Trần Trưởng Thôn",
                "visitors[1].kind",
                "VILLAGE_HEAD",
                "visitors[2].name",
                "",
                "metWhom",
                "Chủ hộ và vợ " + word,
                "concerns",
                "Giá bồi thường",
                "agreed",
                "Đồng ý nhận tiền",
                "outcome",
                outcome,
                "nextStep",
                "Hẹn ký biên bản",
                "nextStepOn",
                day.plusDays(3).toString(),
                "clientKey",
                key.toString());
    }

    private static String clientKey(MvcTestResult form) throws Exception {
        Matcher m = Pattern.compile("name=\"clientKey\" value=\"([0-9a-f-]{36})\"")
                .matcher(form.getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8));
        assertThat(m.find()).isTrue();
        return m.group(1);
    }

    private UUID household(String stage) {
        UUID id = UUID.randomUUID();
        HouseholdFixtures.household(
                jdbc,
                id,
                HouseholdFixtures.PHO_HIEN,
                word + "-" + id.toString().substring(0, 6),
                "Hộ vận động " + word,
                null,
                stage,
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
