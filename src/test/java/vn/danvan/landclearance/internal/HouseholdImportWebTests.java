package vn.danvan.landclearance.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static vn.danvan.landclearance.internal.HouseholdImportFiles.plot;
import static vn.danvan.landclearance.internal.HouseholdImportFiles.row;
import static vn.danvan.landclearance.internal.HouseholdImportFiles.workbook;

import java.io.ByteArrayInputStream;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
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
import vn.danvan.shared.text.VietnameseText;

/**
 * The household-list import end to end: template, checks reported with their row, nothing written until the user
 * confirms, the good-households-only choice, the commune officer's scope. Each test works on a project of its own.
 */
@SpringBootTest(properties = "danvan.demo.enabled=true")
@AutoConfigureMockMvc
class HouseholdImportWebTests {

    static final String SPECIALIST = "chuyenvien.tinh";
    static final String LEADER = "lanhdao.tinh";
    static final String COMMUNE_OFFICER = "canbo.phohien";
    static final String PHO_HIEN = "11953";
    static final String HONG_CHAU = "11980";

    @Autowired
    MockMvcTester mvc;

    @Autowired
    UserDetailsService accounts;

    @Autowired
    JdbcClient jdbc;

    UUID project;
    String url;

    @BeforeEach
    void project() {
        project = UUID.randomUUID();
        String code = "T-" + project.toString().substring(0, 8);
        jdbc.sql("INSERT INTO lc_project (id, code, name, investor, owner_org_id, owner_org_name, path, province_code,"
                        + " land_kind, total_area_m2, search_text, sort_key, created_at, updated_at)"
                        + " VALUES (?, ?, ?, 'Chủ đầu tư thử', ?, 'Ban thử', '33', '33', 'AGRICULTURAL', 10000, ?, ?,"
                        + " now(), now())")
                .params(project, code, "Dự án thử " + code, UUID.randomUUID(), code, VietnameseText.sortKey(code))
                .update();
        for (String unit : List.of(PHO_HIEN, HONG_CHAU)) {
            jdbc.sql("INSERT INTO lc_project_commune (project_id, unit_id, unit_name, unit_path)"
                            + " SELECT ?, id, full_name, path FROM admin_unit WHERE id = ?")
                    .params(project, unit)
                    .update();
        }
        url = "/landclearance/projects/" + project + "/import";
    }

    @Test
    void theTemplateDownloadsAndOpensWithItsColumnsAndTheProjectsCommunes() throws Exception {
        MvcTestResult result = get(SPECIALIST, "/landclearance/import-template.xlsx?project=" + project);

        assertThat(result).hasStatusOk();
        try (XSSFWorkbook wb =
                new XSSFWorkbook(new ByteArrayInputStream(result.getResponse().getContentAsByteArray()))) {
            var sheet = wb.getSheet("Hộ dân");
            assertThat(sheet).isNotNull();
            List<String> headers = new ArrayList<>();
            sheet.getRow(0).forEach(c -> headers.add(c.getStringCellValue()));
            assertThat(headers)
                    .containsExactlyElementsOf(
                            ImportRowColumn.ALL.stream().map(c -> c.header).toList());
            assertThat(sheet.getDataValidations()).isNotEmpty();
            StringBuilder guide = new StringBuilder();
            wb.getSheet("Hướng dẫn")
                    .forEach(r -> r.forEach(c -> guide.append(c.toString()).append('|')));
            assertThat(guide).contains(PHO_HIEN, HONG_CHAU, "LUA", "Đồng thuận (có/không)");
        }
        // and an empty template, read back, is refused only for having no rows
        byte[] template = result.getResponse().getContentAsByteArray();
        assertThat(upload(SPECIALIST, template, "mau.xlsx")).bodyText().contains("không có dòng dữ liệu");
    }

    @Test
    void wrongColumnsRejectTheWholeFileNamingTheExpectedOnesAndWriteNothing() {
        List<String> headers =
                new ArrayList<>(ImportRowColumn.ALL.stream().map(c -> c.header).toList());
        headers.remove("Số thửa");
        headers.add("Cột lạ");
        byte[] file = workbook(headers, List.of(plot("H1", PHO_HIEN, "1", "1", 100)));

        MvcTestResult result = upload(SPECIALIST, file, "ho-dan.xlsx");

        assertThat(result).hasStatusOk();
        assertThat(result)
                .bodyText()
                .contains(
                        "Tiêu đề cột không đúng mẫu",
                        "Thiếu cột: Số thửa",
                        "Cột lạ",
                        ImportRowColumn.expectedHeaders());
        assertThat(imports()).isZero();
        assertThat(households()).isZero();
    }

    @Test
    void aFileThatIsNotAnXlsxRenamedXlsxIsRefused() {
        byte[] pdf = "%PDF-1.4\n1 0 obj <<>> endobj\n".getBytes();

        MvcTestResult result = upload(SPECIALIST, pdf, "ho-dan.xlsx");

        assertThat(result).hasStatusOk();
        assertThat(result).bodyText().contains("không phải bảng tính Excel .xlsx");
        assertThat(imports()).isZero();
    }

    @Test
    void eachBadRowIsReportedWithItsRowNumberAndNothingIsImported() {
        List<Map<ImportRowColumn, Object>> rows = new ArrayList<>();
        rows.add(plot("H1", PHO_HIEN, "5", "10", 120.5)); // row 2, good
        rows.add(plot("H2", PHO_HIEN, "5", "10", 80)); // row 3: duplicate plot of row 2
        Map<ImportRowColumn, Object> handover = plot("H3", PHO_HIEN, "5", "11", 90); // row 4
        handover.put(ImportRowColumn.HANDED_OVER_ON, "01/03/2026");
        rows.add(handover);
        rows.add(plot("H4", "99999", "5", "12", 90)); // row 5: unknown commune
        rows.add(plot("H5", PHO_HIEN, "5", "13", -40)); // row 6: negative area
        Map<ImportRowColumn, Object> early = plot("H6", PHO_HIEN, "5", "14", 60); // row 7: hand-over before consent
        early.put(ImportRowColumn.CONSENT, "có");
        early.put(ImportRowColumn.AGREED_ON, "10/04/2026");
        early.put(ImportRowColumn.HANDED_OVER_ON, "01/04/2026");
        rows.add(early);

        MvcTestResult uploaded = upload(SPECIALIST, workbook(rows), "ho-dan.xlsx");

        assertThat(uploaded).hasStatus(HttpStatus.FOUND);
        MvcTestResult page = get(SPECIALIST, uploaded.getResponse().getRedirectedUrl());
        assertThat(page).hasStatusOk();
        assertThat(page)
                .bodyText()
                .contains(
                        "Tôi hiểu: chỉ nhập các hộ hợp lệ",
                        "Thửa số 10 tờ 5 trùng với dòng 2",
                        "Có ngày bàn giao nhưng hộ chưa đồng thuận",
                        "Không có xã/phường mã",
                        "Diện tích phải lớn hơn 0",
                        "Ngày bàn giao 01/04/2026 trước ngày đồng thuận 10/04/2026");
        assertThat(errorsByRow())
                .containsEntry(3, "lc.import.error.duplicatePlotInFile")
                .containsEntry(4, "lc.import.error.handoverWithoutConsent")
                .containsEntry(5, "lc.import.error.communeUnknown")
                .containsEntry(6, "lc.import.error.areaPositive")
                .containsEntry(7, "lc.import.error.handoverBeforeConsent")
                .doesNotContainKey(2);
        assertThat(households()).isZero();

        // The full report downloads as a workbook, and the export is audited.
        MvcTestResult report = get(SPECIALIST, uploaded.getResponse().getRedirectedUrl() + "/errors.xlsx");
        assertThat(report).hasStatusOk();
        assertThat(report.getResponse().getContentAsByteArray()).startsWith((byte) 'P', (byte) 'K');
        assertThat(audited("landclearance.importErrors.exported")).isOne();
    }

    @Test
    void aCleanFileImportsEveryHouseholdPlotStageAndOneAuditEvent() {
        Map<ImportRowColumn, Object> first = plot("A1", PHO_HIEN, "7", "1", 150.5);
        first.put(ImportRowColumn.ID_NUMBER, 33095001234d); // a number: the leading zero comes back
        first.put(ImportRowColumn.INVENTORIED_ON, "15/02/2026");
        first.put(ImportRowColumn.CONSENT, "có");
        first.put(ImportRowColumn.AGREED_ON, "10/04/2026");
        first.put(ImportRowColumn.COMPENSATION, "1.250.000.000");
        first.put(ImportRowColumn.PAID_AMOUNT, 1250000000);
        first.put(ImportRowColumn.PAID_ON, "20/04/2026");
        first.put(ImportRowColumn.HANDED_OVER_ON, "05/05/2026");
        first.put(ImportRowColumn.LATITUDE, "20,641");
        first.put(ImportRowColumn.LONGITUDE, 106.05);
        Map<ImportRowColumn, Object> second = row(
                ImportRowColumn.CODE, "A1",
                ImportRowColumn.MAP_SHEET, "7",
                ImportRowColumn.PLOT_NUMBER, "2",
                ImportRowColumn.LAND_TYPE, "hnk",
                ImportRowColumn.AREA, "80,2",
                ImportRowColumn.NOTE, "Thửa thứ hai");
        Map<ImportRowColumn, Object> other = plot("A2", null, "7", "3", 200);
        other.remove(ImportRowColumn.UNIT_CODE);
        other.put(ImportRowColumn.UNIT_NAME, "Hồng Châu");
        other.put(ImportRowColumn.INVENTORIED_ON, "16/02/2026");

        MvcTestResult uploaded = upload(SPECIALIST, workbook(List.of(first, second, other)), "sach.xlsx");
        String result = uploaded.getResponse().getRedirectedUrl();
        assertThat(get(SPECIALIST, result)).bodyText().contains("Tệp hợp lệ: 2 hộ, 3 thửa");
        assertThat(households()).isZero();

        MvcTestResult confirmed = post(SPECIALIST, result + "/confirm");

        assertThat(confirmed).hasStatus(HttpStatus.FOUND);
        assertThat(get(SPECIALIST, result)).bodyText().contains("Đã nhập 2 hộ, 3 thửa");
        var a1 = jdbc.sql("SELECT stage, id_number, path, compensation_amount, latitude, agreed_on, note, search_text"
                        + " FROM lc_household WHERE project_id = ? AND code = 'A1'")
                .param(project)
                .query()
                .singleRow();
        assertThat(a1.get("stage")).isEqualTo("HANDED_OVER");
        assertThat(a1.get("id_number")).isEqualTo("033095001234");
        assertThat(a1.get("path")).isEqualTo("33/" + PHO_HIEN);
        assertThat(a1.get("compensation_amount").toString()).isEqualTo("1250000000");
        assertThat(a1.get("latitude").toString()).isEqualTo("20.641000");
        assertThat(a1.get("note")).isEqualTo("Thửa thứ hai");
        assertThat(a1.get("search_text").toString()).contains("nguyen van a1");
        assertThat(jdbc.sql("SELECT stage FROM lc_household WHERE project_id = ? AND code = 'A2'")
                        .param(project)
                        .query(String.class)
                        .single())
                .isEqualTo("INVENTORIED");
        assertThat(jdbc.sql("SELECT count(*) FROM lc_plot WHERE project_id = ?")
                        .param(project)
                        .query(Integer.class)
                        .single())
                .isEqualTo(3);
        assertThat(jdbc.sql("SELECT to_stage || ' ' || effective_on || ' ' || reason FROM lc_stage_change"
                                + " WHERE project_id = ? AND from_stage IS NULL ORDER BY to_stage")
                        .param(project)
                        .query(String.class)
                        .list())
                .containsExactly(
                        "HANDED_OVER 2026-05-05 Nhập từ tệp Excel", "INVENTORIED 2026-02-16 Nhập từ tệp Excel");
        assertThat(audited("landclearance.households.imported")).isOne();

        // Confirming again changes nothing.
        post(SPECIALIST, result + "/confirm");
        assertThat(households()).isEqualTo(2);
    }

    @Test
    void aFileWithErrorsImportsNothingUnlessTheGoodHouseholdsOnlyAreExplicitlyChosen() {
        List<Map<ImportRowColumn, Object>> rows = List.of(
                plot("G1", PHO_HIEN, "8", "1", 100),
                plot("G2", PHO_HIEN, "8", "2", 100),
                plot("B1", PHO_HIEN, "8", "3", 100),
                plot("B1", PHO_HIEN, "8", "4", 0));
        String result =
                upload(SPECIALIST, workbook(rows), "loi.xlsx").getResponse().getRedirectedUrl();

        MvcTestResult refused = post(SPECIALIST, result + "/confirm");
        assertThat(refused).hasStatus(HttpStatus.FOUND);
        assertThat(households()).isZero();

        post(SPECIALIST, result + "/confirm", "goodOnly", "true");
        assertThat(jdbc.sql("SELECT code FROM lc_household WHERE project_id = ? ORDER BY code")
                        .param(project)
                        .query(String.class)
                        .list())
                .containsExactly("G1", "G2");
        assertThat(jdbc.sql("SELECT count(*) FROM lc_plot WHERE project_id = ?")
                        .param(project)
                        .query(Integer.class)
                        .single())
                .isEqualTo(2);
    }

    @Test
    void theConfirmationChecksAgainAgainstWhatIsInTheProjectNow() {
        String result = upload(SPECIALIST, workbook(List.of(plot("C1", PHO_HIEN, "9", "1", 100))), "c.xlsx")
                .getResponse()
                .getRedirectedUrl();
        // Meanwhile, the same plot is entered for another household.
        UUID household = UUID.randomUUID();
        jdbc.sql("INSERT INTO lc_household (id, project_id, code, unit_id, unit_name, path, head_name, address, stage,"
                        + " search_text, sort_key, created_at, updated_at) VALUES (?, ?, 'X1', ?, 'Phường Phố Hiến',"
                        + " ?, 'Trần Văn X', 'Tổ 1', 'NOT_INVENTORIED', 'x', '\\x00'::bytea, now(), now())")
                .params(household, project, PHO_HIEN, "33/" + PHO_HIEN)
                .update();
        jdbc.sql("INSERT INTO lc_plot (id, household_id, project_id, map_sheet, plot_number, land_type,"
                        + " recovered_area) VALUES (?, ?, ?, '09', '1', 'LUA', 50)")
                .params(UUID.randomUUID(), household, project)
                .update();

        post(SPECIALIST, result + "/confirm");

        assertThat(households()).isOne();
    }

    @Test
    void aCommuneOfficerImportsOnlyTheRowsOfTheirCommune() {
        List<Map<ImportRowColumn, Object>> rows =
                List.of(plot("P1", PHO_HIEN, "3", "1", 100), plot("P2", HONG_CHAU, "3", "2", 100));

        String result =
                upload(COMMUNE_OFFICER, workbook(rows), "xa.xlsx").getResponse().getRedirectedUrl();

        assertThat(get(COMMUNE_OFFICER, result)).bodyText().contains("ngoài phạm vi bạn được nhập");
        assertThat(errorsByRow())
                .containsEntry(3, "lc.import.error.communeOutOfScope")
                .doesNotContainKey(2);
        // The upload is the officer's own: the specialist cannot see it.
        assertThat(get(SPECIALIST, result)).hasStatus(HttpStatus.NOT_FOUND);
        post(COMMUNE_OFFICER, result + "/confirm", "goodOnly", "true");
        assertThat(jdbc.sql("SELECT code FROM lc_household WHERE project_id = ?")
                        .param(project)
                        .query(String.class)
                        .list())
                .containsExactly("P1");
    }

    @Test
    void aLeaderWithoutTheRecordPermissionCannotImport() {
        assertThat(get(LEADER, url)).hasStatus(HttpStatus.FORBIDDEN);
        assertThat(upload(LEADER, workbook(List.of(plot("L1", PHO_HIEN, "1", "1", 1))), "l.xlsx"))
                .hasStatus(HttpStatus.FORBIDDEN);
    }

    @Test
    void theImportPageExplainsAndLinksTheTemplate() {
        MvcTestResult page = get(COMMUNE_OFFICER, url);
        assertThat(page).hasStatusOk();
        assertThat(page)
                .bodyText()
                .contains("/landclearance/import-template.xlsx?project=" + project, PHO_HIEN)
                .doesNotContain(HONG_CHAU + " — ");
    }

    // ----------------------------------------------------------------------------------------------------------------

    private Map<Integer, String> errorsByRow() {
        Map<Integer, String> m = new java.util.HashMap<>();
        jdbc.sql("SELECT e.row_number, e.message_key FROM lc_import_error e JOIN lc_import i ON i.id = e.import_id"
                        + " WHERE i.project_id = ? ORDER BY e.position")
                .param(project)
                .query(rs -> {
                    m.putIfAbsent(rs.getInt(1), rs.getString(2));
                });
        return m;
    }

    private int imports() {
        return jdbc.sql("SELECT count(*) FROM lc_import WHERE project_id = ?")
                .param(project)
                .query(Integer.class)
                .single();
    }

    private int households() {
        return jdbc.sql("SELECT count(*) FROM lc_household WHERE project_id = ?")
                .param(project)
                .query(Integer.class)
                .single();
    }

    private int audited(String action) {
        return jdbc.sql("SELECT count(*) FROM audit_entry WHERE action = ? AND target_id = ?")
                .params(action, project.toString())
                .query(Integer.class)
                .single();
    }

    private MvcTestResult upload(String username, byte[] content, String filename) {
        return mvc.post()
                .uri(url)
                .multipart()
                .file(new MockMultipartFile("file", filename, "application/octet-stream", content))
                .with(user(accounts.loadUserByUsername(username)))
                .with(csrf())
                .exchange();
    }

    private MvcTestResult get(String username, String uri) {
        return mvc.get()
                .uri(uri)
                .with(user(accounts.loadUserByUsername(username)))
                .exchange();
    }

    private MvcTestResult post(String username, String uri, String... fields) {
        var request = mvc.post()
                .uri(uri)
                .with(user(accounts.loadUserByUsername(username)))
                .with(csrf());
        for (int i = 0; i < fields.length; i += 2) {
            request.param(fields[i], fields[i + 1]);
        }
        return request.exchange();
    }

    @SuppressWarnings("unused")
    private static Instant now() {
        return Instant.now();
    }
}
