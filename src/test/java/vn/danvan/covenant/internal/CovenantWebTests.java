package vn.danvan.covenant.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
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
 * The covenant pages end to end: setting up a covenant with bad input, criteria and targets, a party scoring itself
 * and only itself, the reviewer overriding, closing a period freezing its measured values, the party page, linking
 * a meeting's signing, and the demo covenants. Each test makes its own covenant, named with a random word.
 */
@SpringBootTest(properties = "danvan.demo.enabled=true")
@AutoConfigureMockMvc
class CovenantWebTests {

    static final String SPECIALIST = "chuyenvien.tinh";
    static final String LEADER = "lanhdao.tinh";
    static final String COMMUNE_OFFICER = "canbo.phohien";
    static final String FRONT_OFFICER = "mattran.phohien";
    static final String ADMIN = "quantri";
    static final String PHO_HIEN = "11953";
    static final String OTHER_WARD = "11980";
    static final String THIRD_WARD = "11983";

    @Autowired
    MockMvcTester mvc;

    @Autowired
    UserDetailsService accounts;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TestHouseholdsMetric metric;

    final String word = "t" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);

    // ---- Setting up -----------------------------------------------------------------------------------------------

    @Test
    void reRendersTheFormAndSavesNothingWithOnlyOneParty() {
        MvcTestResult result = post(
                SPECIALIST,
                "/covenants",
                "title",
                "Giao ước " + word,
                "kind",
                "ANNUAL",
                "year",
                "2026",
                "startsOn",
                "01/01/2026",
                "endsOn",
                "31/12/2026",
                "ownerOrgId",
                provincialBoard().toString(),
                "partyOrgIds",
                partyCommittee(PHO_HIEN).toString());

        assertThat(result).hasStatusOk();
        assertThat(result).bodyText().contains("Giao ước cần ít nhất hai đơn vị ký.");
        assertThat(covenantsTitled("Giao ước " + word)).isZero();
    }

    @Test
    void reRendersTheFormAndSavesNothingWhenTheCovenantEndsBeforeItStarts() {
        MvcTestResult result = post(
                SPECIALIST,
                "/covenants",
                "title",
                "Giao ước " + word,
                "kind",
                "ANNUAL",
                "year",
                "2026",
                "startsOn",
                "31/12/2026",
                "endsOn",
                "01/01/2026",
                "ownerOrgId",
                provincialBoard().toString(),
                "partyOrgIds",
                partyCommittee(PHO_HIEN).toString(),
                "partyOrgIds",
                partyCommittee(OTHER_WARD).toString());

        assertThat(result).hasStatusOk();
        assertThat(result).bodyText().contains("Ngày kết thúc phải sau ngày bắt đầu.");
        assertThat(covenantsTitled("Giao ước " + word)).isZero();
    }

    @Test
    void reRendersTheFormWithClearMessagesWhenEverythingIsMissing() {
        MvcTestResult result = post(SPECIALIST, "/covenants", "title", "", "startsOn", "31/02/2026x");

        assertThat(result).hasStatusOk();
        assertThat(result)
                .bodyText()
                .contains("Hãy nhập tên giao ước.", "Hãy nhập ngày bắt đầu (dd/mm/yyyy).", "Hãy chọn đơn vị chủ trì.")
                .doesNotContain("Exception", "Failed to convert");
    }

    @Test
    void communeOfficerCannotSetUpACovenant() {
        assertThat(get(COMMUNE_OFFICER, "/covenants/new")).hasStatus(HttpStatus.FORBIDDEN);
    }

    @Test
    void refusesADuplicateCodeAMissingTargetAndASubjectTheUserCannotSee() {
        UUID covenant = draftCovenant(PHO_HIEN, OTHER_WARD);
        List<UUID> parties = parties(covenant);
        reportedCriterion(covenant, "A", 10, "6", "6");

        MvcTestResult duplicate = post(
                SPECIALIST,
                "/covenants/" + covenant + "/criteria",
                "code",
                "A",
                "text",
                "Tiêu chí trùng mã",
                "unitOfMeasure",
                "buổi",
                "kind",
                "REPORTED",
                "maxPoints",
                "10",
                "targetParty",
                parties.get(0).toString(),
                "target",
                "6",
                "targetParty",
                parties.get(1).toString(),
                "target",
                "6");
        MvcTestResult missing = post(
                SPECIALIST,
                "/covenants/" + covenant + "/criteria",
                "code",
                "B",
                "text",
                "Tiêu chí thiếu chỉ tiêu",
                "unitOfMeasure",
                "buổi",
                "kind",
                "REPORTED",
                "maxPoints",
                "10",
                "targetParty",
                parties.get(0).toString(),
                "target",
                "6",
                "targetParty",
                parties.get(1).toString(),
                "target",
                "");
        MvcTestResult hidden = post(
                SPECIALIST,
                "/covenants/" + covenant + "/criteria",
                "code",
                "C",
                "text",
                "Tiêu chí đo",
                "kind",
                "MEASURED",
                "metricCode",
                TestHouseholdsMetric.CODE,
                "metricSubject",
                "a-project-of-another-province",
                "maxPoints",
                "10",
                "targetParty",
                parties.get(0).toString(),
                "target",
                "80",
                "targetParty",
                parties.get(1).toString(),
                "target",
                "80");

        assertThat(duplicate).bodyText().contains("Mã tiêu chí A đã có trong giao ước này.");
        assertThat(missing).bodyText().contains("Thiếu chỉ tiêu của Đảng ủy");
        assertThat(hidden).bodyText().contains("Đối tượng đo đã chọn không thuộc địa bàn bạn được xem.");
        assertThat(jdbc.sql("SELECT count(*) FROM cv_criterion WHERE covenant_id = :c")
                        .param("c", covenant)
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
    }

    @Test
    void criterionFormOffersTheCatalogueAndTheMetricsSubjects() {
        UUID covenant = draftCovenant(PHO_HIEN, OTHER_WARD);

        assertThat(get(
                        SPECIALIST,
                        "/covenants/" + covenant + "/criteria/new?kind=MEASURED&metric=" + TestHouseholdsMetric.CODE))
                .bodyText()
                .contains("Dự án thử nghiệm", TestHouseholdsMetric.CODE);
    }

    @Test
    void aCovenantIsPutInForceOnlyWithCriteriaAndAPeriod() {
        UUID covenant = draftCovenant(PHO_HIEN, OTHER_WARD);

        post(SPECIALIST, "/covenants/" + covenant + "/activate");
        assertThat(state(covenant)).isEqualTo("DRAFT");

        reportedCriterion(covenant, "A", 10, "6", "6");
        post(SPECIALIST, "/covenants/" + covenant + "/periods", "name", "Sơ kết", "endsOn", "30/06/2026");
        post(SPECIALIST, "/covenants/" + covenant + "/activate");
        assertThat(state(covenant)).isEqualTo("ACTIVE");
    }

    @Test
    void aPeriodMustEndWithinTheCovenant() {
        UUID covenant = draftCovenant(PHO_HIEN, OTHER_WARD);

        post(SPECIALIST, "/covenants/" + covenant + "/periods", "name", "Ngoài kỳ", "endsOn", "30/06/2027");

        assertThat(jdbc.sql("SELECT count(*) FROM cv_period WHERE covenant_id = :c")
                        .param("c", covenant)
                        .query(Long.class)
                        .single())
                .isZero();
    }

    // ---- Scoring --------------------------------------------------------------------------------------------------

    @Test
    void communeOfficerSelfScoresTheirOwnPartyButNotAnothers() {
        Fixture f = activeCovenant(PHO_HIEN, OTHER_WARD);

        MvcTestResult own = post(
                COMMUNE_OFFICER,
                f.selfUrl(0, f.reported()),
                "reportedValue",
                "5",
                "selfScore",
                "8",
                "selfNote",
                "Đã tổ chức 5 buổi " + word);
        MvcTestResult other =
                post(COMMUNE_OFFICER, f.selfUrl(1, f.reported()), "reportedValue", "9", "selfScore", "10");

        assertThat(own).hasStatus(HttpStatus.FOUND);
        assertThat(score(f, 0, f.reported(), "self_score")).isEqualByComparingTo("8");
        assertThat(score(f, 0, f.reported(), "reported_value")).isEqualByComparingTo("5");
        assertThat(other).hasStatus(HttpStatus.FORBIDDEN);
        assertThat(score(f, 1, f.reported(), "self_score")).isNull();
        // The Phố Hiến officer sees the covenant and their own sheet, but not a covenant Phố Hiến has not signed.
        assertThat(get(COMMUNE_OFFICER, f.sheetUrl(0))).bodyText().contains("Đã tổ chức 5 buổi " + word);
        Fixture elsewhere = activeCovenant(OTHER_WARD, THIRD_WARD);
        assertThat(post(COMMUNE_OFFICER, elsewhere.selfUrl(0, elsewhere.reported()), "selfScore", "1"))
                .hasStatus(HttpStatus.NOT_FOUND);
        assertThat(get(COMMUNE_OFFICER, "/covenants/" + elsewhere.covenant())).hasStatus(HttpStatus.NOT_FOUND);
        // The provincial specialist reviews but does not report for a party.
        assertThat(post(SPECIALIST, f.selfUrl(0, f.reported()), "selfScore", "1"))
                .hasStatus(HttpStatus.FORBIDDEN);
    }

    @Test
    void refusesASelfScoreAboveTheMaximumAndAReportedValueWithoutRequiredEvidence() {
        Fixture f = activeCovenant(PHO_HIEN, OTHER_WARD);

        post(FRONT_OFFICER, f.selfUrl(0, f.reported()), "selfScore", "11");
        post(FRONT_OFFICER, f.selfUrl(0, f.evidenced()), "reportedValue", "3");

        assertThat(score(f, 0, f.reported(), "self_score")).isNull();
        assertThat(score(f, 0, f.evidenced(), "reported_value")).isNull();
        MvcTestResult refused = mvc.post()
                .uri(f.selfUrl(0, f.evidenced()))
                .param("reportedValue", "3")
                .with(user(accounts.loadUserByUsername(FRONT_OFFICER)))
                .with(csrf())
                .exchange();
        assertThat(refused.getMvcResult().getFlashMap().get("flash").toString()).contains("cv.error.evidenceRequired");
    }

    @Test
    void theReviewersScoreOverridesTheSelfScore() {
        Fixture f = activeCovenant(PHO_HIEN, OTHER_WARD);
        post(COMMUNE_OFFICER, f.selfUrl(0, f.reported()), "reportedValue", "6", "selfScore", "10");

        post(SPECIALIST, f.reviewUrl(0, f.reported()), "reviewedScore", "6.5", "comment", "Thiếu biên bản " + word);

        assertThat(score(f, 0, f.reported(), "reviewed_score")).isEqualByComparingTo("6.5");
        assertThat(get(COMMUNE_OFFICER, f.sheetUrl(0)))
                .bodyText()
                .contains("Thiếu biên bản " + word, "6,5", "thẩm định");
        // The commune officer cannot review.
        assertThat(post(COMMUNE_OFFICER, f.reviewUrl(0, f.reported()), "reviewedScore", "10"))
                .hasStatus(HttpStatus.FORBIDDEN);
        assertThat(score(f, 0, f.reported(), "reviewed_score")).isEqualByComparingTo("6.5");
    }

    @Test
    void closingAPeriodFreezesItsMeasuredValuesAndItsRanking() {
        Fixture f = activeCovenant(PHO_HIEN, OTHER_WARD);
        metric.set("33/" + PHO_HIEN, 42, 60);
        metric.set("33/" + OTHER_WARD, 30, 60);
        String period = "/covenants/" + f.covenant() + "/periods/" + f.period();

        assertThat(get(LEADER, period)).bodyText().contains("42/60 = 70");
        int before = metric.calls();
        get(LEADER, period);
        assertThat(metric.calls() - before)
                .as("one metric call per measured criterion")
                .isEqualTo(1);
        List<String> rankingBefore = ranking(f);

        post(SPECIALIST, period + "/close");
        metric.set("33/" + PHO_HIEN, 10, 60);
        metric.set("33/" + OTHER_WARD, 60, 60);

        assertThat(score(f, 0, f.measured(), "measured_value")).isEqualByComparingTo("70");
        assertThat(get(LEADER, period)).bodyText().contains("70").doesNotContain("10/60");
        assertThat(ranking(f)).isEqualTo(rankingBefore);
        assertThat(rankingBefore.get(0)).isEqualTo(f.parties().get(0).toString());
        // A closed period is read-only.
        post(COMMUNE_OFFICER, f.selfUrl(0, f.reported()), "selfScore", "3");
        assertThat(score(f, 0, f.reported(), "self_score")).isNull();
    }

    @Test
    void thePartyPageShowsTargetAndActual() {
        Fixture f = activeCovenant(PHO_HIEN, OTHER_WARD);
        metric.set("33/" + PHO_HIEN, 45, 60);

        MvcTestResult page = get(
                COMMUNE_OFFICER,
                "/covenants/" + f.covenant() + "/parties/" + f.parties().get(0));

        assertThat(page).hasStatusOk();
        assertThat(page).bodyText().contains("45/60 = 75", "80", "cv-chart", "data-values", "Đảng ủy phường Phố Hiến");
    }

    @Test
    void reviewerProposesACommendation() {
        Fixture f = activeCovenant(PHO_HIEN, OTHER_WARD);

        post(
                SPECIALIST,
                "/covenants/" + f.covenant() + "/periods/" + f.period() + "/parties/"
                        + f.parties().get(1) + "/award",
                "award",
                "Giấy khen " + word,
                "note",
                "Vượt chỉ tiêu");

        assertThat(get(COMMUNE_OFFICER, "/covenants/" + f.covenant() + "/periods/" + f.period()))
                .bodyText()
                .contains("Giấy khen " + word);
    }

    // ---- Meeting signings and demo --------------------------------------------------------------------------------

    @Test
    void linkingAMeetingSigningPrefillsTitleAndParties() {
        UUID signing = jdbc.sql("SELECT s.id FROM meeting_covenant_signing s WHERE s.title LIKE 'Giao ước thi đua về"
                        + " tuyên truyền%' LIMIT 1")
                .query(UUID.class)
                .single();
        String partyName = jdbc.sql("SELECT org_name FROM meeting_covenant_party WHERE signing_id = :s ORDER BY"
                        + " position DESC LIMIT 1")
                .param("s", signing)
                .query(String.class)
                .single();

        MvcTestResult form = get(ADMIN, "/covenants/new?signing=" + signing);

        assertThat(form).hasStatusOk();
        String body = body(form);
        assertThat(body).contains("Giao ước thi đua về tuyên truyền, vận động Nhân dân tham gia giải phóng mặt bằng");
        assertThat(body)
                .containsPattern("<option value=\"[0-9a-f-]{36}\" selected=\"selected\">"
                        + java.util.regex.Pattern.quote(partyName) + "</option>");
        assertThat(body).contains("name=\"signingId\" value=\"" + signing + "\"");
    }

    @Test
    void aLargeCovenantShowsTheRankingFirstAndTheScoreCellsOnRequest() {
        Fixture f = activeCovenant("11980", "11983");
        String periodUrl = "/covenants/" + f.covenant() + "/periods/" + f.period();
        assertThat(body(get(LEADER, periodUrl))).contains("cv-board");

        jdbc.sql("""
                        INSERT INTO cv_party (id, covenant_id, position, org_id, org_name, path)
                        SELECT gen_random_uuid(), :c, 10 + row_number() OVER (ORDER BY o.id), o.id, o.name, o.path
                        FROM org_unit o
                        WHERE o.kind = 'PARTY_COMMITTEE' AND o.path LIKE '33/%'
                          AND o.id NOT IN (SELECT org_id FROM cv_party WHERE covenant_id = :c)
                        ORDER BY o.id
                        LIMIT :n""")
                .param("c", f.covenant())
                .param("n", ScoringController.FULL_TABLE_UP_TO)
                .update();

        String ranked = body(get(LEADER, periodUrl));
        assertThat(ranked).contains("id=\"ranking\"").doesNotContain("cv-board").contains("table=true");
        assertThat(body(get(LEADER, periodUrl + "?table=true"))).contains("cv-board");
    }

    @Test
    void demoCovenantsAreLoadedWithTheirPeriodsAndTheMeetingLink() {
        UUID demo2026 = jdbc.sql("SELECT id FROM cv_covenant WHERE demo AND year = 2026")
                .query(UUID.class)
                .single();
        assertThat(jdbc.sql("SELECT count(*) FROM cv_criterion WHERE covenant_id = :c")
                        .param("c", demo2026)
                        .query(Long.class)
                        .single())
                .isEqualTo(6);
        assertThat(jdbc.sql("SELECT closed FROM cv_period WHERE covenant_id = :c ORDER BY ends_on")
                        .param("c", demo2026)
                        .query(Boolean.class)
                        .list())
                .containsExactly(true, false);
        assertThat(get(COMMUNE_OFFICER, "/covenants/" + demo2026))
                .bodyText()
                .contains("Đảng ủy phường Phố Hiến", "Sơ kết 6 tháng năm 2026");
        var demo2023 = jdbc.sql("SELECT id, meeting_id, state FROM cv_covenant WHERE demo AND year = 2023")
                .query()
                .singleRow();
        assertThat(demo2023.get("meeting_id")).isNotNull();
        assertThat(demo2023.get("state")).isEqualTo("CLOSED");
        assertThat(get(ADMIN, "/covenants/" + demo2023.get("id")))
                .bodyText()
                .contains("/meetings/" + demo2023.get("meeting_id"));
    }

    @Test
    void listFindsCovenantsIgnoringDiacriticsWithinTheUsersArea() {
        UUID covenant = draftCovenant(PHO_HIEN, OTHER_WARD);
        Fixture elsewhere = activeCovenant(OTHER_WARD, THIRD_WARD);

        assertThat(mvc.get()
                        .uri("/covenants")
                        .param("q", "GIAO UOC " + word)
                        .with(user(accounts.loadUserByUsername(SPECIALIST)))
                        .exchange())
                .bodyText()
                .contains("/covenants/" + covenant, "/covenants/" + elsewhere.covenant());
        assertThat(get(COMMUNE_OFFICER, "/covenants?q=" + word))
                .bodyText()
                .contains("/covenants/" + covenant)
                .doesNotContain("/covenants/" + elsewhere.covenant());
    }

    // ---- Fixtures -------------------------------------------------------------------------------------------------

    /** A covenant in force with a measured, a reported and an evidence-required criterion and an open period. */
    record Fixture(UUID covenant, UUID period, List<UUID> parties, UUID measured, UUID reported, UUID evidenced) {

        String sheetUrl(int party) {
            return "/covenants/" + covenant + "/periods/" + period + "/parties/" + parties.get(party);
        }

        String selfUrl(int party, UUID criterion) {
            return sheetUrl(party) + "/criteria/" + criterion + "/self";
        }

        String reviewUrl(int party, UUID criterion) {
            return sheetUrl(party) + "/criteria/" + criterion + "/review";
        }
    }

    private Fixture activeCovenant(String commune1, String commune2) {
        UUID covenant = draftCovenant(commune1, commune2);
        List<UUID> parties = parties(covenant);
        post(
                SPECIALIST,
                "/covenants/" + covenant + "/criteria",
                "code",
                "M",
                "text",
                "Tỷ lệ hộ bàn giao",
                "kind",
                "MEASURED",
                "metricCode",
                TestHouseholdsMetric.CODE,
                "metricSubject",
                "test-project",
                "maxPoints",
                "40",
                "targetParty",
                parties.get(0).toString(),
                "target",
                "80",
                "targetParty",
                parties.get(1).toString(),
                "target",
                "80");
        reportedCriterion(covenant, "R", 10, "6", "6");
        post(
                SPECIALIST,
                "/covenants/" + covenant + "/criteria",
                "code",
                "E",
                "text",
                "Mô hình có minh chứng",
                "unitOfMeasure",
                "mô hình",
                "kind",
                "REPORTED",
                "maxPoints",
                "10",
                "evidenceRequired",
                "true",
                "targetParty",
                parties.get(0).toString(),
                "target",
                "1",
                "targetParty",
                parties.get(1).toString(),
                "target",
                "1");
        post(SPECIALIST, "/covenants/" + covenant + "/periods", "name", "Tổng kết " + word, "endsOn", "31/12/2026");
        post(SPECIALIST, "/covenants/" + covenant + "/activate");
        assertThat(state(covenant)).isEqualTo("ACTIVE");
        UUID period = jdbc.sql("SELECT id FROM cv_period WHERE covenant_id = :c")
                .param("c", covenant)
                .query(UUID.class)
                .single();
        return new Fixture(
                covenant,
                period,
                parties,
                criterion(covenant, "M"),
                criterion(covenant, "R"),
                criterion(covenant, "E"));
    }

    private UUID draftCovenant(String commune1, String commune2) {
        String title = "Giao ước thi đua " + word + " " + commune1 + "-" + commune2;
        MvcTestResult created = post(
                SPECIALIST,
                "/covenants",
                "title",
                title,
                "kind",
                "CAMPAIGN",
                "year",
                "2026",
                "startsOn",
                "01/01/2026",
                "endsOn",
                "31/12/2026",
                "ownerOrgId",
                provincialBoard().toString(),
                "signedOn",
                "20/02/2026",
                "partyOrgIds",
                partyCommittee(commune1).toString(),
                "partyOrgIds",
                partyCommittee(commune2).toString());
        assertThat(created).hasStatus(HttpStatus.FOUND);
        return jdbc.sql("SELECT id FROM cv_covenant WHERE title = :t")
                .param("t", title)
                .query(UUID.class)
                .single();
    }

    private void reportedCriterion(UUID covenant, String code, int maxPoints, String target1, String target2) {
        List<UUID> parties = parties(covenant);
        MvcTestResult result = post(
                SPECIALIST,
                "/covenants/" + covenant + "/criteria",
                "code",
                code,
                "text",
                "Tổ chức hội nghị tuyên truyền",
                "unitOfMeasure",
                "buổi",
                "kind",
                "REPORTED",
                "maxPoints",
                Integer.toString(maxPoints),
                "targetParty",
                parties.get(0).toString(),
                "target",
                target1,
                "targetParty",
                parties.get(1).toString(),
                "target",
                target2);
        assertThat(result).hasStatus(HttpStatus.FOUND);
    }

    private List<UUID> parties(UUID covenant) {
        return jdbc.sql("SELECT id FROM cv_party WHERE covenant_id = :c ORDER BY position")
                .param("c", covenant)
                .query(UUID.class)
                .list();
    }

    private UUID criterion(UUID covenant, String code) {
        return jdbc.sql("SELECT id FROM cv_criterion WHERE covenant_id = :c AND code = :code")
                .param("c", covenant)
                .param("code", code)
                .query(UUID.class)
                .single();
    }

    private List<String> ranking(Fixture f) {
        String body = body(get(LEADER, "/covenants/" + f.covenant() + "/periods/" + f.period()));
        String ranking = body.substring(body.indexOf("id=\"ranking\""), body.indexOf("cv-board"));
        return f.parties().stream()
                .sorted(java.util.Comparator.comparingInt(p -> ranking.indexOf("/parties/" + p)))
                .map(UUID::toString)
                .toList();
    }

    private BigDecimal score(Fixture f, int party, UUID criterion, String column) {
        return jdbc.sql("SELECT " + column + " FROM cv_score WHERE period_id = :p AND party_id = :party AND"
                        + " criterion_id = :c")
                .param("p", f.period())
                .param("party", f.parties().get(party))
                .param("c", criterion)
                .query(BigDecimal.class)
                .optional()
                .orElse(null);
    }

    private String state(UUID covenant) {
        return jdbc.sql("SELECT state FROM cv_covenant WHERE id = :c")
                .param("c", covenant)
                .query(String.class)
                .single();
    }

    private long covenantsTitled(String title) {
        return jdbc.sql("SELECT count(*) FROM cv_covenant WHERE title = :t")
                .param("t", title)
                .query(Long.class)
                .single();
    }

    private UUID provincialBoard() {
        return jdbc.sql("SELECT id FROM org_unit WHERE admin_unit_id = '33' AND kind = 'MASS_MOBILIZATION_BOARD'")
                .query(UUID.class)
                .single();
    }

    private UUID partyCommittee(String commune) {
        return jdbc.sql("SELECT id FROM org_unit WHERE admin_unit_id = :c AND kind = 'PARTY_COMMITTEE'")
                .param("c", commune)
                .query(UUID.class)
                .single();
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

    private static String body(MvcTestResult result) {
        try {
            return result.getResponse().getContentAsString(StandardCharsets.UTF_8);
        } catch (java.io.UnsupportedEncodingException e) {
            throw new IllegalStateException(e);
        }
    }
}
