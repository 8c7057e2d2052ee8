package vn.danvan.directive.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.io.ByteArrayInputStream;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import vn.danvan.shared.web.Flash;

/**
 * A review from opening to the consolidated report: units report with their figures pre-filled, the board sees
 * who has not reported, consolidation numbers the Party-format report, and a closed review takes no more reports.
 */
@SpringBootTest(properties = "danvan.demo.enabled=true")
@AutoConfigureMockMvc
class ReviewWebTests {

    static final String SPECIALIST = "chuyenvien.tinh";
    static final String COMMUNE_OFFICER = "canbo.phohien";

    @Autowired
    MockMvcTester mvc;

    @Autowired
    UserDetailsService accounts;

    @Autowired
    JdbcClient jdbc;

    final String word = "r" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);

    @Test
    void unitsReportTheBoardConsolidatesAndTheReportIsAPartyDocumentInDocxAndPdf() throws Exception {
        String document = post(
                        SPECIALIST,
                        "/directives",
                        "kind",
                        "CHI_THI",
                        "family",
                        "PARTY",
                        "number",
                        word + "-CT/TU",
                        "issuedOn",
                        "22/09/2022",
                        "issuingOrgUnitId",
                        board(),
                        "title",
                        "Về công tác dân vận " + word)
                .getResponse()
                .getRedirectedUrl();
        String plan = post(SPECIALIST, document + "/plans", "title", "Kế hoạch " + word, "ownerOrgUnitId", board())
                .getResponse()
                .getRedirectedUrl();
        String wardTask = task(plan, partyCommittee("11953"));
        task(plan, partyCommittee("11983"));
        post(COMMUNE_OFFICER, wardTask + "/progress", "percent", "100", "narrative", "Xong", "completed", "true");

        MvcTestResult opened = post(
                SPECIALIST,
                document + "/reviews",
                "kind",
                "INTERIM",
                "title",
                "Sơ kết " + word,
                "periodFrom",
                "01/01/2026",
                "periodTo",
                "30/06/2099",
                "dueOn",
                "15/07/2099");
        assertThat(opened).hasStatus(HttpStatus.FOUND);
        String review = opened.getResponse().getRedirectedUrl();
        assertThat(get(SPECIALIST, review)).bodyText().contains("2 trên 2 đơn vị chưa nộp báo cáo.");

        // The ward officer sees only the ward's line, with its figures already counted.
        MvcTestResult mine = get(COMMUNE_OFFICER, review);
        assertThat(mine).hasStatusOk();
        String unitUrl = firstUnitLink(body(mine), review);
        assertThat(get(COMMUNE_OFFICER, unitUrl)).bodyText().contains("Đảng ủy phường Phố Hiến");
        assertThat(post(
                        COMMUNE_OFFICER,
                        unitUrl,
                        "results",
                        "Đã đối thoại với Nhân dân " + word,
                        "proposals",
                        "Đề nghị hỗ trợ kinh phí " + word))
                .hasStatus(HttpStatus.FOUND);
        assertThat(get(SPECIALIST, review)).bodyText().contains("1 trên 2 đơn vị chưa nộp báo cáo.");
        assertThat(jdbc.sql("SELECT on_time FROM directive_review_unit WHERE id = :id")
                        .param("id", UUID.fromString(unitUrl.substring(unitUrl.lastIndexOf('/') + 1)))
                        .query(Integer.class)
                        .single())
                .isEqualTo(1);

        MvcTestResult consolidated = post(SPECIALIST, review + "/consolidate");
        assertThat(consolidated).hasStatus(HttpStatus.FOUND);
        String number = jdbc.sql("SELECT report_number FROM directive_review WHERE id = :id")
                .param("id", UUID.fromString(review.substring(review.lastIndexOf('/') + 1)))
                .query(String.class)
                .single();
        assertThat(number).matches("\\d+-BC/BTGDVTU");

        MvcTestResult docx = get(SPECIALIST, review + "/report.docx");
        assertThat(docx).hasStatusOk();
        try (XWPFDocument doc = new XWPFDocument(
                        new ByteArrayInputStream(docx.getResponse().getContentAsByteArray()));
                XWPFWordExtractor text = new XWPFWordExtractor(doc)) {
            assertThat(text.getText())
                    .contains(
                            "ĐẢNG CỘNG SẢN VIỆT NAM",
                            "Số " + number,
                            "BÁO CÁO",
                            "Sơ kết thực hiện Chỉ thị số " + word + "-CT/TU",
                            "Đảng ủy phường Phố Hiến",
                            "Đã đối thoại với Nhân dân " + word,
                            "Đề nghị hỗ trợ kinh phí " + word);
        }
        MvcTestResult pdf = get(SPECIALIST, review + "/report.pdf");
        assertThat(pdf).hasStatusOk();
        try (PDDocument doc = Loader.loadPDF(pdf.getResponse().getContentAsByteArray())) {
            assertThat(new PDFTextStripper().getText(doc)).contains("BÁO CÁO", "Phố Hiến");
        }

        // Closed: a report changes nothing, and the unit's words stay as submitted.
        MvcTestResult late = post(COMMUNE_OFFICER, unitUrl, "results", "Sửa sau khi đóng " + word);
        assertThat(late).hasStatus(HttpStatus.FOUND);
        assertThat(((Flash.Message) late.getMvcResult().getFlashMap().get("flash")).key())
                .isEqualTo("directive.error.reviewClosed");
        assertThat(jdbc.sql("SELECT results FROM directive_review_unit WHERE id = :id")
                        .param("id", UUID.fromString(unitUrl.substring(unitUrl.lastIndexOf('/') + 1)))
                        .query(String.class)
                        .single())
                .isEqualTo("Đã đối thoại với Nhân dân " + word);
    }

    @Test
    void aReviewPeriodThatEndsBeforeItStartsIsRefused() {
        String document = post(
                        SPECIALIST,
                        "/directives",
                        "kind",
                        "CHI_THI",
                        "family",
                        "PARTY",
                        "number",
                        word + "-CT/TU",
                        "issuedOn",
                        "22/09/2022",
                        "issuingOrgUnitId",
                        board(),
                        "title",
                        "Về " + word)
                .getResponse()
                .getRedirectedUrl();

        MvcTestResult refused = post(
                SPECIALIST,
                document + "/reviews",
                "kind",
                "FINAL",
                "title",
                "Tổng kết " + word,
                "periodFrom",
                "01/07/2026",
                "periodTo",
                "30/06/2026",
                "dueOn",
                "15/07/2026");

        assertThat(refused).hasStatus(HttpStatus.FOUND).hasRedirectedUrl(document);
        assertThat(((Flash.Message) refused.getMvcResult().getFlashMap().get("flash")).key())
                .isEqualTo("directive.error.periodEndsBeforeStart");
        assertThat(jdbc.sql("SELECT count(*) FROM directive_review WHERE title = :t")
                        .param("t", "Tổng kết " + word)
                        .query(Long.class)
                        .single())
                .isZero();
    }

    private String task(String plan, String lead) {
        MvcTestResult created = post(
                SPECIALIST,
                plan + "/tasks",
                "title",
                "Nhiệm vụ " + word,
                "content",
                "Nội dung",
                "leadOrgUnitId",
                lead,
                "start",
                "01/01/2026",
                "deadline",
                "31/12/2099");
        assertThat(created).hasStatus(HttpStatus.FOUND);
        return created.getResponse().getRedirectedUrl();
    }

    private static String firstUnitLink(String html, String review) {
        Matcher m = Pattern.compile("href=\"(" + Pattern.quote(review) + "/units/[0-9a-f-]{36})\"")
                .matcher(html);
        assertThat(m.find()).isTrue();
        String first = m.group(1);
        assertThat(m.find()).as("the ward officer sees one unit only").isFalse();
        return first;
    }

    private String board() {
        return jdbc.sql("SELECT id::text FROM org_unit WHERE admin_unit_id = '33' AND kind = 'MASS_MOBILIZATION_BOARD'")
                .query(String.class)
                .single();
    }

    private String partyCommittee(String unit) {
        return jdbc.sql("SELECT id::text FROM org_unit WHERE admin_unit_id = :unit AND kind = 'PARTY_COMMITTEE'")
                .param("unit", unit)
                .query(String.class)
                .single();
    }

    private static String body(MvcTestResult result) throws Exception {
        return result.getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
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
