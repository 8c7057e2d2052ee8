package vn.danvan.landclearance.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import vn.danvan.shared.web.Flash;

/**
 * Key projects end to end: registration with its checks, boundary upload, the project page's figures within the
 * user's area, "not found" outside it, and the time-limit rules. Every test makes its own projects with a random code.
 */
@SpringBootTest(properties = "danvan.demo.enabled=true")
@AutoConfigureMockMvc
class ProjectWebTests {

    static final String SPECIALIST = "chuyenvien.tinh";
    static final String COMMUNE_OFFICER = "canbo.phohien";
    static final String PHO_HIEN = "11953";
    static final String OTHER_COMMUNE = "11983";

    @Autowired
    MockMvcTester mvc;

    @Autowired
    UserDetailsService accounts;

    @Autowired
    JdbcClient jdbc;

    final String word =
            "T" + UUID.randomUUID().toString().replace("-", "").substring(0, 8).toUpperCase();

    @Autowired
    ProjectQueries queries;

    @Test
    void theTrendCountsEachHouseholdFromItsFirstChangeWeekByWeekWithinTheScope() {
        UUID project = fixture("XU-HUONG-" + UUID.randomUUID().toString().substring(0, 6), "11953", "11980");
        household(project, "11953", "A1", "HANDED_OVER", null, null);
        household(project, "11953", "A2", "AGREED", null, null);
        household(project, "11980", "B1", "HANDED_OVER", null, null);
        LocalDate today = LocalDate.of(2026, 11, 29);
        jdbc.sql("DELETE FROM lc_stage_change WHERE project_id = ?")
                .param(project)
                .update();
        change(project, "A1", "AGREED", today.minusWeeks(3));
        change(project, "A1", "HANDED_OVER", today.minusWeeks(2).minusDays(1));
        // Corrected back and handed over again: counted from its first hand-over.
        change(project, "A1", "PAID", today.minusWeeks(1));
        change(project, "A1", "HANDED_OVER", today);
        change(project, "A2", "AGREED", today.minusDays(3));
        change(project, "B1", "HANDED_OVER", today.minusWeeks(1));

        List<ProjectQueries.Week> all = queries.trend(project, today, vn.danvan.shared.security.Scope.everything());
        assertThat(all).extracting(ProjectQueries.Week::endsOn).first().isEqualTo(today.minusWeeks(3));
        assertThat(all)
                .extracting(w -> w.handedOver() + "/" + w.consented())
                .containsExactly("0/1", "1/1", "2/2", "2/3");

        List<ProjectQueries.Week> ward = queries.trend(project, today, vn.danvan.shared.security.Scope.of("33/11953"));
        assertThat(ward)
                .extracting(w -> w.handedOver() + "/" + w.consented())
                .containsExactly("0/1", "1/1", "1/1", "1/2");
    }

    private void change(UUID project, String household, String to, LocalDate on) {
        jdbc.sql("INSERT INTO lc_stage_change (id, household_id, project_id, to_stage, effective_on, changed_at,"
                        + " changed_by_name) SELECT gen_random_uuid(), h.id, h.project_id, ?, ?, now(), 'Kiểm thử'"
                        + " FROM lc_household h WHERE h.project_id = ? AND h.code = ?")
                .param(to)
                .param(on)
                .param(project)
                .param(household)
                .update();
    }

    @Test
    void specialistRegistersAProjectAndFindsItOnTheProvincePage() {
        MvcTestResult created = register(word, "125000.5", PHO_HIEN, OTHER_COMMUNE);

        assertThat(created).hasStatus(HttpStatus.FOUND);
        String url = created.getMvcResult().getResponse().getRedirectedUrl();
        assertThat(url).startsWith("/landclearance/projects/");
        assertThat(get(SPECIALIST, url))
                .hasStatusOk()
                .bodyText()
                .contains(word, "Đường trục " + word, "125.000,5 m² (12,50 ha)", "Phường Phố Hiến");
        assertThat(get(SPECIALIST, "/landclearance")).hasStatusOk().bodyText().contains(word, "href=\"" + url + "\"");
        assertThat(jdbc.sql("SELECT count(*) FROM lc_project_commune c JOIN lc_project p ON p.id = c.project_id"
                                + " WHERE p.code = ?")
                        .param(word)
                        .query(Long.class)
                        .single())
                .isEqualTo(2);
    }

    @Test
    void badInputIsExplainedAndNothingIsSaved() {
        MvcTestResult negative = register(word, "-5");
        assertThat(negative).hasStatusOk().bodyText().contains("Diện tích phải lớn hơn 0", "Hãy chọn ít nhất một xã");

        MvcTestResult notANumber = register(word, "mười nghìn", PHO_HIEN);
        assertThat(notANumber).hasStatusOk().bodyText().contains("Diện tích phải là một số");

        MvcTestResult otherProvince = register(word, "1000", "00004");
        assertThat(otherProvince).hasStatusOk().bodyText().contains("chỉ chọn xã, phường thuộc tỉnh của dự án");
        assertThat(projects(word)).isZero();

        register(word, "1000", PHO_HIEN);
        MvcTestResult duplicate = register(word.toLowerCase(), "1000", PHO_HIEN);
        assertThat(duplicate).hasStatusOk().bodyText().contains("đã được dùng trong tỉnh");
        assertThat(projects(word)).isEqualTo(1);
    }

    @Test
    void aCommuneOfficerCannotRegisterAProject() {
        MvcTestResult result = mvc.post()
                .uri("/landclearance/projects")
                .with(user(accounts.loadUserByUsername(COMMUNE_OFFICER)))
                .with(csrf())
                .param("code", word)
                .exchange();
        assertThat(result).hasStatus(HttpStatus.FORBIDDEN);
    }

    @Test
    void aValidBoundaryIsKeptAndABadOneIsRefusedWithAReason() {
        UUID id = fixture(word, PHO_HIEN);
        String square = "{\"type\":\"Polygon\",\"coordinates\":[[[106.05,20.65],[106.06,20.65],[106.06,20.66],"
                + "[106.05,20.66],[106.05,20.65]]]}";

        MvcTestResult good = upload(id, "ranh-gioi.geojson", square);
        assertThat(flashKey(good)).isEqualTo("lc.project.boundary.saved");
        assertThat(boundary(id)).startsWith("{\"type\":\"FeatureCollection\"");
        assertThat(get(SPECIALIST, "/landclearance/projects/" + id + "/map.geojson"))
                .hasStatusOk()
                .bodyText()
                .contains("\"Polygon\"", "106.06");

        MvcTestResult outside = upload(
                id, "sai.geojson", "{\"type\":\"Polygon\",\"coordinates\":[[[206,20],[106,21],[107,21],[206,20]]]}");
        assertThat(flashKey(outside)).isEqualTo("lc.project.boundary.outOfRange");
        MvcTestResult unreadable = upload(id, "sai.kml", "<kml><Polygon>");
        assertThat(flashKey(unreadable)).isEqualTo("lc.project.boundary.unreadable");
        assertThat(boundary(id)).contains("106.06");
    }

    @Test
    void aCommuneOfficerSeesOnlyTheFiguresOfTheirCommune() {
        UUID id = fixture(word, PHO_HIEN, OTHER_COMMUNE);
        household(id, PHO_HIEN, word + "-A", "HANDED_OVER", "20.650000", "106.050000");
        household(id, PHO_HIEN, word + "-B", "INVENTORIED", null, null);
        household(id, OTHER_COMMUNE, word + "-C", "AGREED", "20.660000", "106.060000");
        household(id, OTHER_COMMUNE, word + "-D", "AGREED", null, null);
        household(id, OTHER_COMMUNE, word + "-E", "AGREED", null, null);

        assertThat(get(SPECIALIST, "/landclearance/projects/" + id))
                .hasStatusOk()
                .bodyText()
                .contains("Phường Phố Hiến", commune(OTHER_COMMUNE), "80%");
        MvcTestResult officer = get(COMMUNE_OFFICER, "/landclearance/projects/" + id);
        assertThat(officer)
                .hasStatusOk()
                .bodyText()
                .contains("Phường Phố Hiến", "50%")
                .doesNotContain("80%");
        assertThat(officer.getMvcResult().getModelAndView().getModel().get("progress"))
                .isInstanceOfSatisfying(ProjectQueries.Progress.class, p -> {
                    assertThat(p.households()).isEqualTo(2);
                    assertThat(p.count(HouseholdStage.HANDED_OVER)).isEqualTo(1);
                });
        assertThat(get(COMMUNE_OFFICER, "/landclearance/projects/" + id + "/map.geojson"))
                .hasStatusOk()
                .bodyText()
                .contains(word + "-A")
                .doesNotContain(word + "-C");
        assertThat(get(COMMUNE_OFFICER, "/landclearance")).bodyText().contains(word);
    }

    @Test
    void aProjectOutsideTheOfficersCommunesIsNotFound() {
        UUID id = fixture(word, OTHER_COMMUNE);

        assertThat(get(COMMUNE_OFFICER, "/landclearance/projects/" + id)).hasStatus(HttpStatus.NOT_FOUND);
        assertThat(get(COMMUNE_OFFICER, "/landclearance/projects/" + id + "/map.geojson"))
                .hasStatus(HttpStatus.NOT_FOUND);
        assertThat(get(COMMUNE_OFFICER, "/landclearance")).bodyText().doesNotContain(word);
        assertThat(get(SPECIALIST, "/landclearance/projects/" + id)).hasStatusOk();
    }

    @Test
    void theTimelineShowsTheRecordedStepAndTheDeadlineItGives() {
        UUID id = fixture(word, PHO_HIEN);
        LocalDate approved = LocalDate.now().minusDays(40);
        MvcTestResult recorded = post(
                "/landclearance/projects/" + id + "/steps",
                "step",
                "APPROVAL",
                "reachedOn",
                String.format("%02d/%02d/%d", approved.getDayOfMonth(), approved.getMonthValue(), approved.getYear()),
                "documentRef",
                "QĐ " + word);
        assertThat(flashKey(recorded)).isEqualTo("lc.project.step.saved");

        assertThat(get(SPECIALIST, "/landclearance/projects/" + id))
                .bodyText()
                .contains("QĐ " + word, "Quá hạn", "Luật Đất đai 2024, Điều 94 khoản 3");
    }

    @Test
    void anOverlappingRuleIsRefusedAndAnotherPeriodAccepted() {
        long before = rules();
        MvcTestResult overlapping = post(
                "/landclearance/rules",
                "step",
                "PAYMENT",
                "relation",
                "NO_LATER_THAN",
                "afterStep",
                "APPROVAL",
                "days",
                "20",
                "legalBasis",
                "Thử " + word,
                "effectiveFrom",
                "01/01/2027");
        assertThat(overlapping).hasStatusOk().bodyText().contains("Trùng thời gian hiệu lực");
        assertThat(rules()).isEqualTo(before);

        MvcTestResult backwards = post(
                "/landclearance/rules",
                "step",
                "HANDOVER",
                "relation",
                "NOT_BEFORE",
                "afterStep",
                "RECOVERY_DECISION",
                "days",
                "0",
                "landKind",
                "AGRICULTURAL",
                "legalBasis",
                "Thử " + word,
                "effectiveFrom",
                "01/01/2021",
                "effectiveTo",
                "31/12/2020");
        assertThat(backwards).hasStatusOk().bodyText().contains("Ngày kết thúc hiệu lực phải từ ngày bắt đầu");
        assertThat(rules()).isEqualTo(before);

        MvcTestResult historical = post(
                "/landclearance/rules",
                "step",
                "HANDOVER",
                "relation",
                "NOT_BEFORE",
                "afterStep",
                "RECOVERY_DECISION",
                "days",
                "0",
                "landKind",
                "AGRICULTURAL",
                "legalBasis",
                "Thử " + word,
                "effectiveFrom",
                "01/01/2020",
                "effectiveTo",
                "31/12/2020");
        assertThat(historical).hasStatus(HttpStatus.FOUND);
        assertThat(rules()).isEqualTo(before + 1);
        assertThat(get(COMMUNE_OFFICER, "/landclearance/rules"))
                .hasStatusOk()
                .bodyText()
                .contains("Thử " + word);
    }

    private MvcTestResult register(String code, String area, String... communes) {
        var request = mvc.post()
                .uri("/landclearance/projects")
                .with(user(accounts.loadUserByUsername(SPECIALIST)))
                .with(csrf())
                .param("code", code)
                .param("name", "Đường trục " + word)
                .param("investor", "Ban Quản lý dự án tỉnh")
                .param("ownerOrgId", board())
                .param("landKind", "AGRICULTURAL")
                .param("totalAreaM2", area)
                .param("targetHandoverOn", "31/12/2026");
        if (communes.length > 0) {
            request.param("communeIds", communes);
        }
        return request.exchange();
    }

    private MvcTestResult upload(UUID id, String filename, String content) {
        return mvc.post()
                .uri("/landclearance/projects/" + id + "/boundary")
                .multipart()
                .file(new MockMultipartFile(
                        "file", filename, "application/octet-stream", content.getBytes(StandardCharsets.UTF_8)))
                .with(user(accounts.loadUserByUsername(SPECIALIST)))
                .with(csrf())
                .exchange();
    }

    private static String flashKey(MvcTestResult result) {
        Object flash = result.getMvcResult().getFlashMap().get(Flash.ATTRIBUTE);
        assertThat(flash).isInstanceOf(Flash.Message.class);
        return ((Flash.Message) flash).key();
    }

    /** A project owned by the province ("33") crossing the given communes, inserted directly. */
    private UUID fixture(String code, String... communes) {
        UUID id = UUID.randomUUID();
        jdbc.sql("INSERT INTO lc_project (id, code, name, investor, owner_org_id, owner_org_name, path, province_code,"
                        + " land_kind, total_area_m2, search_text, sort_key, created_at, updated_at)"
                        + " VALUES (?, ?, ?, 'Chủ đầu tư', ?::uuid, 'Ban', '33', '33', 'AGRICULTURAL', 50000, ?,"
                        + " '\\x00'::bytea, now(), now())")
                .param(id)
                .param(code)
                .param("Dự án " + code)
                .param(board())
                .param(code.toLowerCase())
                .update();
        for (String unit : communes) {
            jdbc.sql("INSERT INTO lc_project_commune (project_id, unit_id, unit_name, unit_path) VALUES (?, ?, ?, ?)")
                    .param(id)
                    .param(unit)
                    .param(commune(unit))
                    .param("33/" + unit)
                    .update();
        }
        return id;
    }

    private void household(UUID project, String unit, String code, String stage, String lat, String lon) {
        UUID id = UUID.randomUUID();
        jdbc.sql("INSERT INTO lc_household (id, project_id, code, unit_id, unit_name, path, head_name, address, stage,"
                        + " agreed_on, latitude, longitude, search_text, sort_key, created_at, updated_at)"
                        + " VALUES (?, ?, ?, ?, ?, ?, 'Hộ thử', 'Địa chỉ', ?, CASE WHEN ? IN ('AGREED', 'PAID', 'HANDED_OVER')"
                        + " THEN current_date END, ?::numeric, ?::numeric, ?, '\\x00'::bytea, now(), now())")
                .param(id)
                .param(project)
                .param(code)
                .param(unit)
                .param(commune(unit))
                .param("33/" + unit)
                .param(stage)
                .param(stage)
                .param(lat)
                .param(lon)
                .param(code.toLowerCase())
                .update();
        jdbc.sql("INSERT INTO lc_plot (id, household_id, project_id, map_sheet, plot_number, land_type, recovered_area)"
                        + " VALUES (?, ?, ?, '1', ?, 'LUA', 1000)")
                .param(UUID.randomUUID())
                .param(id)
                .param(project)
                .param(code)
                .update();
        jdbc.sql("INSERT INTO lc_stage_change (id, household_id, project_id, to_stage, effective_on, changed_at,"
                        + " changed_by_name) VALUES (?, ?, ?, ?, current_date - 10, now(), 'Thử')")
                .param(UUID.randomUUID())
                .param(id)
                .param(project)
                .param(stage)
                .update();
    }

    private String commune(String unit) {
        return jdbc.sql("SELECT full_name FROM admin_unit WHERE id = ?")
                .param(unit)
                .query(String.class)
                .single();
    }

    private String board() {
        return jdbc.sql("SELECT id::text FROM org_unit WHERE admin_unit_id = '33' AND kind = 'MASS_MOBILIZATION_BOARD'")
                .query(String.class)
                .single();
    }

    private long projects(String code) {
        return jdbc.sql("SELECT count(*) FROM lc_project WHERE lower(code) = lower(?)")
                .param(code)
                .query(Long.class)
                .single();
    }

    private String boundary(UUID id) {
        return jdbc.sql("SELECT coalesce(boundary_geojson, '') FROM lc_project WHERE id = ?")
                .param(id)
                .query(String.class)
                .single();
    }

    private long rules() {
        return jdbc.sql("SELECT count(*) FROM lc_step_rule").query(Long.class).single();
    }

    private MvcTestResult get(String username, String url) {
        return mvc.get()
                .uri(url)
                .with(user(accounts.loadUserByUsername(username)))
                .exchange();
    }

    private MvcTestResult post(String url, String... fields) {
        var request = mvc.post()
                .uri(url)
                .with(user(accounts.loadUserByUsername(SPECIALIST)))
                .with(csrf());
        for (int i = 0; i < fields.length; i += 2) {
            request.param(fields[i], fields[i + 1]);
        }
        return request.exchange();
    }
}
