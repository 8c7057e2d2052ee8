package vn.danvan.meeting.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import vn.danvan.directive.DirectiveApi;
import vn.danvan.officialdoc.OfficialDocuments;

/**
 * The meeting pages end to end: create, find, invite, record contributions and proposals, consolidate them, turn them
 * into a task, issue the conclusion notice; always within the user's area. Each test makes its own meeting, named
 * with a random word.
 */
@SpringBootTest(properties = "danvan.demo.enabled=true")
@AutoConfigureMockMvc
class MeetingWebTests {

    static final String SPECIALIST = "chuyenvien.tinh";
    static final String LEADER = "lanhdao.tinh";
    static final String COMMUNE_OFFICER = "canbo.phohien";
    static final String FRONT_OFFICER = "mattran.phohien";

    @Autowired
    MockMvcTester mvc;

    @Autowired
    UserDetailsService accounts;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    InvitationMailer mailer;

    @Autowired
    ObjectProvider<DirectiveApi> directive;

    @Autowired
    ObjectProvider<OfficialDocuments> documents;

    final String word = "t" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);

    @Test
    void specialistCreatesAMeetingAndFindsItIgnoringDiacritics() {
        String url = createProvincialMeeting("Hội nghị Đối thoại " + word);

        assertThat(url).matches("/meetings/[0-9a-f-]{36}");
        assertThat(get(SPECIALIST, url))
                .bodyText()
                .contains("Hội nghị Đối thoại " + word, "Hội trường Tỉnh ủy", "Khai mạc", "Thảo luận", "15/12/2026");
        assertThat(search(SPECIALIST, "hoi nghi doi thoai " + word.toUpperCase()))
                .bodyText()
                .contains("Hội nghị Đối thoại " + word, "href=\"" + url + "\"");
        assertThat(search(SPECIALIST, "khong co " + word)).bodyText().doesNotContain("href=\"" + url + "\"");
    }

    @Test
    void reRendersTheFormAndCreatesNothingWhenTheMeetingEndsBeforeItStarts() {
        MvcTestResult result = post(
                SPECIALIST,
                "/meetings",
                "kind",
                "CONFERENCE",
                "title",
                "Hội nghị " + word,
                "date",
                "15/12/2026",
                "startTime",
                "11:00",
                "endTime",
                "08:00",
                "place",
                "Hội trường",
                "organiserOrgId",
                provincialBoard().toString(),
                "chairPosition",
                "Phó Trưởng ban");

        assertThat(result).hasStatusOk();
        assertThat(result).bodyText().contains("Giờ kết thúc phải sau giờ bắt đầu.");
        assertThat(count("SELECT count(*) FROM meeting WHERE title = :v", "Hội nghị " + word))
                .isZero();
    }

    @Test
    void communeOfficerCannotOpenAProvincialMeetingNorOrganiseOneForTheProvince() {
        String url = createProvincialMeeting("Hội nghị tỉnh " + word);

        assertThat(get(COMMUNE_OFFICER, url)).hasStatus(HttpStatus.NOT_FOUND);
        assertThat(get(FRONT_OFFICER, url + "/proposals")).hasStatus(HttpStatus.NOT_FOUND);
        assertThat(search(COMMUNE_OFFICER, word)).bodyText().doesNotContain("Hội nghị tỉnh " + word);
        MvcTestResult refused = post(
                COMMUNE_OFFICER,
                "/meetings",
                "kind",
                "SEMINAR",
                "title",
                "Tọa đàm " + word,
                "date",
                "15/12/2026",
                "startTime",
                "08:00",
                "endTime",
                "10:00",
                "place",
                "Nhà văn hóa",
                "organiserOrgId",
                provincialBoard().toString(),
                "chairPosition",
                "Bí thư");
        assertThat(refused).bodyText().contains("Đơn vị tổ chức nằm ngoài phạm vi của bạn.");
        assertThat(count("SELECT count(*) FROM meeting WHERE title = :v", "Tọa đàm " + word))
                .isZero();
    }

    @Test
    void communeOfficerOrganisesAMeetingOfTheirWard() {
        UUID ward = jdbc.sql("SELECT id FROM org_unit WHERE admin_unit_id = '11953' AND kind = 'PARTY_COMMITTEE'")
                .query(UUID.class)
                .single();
        MvcTestResult created = post(
                COMMUNE_OFFICER,
                "/meetings",
                "kind",
                "SEMINAR",
                "title",
                "Tọa đàm tổ dân phố " + word,
                "date",
                "10/12/2026",
                "startTime",
                "19:00",
                "endTime",
                "21:00",
                "place",
                "Nhà văn hóa tổ dân phố An Tảo",
                "organiserOrgId",
                ward.toString(),
                "chairPosition",
                "Bí thư Đảng ủy phường");

        assertThat(created).hasStatus(HttpStatus.FOUND);
        String url = created.getResponse().getRedirectedUrl();
        assertThat(get(COMMUNE_OFFICER, url)).hasStatusOk();
        assertThat(get(FRONT_OFFICER, url)).bodyText().contains("Tọa đàm tổ dân phố " + word);
        assertThat(post(FRONT_OFFICER, url + "/conclusions", "text", "Kết luận"))
                .hasStatus(HttpStatus.FORBIDDEN);
    }

    @Test
    void secretaryRecordsProposalsAndTheBoardSeesLikelyDuplicates() {
        String url = createProvincialMeeting("Tọa đàm GPMB " + word);

        post(
                SPECIALIST,
                url + "/contributions",
                "speakerName",
                "Nguyễn Văn " + word,
                "speakerPosition",
                "Trưởng Ban Dân vận",
                "speakerOrg",
                "Phường Phố Hiến",
                "agendaItem",
                "2",
                "problems",
                "Vướng mắc bồi thường",
                "addressee1",
                "UBND tỉnh",
                "proposal1",
                "Tăng cường tuyên truyền, vận động nhân dân bàn giao mặt bằng cho các dự án trọng điểm",
                "addressee2",
                "Ủy ban MTTQ",
                "proposal2",
                "Phát huy vai trò tổ hòa giải ở cơ sở");
        post(
                SPECIALIST,
                url + "/contributions",
                "speakerPosition",
                "Chủ tịch UBND xã",
                "addressee1",
                "Ban Dân vận",
                "proposal1",
                "Đẩy mạnh tuyên truyền vận động người dân bàn giao mặt bằng các dự án trọng điểm");

        MvcTestResult page = get(SPECIALIST, url + "/proposals");
        assertThat(page).hasStatusOk();
        String body = body(page);
        assertThat(body).contains("Nhóm 1", "Nguyễn Văn " + word + ", Trưởng Ban Dân vận");
        String group = body.substring(body.indexOf("Nhóm 1"), body.indexOf("Các đề xuất</h2>"));
        assertThat(group)
                .contains("bàn giao mặt bằng cho các dự án", "Đẩy mạnh tuyên truyền")
                .doesNotContain("hòa giải");
        assertThat(get(SPECIALIST, url)).bodyText().contains("Nội dung 2: Thảo luận", "Vướng mắc bồi thường");
    }

    @Test
    void declineWithoutAReasonChangesNothingAndWithAReasonIsShownOnTheMeetingPage() {
        String url = createProvincialMeeting("Hội nghị đề xuất " + word);
        post(
                SPECIALIST,
                url + "/contributions",
                "speakerPosition",
                "Chuyên viên",
                "addressee1",
                "UBND tỉnh",
                "proposal1",
                "Lập thêm tổ công tác " + word);
        UUID proposal = proposalId(word);

        MvcTestResult refused = post(SPECIALIST, url + "/proposals/" + proposal + "/decline", "reason", " ");
        assertThat(refused).hasStatus(HttpStatus.FOUND);
        assertThat(refused).flash().containsKey("flash");
        assertThat(decision(proposal)).isEqualTo("PENDING");

        post(SPECIALIST, url + "/proposals/" + proposal + "/decline", "reason", "Trùng nhiệm vụ " + word);
        assertThat(decision(proposal)).isEqualTo("DECLINED");
        assertThat(get(LEADER, url)).bodyText().contains("Không tiếp thu", "Lý do: Trùng nhiệm vụ " + word);

        post(LEADER, url + "/proposals/" + proposal + "/accept");
        assertThat(decision(proposal)).isEqualTo("ACCEPTED");
        assertThat(get(LEADER, url)).bodyText().contains("chưa giao thành nhiệm vụ");
    }

    @Test
    void acceptedProposalsBecomeOneTaskOfAPlanAndTheMeetingShowsItsStatus() {
        assumeTrue(directive.getIfAvailable() != null, "the directive module is not implemented yet");
        String url = createProvincialMeeting("Hội nghị nhiệm vụ " + word);
        post(
                SPECIALIST,
                url + "/contributions",
                "speakerPosition",
                "Chuyên viên",
                "addressee1",
                "UBND tỉnh",
                "proposal1",
                "Hướng dẫn lấy ý kiến " + word);
        UUID proposal = proposalId(word);
        post(SPECIALIST, url + "/proposals/" + proposal + "/accept");
        Matcher plan = Pattern.compile("<option value=\"([0-9a-f-]{36})\">[^<]*29-CT/TU")
                .matcher(body(get(SPECIALIST, url + "/proposals")));
        assumeTrue(plan.find(), "no plan of Directive 29-CT/TU is open for tasks");

        MvcTestResult made = post(
                SPECIALIST,
                url + "/proposals/task",
                "proposalIds",
                proposal.toString(),
                "planId",
                plan.group(1),
                "title",
                "Nhiệm vụ " + word,
                "leadOrgId",
                provincialBoard().toString(),
                "start",
                "05/01/2027",
                "deadline",
                "31/03/2027");

        assertThat(made).hasStatus(HttpStatus.FOUND);
        UUID task = jdbc.sql("SELECT task_id FROM meeting_proposal WHERE id = :id")
                .param("id", proposal)
                .query(UUID.class)
                .single();
        assertThat(task).isNotNull();
        assertThat(get(SPECIALIST, url)).bodyText().contains("/tasks/" + task, "Nhiệm vụ " + word, "31/03/2027");
    }

    @Test
    void aTaskWithADeadlineBeforeItsStartIsRefusedAndNothingChanges() {
        String url = createProvincialMeeting("Hội nghị hạn " + word);
        post(
                SPECIALIST,
                url + "/contributions",
                "speakerPosition",
                "Chuyên viên",
                "addressee1",
                "UBND",
                "proposal1",
                "Đề xuất " + word);
        UUID proposal = proposalId(word);
        post(SPECIALIST, url + "/proposals/" + proposal + "/accept");

        MvcTestResult refused = post(
                SPECIALIST,
                url + "/proposals/task",
                "proposalIds",
                proposal.toString(),
                "planId",
                UUID.randomUUID().toString(),
                "title",
                "Nhiệm vụ " + word,
                "leadOrgId",
                provincialBoard().toString(),
                "start",
                "31/03/2027",
                "deadline",
                "05/01/2027");

        assertThat(refused).hasStatus(HttpStatus.FOUND);
        assertThat(refused).flash().containsKey("flash");
        assertThat(jdbc.sql("SELECT task_id FROM meeting_proposal WHERE id = :id")
                        .param("id", proposal)
                        .query(UUID.class)
                        .optional())
                .isEmpty();
    }

    @Test
    void theInvitationIsACalendarFileAndIsSentToEveryInviteeWithAnAddress() throws Exception {
        String url = createProvincialMeeting("Hội nghị mời " + word);
        post(SPECIALIST, url + "/invitees", "name", "Nguyễn Thị " + word, "email", word + "@example.org");
        post(SPECIALIST, url + "/invitees", "orgId", provincialBoard().toString());

        MvcTestResult ics = get(LEADER, url + "/invitation.ics");
        assertThat(ics).hasStatusOk();
        assertThat(ics.getResponse().getContentType()).startsWith("text/calendar");
        String text =
                ics.getResponse().getContentAsString(StandardCharsets.UTF_8).replace("\r\n ", "");
        assertThat(text)
                .startsWith("BEGIN:VCALENDAR\r\n")
                .contains("SUMMARY:Hội nghị mời " + word + "\r\n")
                .contains("DTSTART:20261215T010000Z\r\n")
                .contains("mailto:" + word + "@example.org")
                .endsWith("END:VCALENDAR\r\n");

        MvcTestResult sent = post(SPECIALIST, url + "/invitations");
        assertThat(sent).hasStatus(HttpStatus.FOUND);
        String meetingId = url.substring(url.lastIndexOf('/') + 1);
        try (Stream<Path> files = Files.list(mailer.outbox())) {
            List<Path> mails = files.filter(p -> p.getFileName().toString().startsWith("meeting-" + meetingId))
                    .toList();
            assertThat(mails).hasSize(1);
            String eml = Files.readString(mails.get(0), StandardCharsets.ISO_8859_1);
            assertThat(eml).contains(word + "@example.org", "text/calendar", "method=REQUEST");
        }
    }

    @Test
    void theConclusionNoticeIsNumberedAndListsTheConclusions() throws Exception {
        assumeTrue(documents.getIfAvailable() != null, "the officialdoc module is not implemented yet");
        String url = createProvincialMeeting("Hội nghị kết luận " + word);
        post(SPECIALIST, url + "/conclusions", "text", "Kết luận thứ nhất " + word + "\nKết luận thứ hai");
        post(SPECIALIST, url + "/conclusion-notice");
        String number = jdbc.sql("SELECT notice_number FROM meeting WHERE title = :t")
                .param("t", "Hội nghị kết luận " + word)
                .query(String.class)
                .single();
        assertThat(number).contains("-TB/");

        MvcTestResult docx = get(LEADER, url + "/conclusion-notice.docx");
        assertThat(docx).hasStatusOk();
        try (XWPFDocument doc = new XWPFDocument(
                        new ByteArrayInputStream(docx.getResponse().getContentAsByteArray()));
                XWPFWordExtractor extractor = new XWPFWordExtractor(doc)) {
            assertThat(extractor.getText())
                    .contains(number, "THÔNG BÁO KẾT LUẬN", "Kết luận thứ nhất " + word, "Kết luận thứ hai");
        }
        assertThat(post(SPECIALIST, url + "/conclusions", "text", "Khác"))
                .flash()
                .containsKey("flash");
        assertThat(get(LEADER, url))
                .bodyText()
                .contains("Kết luận thứ nhất " + word)
                .doesNotContain(">Khác<");
    }

    @Test
    void theDemoSeminarOf8March2023IsTheArticlesStory() {
        MvcTestResult list = search(LEADER, "29-CT/TU");
        Matcher link = Pattern.compile("href=\"(/meetings/[0-9a-f-]{36})\">Tọa đàm thực hiện Chỉ thị số 29-CT/TU")
                .matcher(body(list));
        assertThat(link.find()).isTrue();

        String page = body(get(LEADER, link.group(1)));
        assertThat(page)
                .contains(
                        "08/03/2023",
                        "Ban Dân vận Tỉnh ủy Hưng Yên",
                        "Trưởng Ban Dân vận Tỉnh ủy",
                        "Phó Bí thư Thường trực Tỉnh ủy, Chủ tịch HĐND tỉnh",
                        "bồi thường, tái định cư",
                        "nông thôn mới kiểu mẫu",
                        "hòa giải",
                        "Quy chế dân chủ",
                        "phản biện xã hội",
                        "Dữ liệu minh họa",
                        "Giao ước thi đua về tuyên truyền, vận động Nhân dân tham gia giải phóng mặt bằng",
                        "Ban Dân vận Huyện ủy");
        assertThat(get(COMMUNE_OFFICER, link.group(1))).hasStatus(HttpStatus.NOT_FOUND);
    }

    private String createProvincialMeeting(String title) {
        MvcTestResult created = post(
                SPECIALIST,
                "/meetings",
                "kind",
                "CONFERENCE",
                "title",
                title,
                "purpose",
                "Đánh giá kết quả",
                "date",
                "15/12/2026",
                "startTime",
                "08:00",
                "endTime",
                "11:00",
                "place",
                "Hội trường Tỉnh ủy",
                "organiserOrgId",
                provincialBoard().toString(),
                "chairName",
                "Trần Thị Minh Hằng",
                "chairPosition",
                "Phó Trưởng ban",
                "agenda",
                "Khai mạc\nThảo luận\nKết luận");
        assertThat(created).hasStatus(HttpStatus.FOUND);
        return created.getResponse().getRedirectedUrl();
    }

    private UUID provincialBoard() {
        return jdbc.sql("SELECT id FROM org_unit WHERE admin_unit_id = '33' AND kind = 'MASS_MOBILIZATION_BOARD'")
                .query(UUID.class)
                .single();
    }

    private UUID proposalId(String contentWord) {
        return jdbc.sql("SELECT id FROM meeting_proposal WHERE content LIKE :w")
                .param("w", "%" + contentWord + "%")
                .query(UUID.class)
                .single();
    }

    private String decision(UUID proposal) {
        return jdbc.sql("SELECT decision FROM meeting_proposal WHERE id = :id")
                .param("id", proposal)
                .query(String.class)
                .single();
    }

    private long count(String sql, String value) {
        return jdbc.sql(sql).param("v", value).query(Long.class).single();
    }

    private MvcTestResult search(String username, String q) {
        return mvc.get()
                .uri("/meetings")
                .param("q", q)
                .with(user(accounts.loadUserByUsername(username)))
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

    private static String body(MvcTestResult result) {
        try {
            return result.getResponse().getContentAsString(StandardCharsets.UTF_8);
        } catch (java.io.UnsupportedEncodingException e) {
            throw new IllegalStateException(e);
        }
    }
}
