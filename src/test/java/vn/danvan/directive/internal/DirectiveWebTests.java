package vn.danvan.directive.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import vn.danvan.directive.DirectiveApi;
import vn.danvan.directive.NewTask;
import vn.danvan.directive.TaskOrigin;
import vn.danvan.directive.TaskStatus;

/**
 * The directive pages end to end: register a document, open a plan, assign tasks, report progress, and the
 * dashboard — always within the user's area. Every test makes its own records, marked with a random word.
 */
@SpringBootTest(properties = "danvan.demo.enabled=true")
@AutoConfigureMockMvc
class DirectiveWebTests {

    static final String SPECIALIST = "chuyenvien.tinh";
    static final String LEADER = "lanhdao.tinh";
    static final String COMMUNE_OFFICER = "canbo.phohien";
    static final String PHO_HIEN = "11953";
    static final String OTHER_COMMUNE = "11983";

    @Autowired
    MockMvcTester mvc;

    @Autowired
    UserDetailsService accounts;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    DirectiveApi api;

    final String word = "w" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);

    @Test
    void specialistRegistersADocumentAndFindsItWithoutDiacritics() {
        String url = document("Về tăng cường công tác dân vận " + word);

        MvcTestResult page = get(SPECIALIST, url);
        assertThat(page).hasStatusOk();
        assertThat(page).bodyText().contains("Số " + word + "-CT/TU", "Ban Thường vụ Tỉnh ủy", "22/09/2022");
        assertThat(get(SPECIALIST, "/directives?q=TANG CUONG cong tac dan van " + word))
                .bodyText()
                .contains("Số " + word + "-CT/TU", "href=\"" + url + "\"");
        assertThat(get(SPECIALIST, "/directives?kind=KET_LUAN&q=" + word))
                .bodyText()
                .doesNotContain(url);
    }

    @Test
    void aStateDocumentShowsItsNumberWithAColon() {
        MvcTestResult created = post(
                SPECIALIST,
                "/directives",
                "kind",
                "KE_HOACH",
                "family",
                "STATE",
                "number",
                "12/KH-UBND" + word,
                "issuedOn",
                "05/01/2026",
                "issuingOrgUnitId",
                board(),
                "title",
                "Kế hoạch " + word);

        assertThat(created).hasStatus(HttpStatus.FOUND);
        assertThat(get(SPECIALIST, created.getResponse().getRedirectedUrl()))
                .bodyText()
                .contains("Số: 12/KH-UBND" + word);
    }

    @Test
    void attachesThePdfOfADocumentAndRefusesADisguisedFile() {
        String url = document("Chỉ thị " + word);
        UUID id = UUID.fromString(url.substring(url.lastIndexOf('/') + 1));
        byte[] pdf = "%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n"
                .getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        byte[] text = "Không phải PDF".getBytes(java.nio.charset.StandardCharsets.UTF_8);

        MvcTestResult accepted = upload(url + "/attachments", "chi-thi-" + word + ".pdf", pdf);
        MvcTestResult refused = upload(url + "/attachments", "gia-mao-" + word + ".pdf", text);

        assertThat(accepted).hasStatus(HttpStatus.FOUND).hasRedirectedUrl(url);
        assertThat(refused).hasStatus(HttpStatus.FOUND).hasRedirectedUrl(url);
        assertThat(((vn.danvan.shared.web.Flash.Message)
                                refused.getMvcResult().getFlashMap().get("flash"))
                        .level())
                .isEqualTo("warning");
        assertThat(jdbc.sql("SELECT filename FROM file_attachment WHERE module = 'directive' AND record_id = :id")
                        .param("id", id)
                        .query(String.class)
                        .list())
                .containsExactly("chi-thi-" + word + ".pdf");
        assertThat(get(SPECIALIST, url)).bodyText().contains("chi-thi-" + word + ".pdf");
    }

    @Test
    void refusesATaskWhoseDeadlineIsBeforeItsStartAndSavesNothing() {
        String plan = plan(document("Chỉ thị " + word));

        MvcTestResult refused = post(
                SPECIALIST,
                plan + "/tasks",
                "title",
                "Nhiệm vụ " + word,
                "content",
                "Nội dung",
                "leadOrgUnitId",
                partyCommittee(PHO_HIEN),
                "start",
                "10/12/2026",
                "deadline",
                "01/12/2026");

        assertThat(refused).hasStatusOk();
        assertThat(refused).bodyText().contains("Thời hạn không được trước ngày bắt đầu.");
        assertThat(count("SELECT count(*) FROM directive_task WHERE title = :v", "Nhiệm vụ " + word))
                .isZero();
    }

    @Test
    void communeOfficerReportsProgressAndCompletesTheirWardsTask() {
        String task = task(plan(document("Chỉ thị " + word)), "Nhiệm vụ phường " + word, partyCommittee(PHO_HIEN));

        MvcTestResult tooMuch = post(COMMUNE_OFFICER, task + "/progress", "percent", "120", "narrative", "Đã làm");
        assertThat(tooMuch).hasStatusOk();
        assertThat(tooMuch).bodyText().contains("Tỷ lệ hoàn thành phải là số từ 0 đến 100.");
        assertThat(progressReports(task)).isZero();

        MvcTestResult reported = post(
                COMMUNE_OFFICER, task + "/progress", "percent", "60", "narrative", "Đã tổ chức 3 hội nghị " + word);
        assertThat(reported).hasStatus(HttpStatus.FOUND).hasRedirectedUrl(task);
        assertThat(get(COMMUNE_OFFICER, task)).bodyText().contains("60 %", "Đã tổ chức 3 hội nghị " + word);

        post(COMMUNE_OFFICER, task + "/progress", "percent", "90", "narrative", "Xong", "completed", "true");
        assertThat(jdbc.sql("SELECT completed_on FROM directive_task WHERE id = :id")
                        .param("id", UUID.fromString(task.substring(task.lastIndexOf('/') + 1)))
                        .query(LocalDate.class)
                        .single())
                .isNotNull();
        assertThat(get(COMMUNE_OFFICER, task)).bodyText().contains("Hoàn thành đúng hạn", "100 %");
        assertThat(progressReports(task)).isEqualTo(2);
    }

    @Test
    void communeOfficerNeitherSeesNorReportsOnAnotherCommunesTask() {
        String document = document("Chỉ thị " + word);
        String plan = plan(document);
        String mine = task(plan, "Nhiệm vụ Phố Hiến " + word, partyCommittee(PHO_HIEN));
        String theirs = task(plan, "Nhiệm vụ xã khác " + word, partyCommittee(OTHER_COMMUNE));

        assertThat(get(COMMUNE_OFFICER, theirs)).hasStatus(HttpStatus.NOT_FOUND);
        MvcTestResult report = post(COMMUNE_OFFICER, theirs + "/progress", "percent", "50", "narrative", "x");
        assertThat(report).hasStatus(HttpStatus.NOT_FOUND);
        assertThat(progressReports(theirs)).isZero();

        assertThat(get(COMMUNE_OFFICER, "/tasks?q=" + word))
                .bodyText()
                .contains("Nhiệm vụ Phố Hiến " + word)
                .doesNotContain("Nhiệm vụ xã khác " + word);
        assertThat(get(SPECIALIST, "/tasks?q=" + word))
                .bodyText()
                .contains("Nhiệm vụ Phố Hiến " + word, "Nhiệm vụ xã khác " + word);
        // The officer sees the header of the document and plan that give the ward work, but only the ward's task.
        assertThat(get(COMMUNE_OFFICER, document)).hasStatusOk();
        assertThat(get(COMMUNE_OFFICER, plan))
                .bodyText()
                .contains(mine.substring(mine.indexOf("/tasks/")))
                .doesNotContain(theirs.substring(theirs.indexOf("/tasks/")));
    }

    @Test
    void communeOfficerDoesNotSeeADocumentWithoutTasksOfTheirWard() {
        String document = document("Chỉ thị " + word);

        assertThat(get(COMMUNE_OFFICER, document)).hasStatus(HttpStatus.NOT_FOUND);
        assertThat(get(COMMUNE_OFFICER, "/directives?q=" + word)).bodyText().doesNotContain(document);
    }

    @Test
    void theDrillDownListsOnlyTheTasksOfTheChosenStatusAndTheUnitPageItsOwnTasks() {
        String document = document("Chỉ thị " + word);
        String plan = plan(document);
        String ward = partyCommittee(PHO_HIEN);
        MvcTestResult late = post(
                SPECIALIST,
                plan + "/tasks",
                "title",
                "Nhiệm vụ quá hạn " + word,
                "content",
                "Nội dung",
                "leadOrgUnitId",
                ward,
                "start",
                "01/01/2020",
                "deadline",
                "31/01/2020");
        assertThat(late).hasStatus(HttpStatus.FOUND);
        task(plan, "Nhiệm vụ trong hạn " + word, ward);
        task(plan, "Nhiệm vụ xã khác " + word, partyCommittee(OTHER_COMMUNE));
        String id = document.substring(document.lastIndexOf('/') + 1);

        assertThat(get(LEADER, "/tasks?status=OVERDUE&document=" + id))
                .bodyText()
                .contains("Nhiệm vụ quá hạn " + word)
                .doesNotContain("Nhiệm vụ trong hạn " + word);
        assertThat(get(LEADER, "/tasks?status=IN_PROGRESS&dueBefore=31/12/2099&document=" + id))
                .bodyText()
                .contains("Nhiệm vụ trong hạn " + word)
                .doesNotContain("Nhiệm vụ quá hạn " + word);
        assertThat(get(LEADER, "/directives/units/" + ward))
                .bodyText()
                .contains("Nhiệm vụ quá hạn " + word, "Nhiệm vụ trong hạn " + word)
                .doesNotContain("Nhiệm vụ xã khác " + word);
        assertThat(get(COMMUNE_OFFICER, "/directives/units/" + partyCommittee(OTHER_COMMUNE)))
                .hasStatus(HttpStatus.NOT_FOUND);
    }

    @Test
    void leaderMayReadButNotReportProgress() {
        String task = task(plan(document("Chỉ thị " + word)), "Nhiệm vụ " + word, partyCommittee(PHO_HIEN));

        assertThat(get(LEADER, task)).hasStatusOk();
        assertThat(post(LEADER, task + "/progress", "percent", "10", "narrative", "x"))
                .hasStatus(HttpStatus.FORBIDDEN);
        assertThat(progressReports(task)).isZero();
    }

    @Test
    void splittingATaskGivesEachChosenCommuneItsOwnSubTask() {
        String task = task(plan(document("Chỉ thị " + word)), "Nhiệm vụ tỉnh " + word, board());

        MvcTestResult split = post(
                SPECIALIST,
                task + "/subtasks",
                "orgUnitIds",
                partyCommittee(PHO_HIEN),
                "orgUnitIds",
                partyCommittee(OTHER_COMMUNE));

        assertThat(split).hasStatus(HttpStatus.FOUND).hasRedirectedUrl(task);
        assertThat(count(
                        "SELECT count(*) FROM directive_task WHERE title = :v AND parent_task_id IS NOT NULL",
                        "Nhiệm vụ tỉnh " + word))
                .isEqualTo(2);
        assertThat(get(COMMUNE_OFFICER, "/tasks?q=" + word)).bodyText().contains("Nhiệm vụ tỉnh " + word);
    }

    @Test
    void aTaskFromAMeetingProposalLinksBackToTheMeeting() {
        String planUrl = plan(document("Chỉ thị " + word));
        UUID planId = UUID.fromString(planUrl.substring(planUrl.lastIndexOf('/') + 1));
        UUID meeting = UUID.randomUUID();
        UUID taskId;
        var previous = SecurityContextHolder.getContext();
        try {
            UserDetails specialist = accounts.loadUserByUsername(SPECIALIST);
            SecurityContextHolder.setContext(SecurityContextHolder.createEmptyContext());
            SecurityContextHolder.getContext()
                    .setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                            specialist, null, specialist.getAuthorities()));
            assertThat(api.plansOpenForTasks())
                    .anySatisfy(p -> assertThat(p.id()).isEqualTo(planId));
            taskId = api.addTask(new NewTask(
                    planId,
                    "Giải quyết kiến nghị " + word,
                    "Nội dung",
                    UUID.fromString(partyCommittee(PHO_HIEN)),
                    List.of(),
                    LocalDate.of(2026, 1, 1),
                    LocalDate.of(2026, 1, 31),
                    null,
                    new TaskOrigin("meeting", "proposal", UUID.randomUUID(), meeting, "Tọa đàm " + word)));
            assertThat(api.tasks(List.of(taskId)).get(taskId).status()).isEqualTo(TaskStatus.OVERDUE);
            assertThat(api.findDocuments("chi thi " + word)).hasSize(1);
        } finally {
            SecurityContextHolder.setContext(previous);
        }

        assertThat(get(SPECIALIST, "/tasks/" + taskId))
                .bodyText()
                .contains("Từ kiến nghị tại hội nghị", "href=\"/meetings/" + meeting + "\"", "Tọa đàm " + word);
    }

    @Test
    void dashboardShowsTheDemoDirectiveWithEveryStatusAndItsUnitsBehind() {
        MvcTestResult page = get(LEADER, "/directives/dashboard");

        assertThat(page).hasStatusOk();
        assertThat(page)
                .bodyText()
                .contains(
                        "Số 29-CT/TU",
                        "Số 05-KH/BTGDVTU",
                        "Hoàn thành đúng hạn",
                        "Hoàn thành quá hạn",
                        "Đang thực hiện trong hạn",
                        "Quá hạn",
                        "Ban Dân vận Huyện ủy",
                        "Sơ kết 6 tháng thực hiện Chỉ thị số 29-CT/TU (minh họa)",
                        "data-labels=",
                        "/assets/js/directive-dashboard.js");
        DashboardControllerFigures figures = DashboardControllerFigures.of(page);
        assertThat(figures.documents()).isNotEmpty();
        assertThat(figures.documents())
                .anySatisfy(d -> assertThat(d.numberLine()).isEqualTo("Số 05-KH/BTGDVTU"))
                .allSatisfy(d -> assertThat(d.total()).isPositive());
        var current = figures.documents().stream()
                .filter(d -> d.numberLine().equals("Số 05-KH/BTGDVTU"))
                .findFirst()
                .orElseThrow();
        for (TaskStatus s : TaskStatus.values()) {
            assertThat(current.count(s)).as(s.name()).isPositive();
        }
        // A commune officer's figures count only the ward's tasks.
        long inWard = DashboardControllerFigures.of(get(COMMUNE_OFFICER, "/directives/dashboard")).documents().stream()
                .mapToLong(DashboardQueries.DocumentCounts::total)
                .sum();
        assertThat(inWard)
                .isPositive()
                .isEqualTo(jdbc.sql("SELECT count(*) FROM directive_task t JOIN directive_document d"
                                + " ON d.id = t.document_id WHERE d.state = 'IN_FORCE'"
                                + " AND (t.path = '33/11953' OR t.path LIKE '33/11953/%')")
                        .query(Long.class)
                        .single());
        assertThat(get(COMMUNE_OFFICER, "/directives/dashboard")).bodyText().doesNotContain("Số 15-CT/TU");
    }

    /** The dashboard's model, for checking its figures. */
    record DashboardControllerFigures(List<DashboardQueries.DocumentCounts> documents) {
        @SuppressWarnings("unchecked")
        static DashboardControllerFigures of(MvcTestResult result) {
            return new DashboardControllerFigures((List<DashboardQueries.DocumentCounts>)
                    result.getMvcResult().getModelAndView().getModel().get("documents"));
        }
    }

    private String document(String title) {
        MvcTestResult created = post(
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
                "issuerName",
                "Ban Thường vụ Tỉnh ủy",
                "title",
                title);
        assertThat(created).hasStatus(HttpStatus.FOUND);
        return created.getResponse().getRedirectedUrl();
    }

    private String plan(String documentUrl) {
        MvcTestResult created =
                post(SPECIALIST, documentUrl + "/plans", "title", "Kế hoạch " + word, "ownerOrgUnitId", board());
        assertThat(created).hasStatus(HttpStatus.FOUND);
        return created.getResponse().getRedirectedUrl();
    }

    private String task(String planUrl, String title, String lead) {
        MvcTestResult created = post(
                SPECIALIST,
                planUrl + "/tasks",
                "title",
                title,
                "content",
                "Nội dung " + word,
                "leadOrgUnitId",
                lead,
                "start",
                "01/10/2026",
                "deadline",
                "31/12/2099");
        assertThat(created).hasStatus(HttpStatus.FOUND);
        return created.getResponse().getRedirectedUrl();
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

    private long count(String sql, String value) {
        return jdbc.sql(sql).param("v", value).query(Long.class).single();
    }

    private long progressReports(String taskUrl) {
        return jdbc.sql("SELECT count(*) FROM directive_progress WHERE task_id = :id")
                .param("id", UUID.fromString(taskUrl.substring(taskUrl.lastIndexOf('/') + 1)))
                .query(Long.class)
                .single();
    }

    private MvcTestResult upload(String url, String filename, byte[] content) {
        return mvc.post()
                .uri(url)
                .multipart()
                .file(new org.springframework.mock.web.MockMultipartFile("file", filename, "application/pdf", content))
                .with(user(accounts.loadUserByUsername(SPECIALIST)))
                .with(csrf())
                .exchange();
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
