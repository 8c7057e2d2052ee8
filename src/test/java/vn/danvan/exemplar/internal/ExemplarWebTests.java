package vn.danvan.exemplar.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.nio.charset.StandardCharsets;
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
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import vn.danvan.shared.web.Flash;

/**
 * The registry end to end: registration (and its duplicate), updates with photos, the closed year, scope, the council's
 * score sheet and proposal, recognition. Each test registers its own entries, named with a random word.
 */
@SpringBootTest(properties = "danvan.demo.enabled=true")
@AutoConfigureMockMvc
class ExemplarWebTests {

    static final String SPECIALIST = "chuyenvien.tinh";
    static final String LEADER = "lanhdao.tinh";
    static final String COMMUNE_OFFICER = "canbo.phohien";

    @Autowired
    MockMvcTester mvc;

    @Autowired
    UserDetailsService accounts;

    @Autowired
    JdbcClient jdbc;

    final String word = "t" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);

    @Test
    void communeOfficerRegistersAModelAndFindsItIgnoringDiacritics() {
        String url = register(COMMUNE_OFFICER, "Tổ vận động hiến đất mở đường " + word);
        assertThat(url).matches("/exemplars/[0-9a-f-]{36}");
        assertThat(get(COMMUNE_OFFICER, url)).bodyText().contains("Tổ vận động hiến đất mở đường " + word, "GPMB");
        assertThat(search(COMMUNE_OFFICER, "TO VAN DONG HIEN DAT " + word.toUpperCase()))
                .bodyText()
                .contains("href=\"" + url + "\"");
        assertThat(search(COMMUNE_OFFICER, "khong co " + word)).bodyText().doesNotContain(url);
        assertThat(events(url)).containsExactly("REGISTERED");
    }

    @Test
    void theSameModelIsNotRegisteredTwiceByTheSameUnitInTheSameYear() {
        register(COMMUNE_OFFICER, "Mô hình Đường hoa " + word);
        MvcTestResult again = post(COMMUNE_OFFICER, "/exemplars", registration("mo hinh duong HOA " + word));
        assertThat(again).hasStatusOk().bodyText().contains("đã đăng ký", "không đăng ký trùng");
        assertThat(count("SELECT count(*) FROM ex_entry WHERE name_key LIKE ?", "%" + word))
                .isEqualTo(1);
    }

    @Test
    void anUpdateWithAPhotoMovesTheModelInProgressAndAddsToItsResults() {
        String url = register(COMMUNE_OFFICER, "Mô hình ảnh " + word);
        MvcTestResult result = update(COMMUNE_OFFICER, url, "2026-03-10", "1200", png("anh.png"));
        assertThat(flashKey(result)).isEqualTo("ex.update.added");
        assertThat(status(url)).isEqualTo("IN_PROGRESS");
        assertThat(count(
                        "SELECT count(*) FROM ex_update_file f JOIN ex_update u ON u.id = f.update_id WHERE"
                                + " u.entry_id::text = ? AND f.public",
                        id(url)))
                .isEqualTo(1);
        assertThat(get(COMMUNE_OFFICER, url)).bodyText().contains("1.200");
    }

    @Test
    void aFileThatIsNotAnImageIsRefusedAsAPhotoAndNothingIsSaved() {
        String url = register(COMMUNE_OFFICER, "Mô hình tệp giả " + word);
        MockMultipartFile fake = new MockMultipartFile(
                "photos", "anh.png", "image/png", "day khong phai la anh".getBytes(StandardCharsets.UTF_8));
        MvcTestResult result = update(COMMUNE_OFFICER, url, "2026-03-10", "50", fake);
        assertThat(flashKey(result)).isEqualTo("ex.rule.photoNotImage");
        assertThat(count("SELECT count(*) FROM ex_update WHERE entry_id::text = ?", id(url)))
                .isZero();
        assertThat(status(url)).isEqualTo("REGISTERED");
    }

    @Test
    void anUpdateOnceTheYearIsClosedIsRefused() {
        String url = register(COMMUNE_OFFICER, "Mô hình đã khép " + word);
        jdbc.sql("UPDATE ex_entry SET status = 'RECOGNISED' WHERE id::text = ?")
                .param(id(url))
                .update();
        MvcTestResult result = update(COMMUNE_OFFICER, url, "2026-03-10", "10", png("anh.png"));
        assertThat(flashKey(result)).isEqualTo("ex.rule.yearClosed");
        assertThat(count("SELECT count(*) FROM ex_update WHERE entry_id::text = ?", id(url)))
                .isZero();
    }

    @Test
    void anUpdateDatedOutsideTheEntrysYearIsRefused() {
        String url = register(COMMUNE_OFFICER, "Mô hình sai ngày " + word);
        assertThat(flashKey(update(COMMUNE_OFFICER, url, "2025-12-31", "10", png("anh.png"))))
                .isEqualTo("ex.rule.dateOutsideYear");
        assertThat(count("SELECT count(*) FROM ex_update WHERE entry_id::text = ?", id(url)))
                .isZero();
    }

    @Test
    void aPhoHienOfficerCannotSeeOrUpdateAnotherCommunesEntry() {
        String other = jdbc.sql("SELECT id::text FROM ex_entry WHERE demo AND place_unit_id = '11980'"
                        + " AND path NOT LIKE '33/11953%' LIMIT 1")
                .query(String.class)
                .single();
        assertThat(get(COMMUNE_OFFICER, "/exemplars/" + other)).hasStatus(HttpStatus.NOT_FOUND);
        assertThat(update(COMMUNE_OFFICER, "/exemplars/" + other, "2026-03-10", "10", png("anh.png")))
                .hasStatus(HttpStatus.NOT_FOUND);
        assertThat(get(SPECIALIST, "/exemplars/" + other)).hasStatusOk();
        assertThat(get(COMMUNE_OFFICER, "/exemplars?q=" + word)).hasStatusOk();
    }

    @Test
    void theCouncilScoresRefusesPointsOutsideTheScaleProposesAndTheModelIsRecognised() {
        String url = register(COMMUNE_OFFICER, "Mô hình bình xét " + word);
        post(COMMUNE_OFFICER, url + "/self-assessments", "period", "ANNUAL", "text", "Hiệu quả", "effective", "true");
        assertThat(status(url)).isEqualTo("SELF_ASSESSED");
        String board = jdbc.sql(
                        "SELECT id::text FROM org_unit WHERE name = 'Ban Tuyên giáo và Dân vận Tỉnh ủy Hưng Yên'"
                                + " OR (kind = 'MASS_MOBILIZATION_BOARD' AND admin_unit_id = '33') LIMIT 1")
                .query(String.class)
                .single();
        MvcTestResult created = post(
                SPECIALIST,
                "/exemplars/councils",
                "year",
                "2026",
                "level",
                "COMMUNE",
                "name",
                "Hội đồng " + word,
                "orgId",
                board,
                "passMark",
                "60",
                "memberName",
                "A",
                "memberRole",
                "Chủ tịch",
                "memberName",
                "B",
                "memberRole",
                "Thư ký");
        String council = created.getMvcResult().getResponse().getRedirectedUrl();
        assertThat(council).matches("/exemplars/councils/[0-9a-f-]{36}");
        post(SPECIALIST, council + "/candidates", "entryId", id(url));
        assertThat(status(url)).isEqualTo("UNDER_EVALUATION");
        List<String> criteria = jdbc.sql("SELECT id::text FROM ex_criterion WHERE year = 2026 AND level = 'COMMUNE'"
                        + " ORDER BY position")
                .query(String.class)
                .list();
        assertThat(criteria).isNotEmpty();
        String sheet = council + "/candidates/" + id(url);

        MvcTestResult outside = post(
                SPECIALIST,
                sheet + "/scores",
                "p_1_" + criteria.get(0),
                "8",
                "p_2_" + criteria.get(0),
                "11",
                "v_1",
                "yes");
        assertThat(flashKey(outside)).isEqualTo("ex.rule.scoreOutOfScale");
        assertThat(count("SELECT count(*) FROM ex_score WHERE entry_id::text = ?", id(url)))
                .isZero();
        assertThat(count("SELECT count(*) FROM ex_vote WHERE entry_id::text = ?", id(url)))
                .isZero();

        String[] fields = new String[criteria.size() * 4 + 4];
        int i = 0;
        for (String c : criteria) {
            fields[i++] = "p_1_" + c;
            fields[i++] = "9";
            fields[i++] = "p_2_" + c;
            fields[i++] = "8";
        }
        fields[i++] = "v_1";
        fields[i++] = "yes";
        fields[i++] = "v_2";
        fields[i] = "yes";
        assertThat(flashKey(post(SPECIALIST, sheet + "/scores", fields))).isEqualTo("ex.sheet.saved");
        assertThat(get(SPECIALIST, sheet)).bodyText().contains("Điểm trung bình 68 ", "2/2");
        assertThat(flashKey(post(SPECIALIST, sheet + "/proposal", "confirm", "yes")))
                .isEqualTo("ex.proposal.proposed");
        assertThat(status(url)).isEqualTo("PROPOSED");

        assertThat(flashKey(post(
                        LEADER,
                        url + "/recognition",
                        "decisionNumber",
                        "12-QĐ/" + word,
                        "decidedOn",
                        "2026-11-01",
                        "level",
                        "COMMUNE",
                        "authority",
                        "Ban Thường vụ",
                        "award",
                        "GIAY_KHEN")))
                .isEqualTo("ex.recognised");
        assertThat(status(url)).isEqualTo("RECOGNISED");
        assertThat(events(url)).contains("UNDER_EVALUATION", "SCORED", "PROPOSED", "RECOGNISED");
        assertThat(get(SPECIALIST, url)).bodyText().contains("12-QĐ/" + word, "Giấy khen");

        assertThat(flashKey(post(LEADER, url + "/revocation", "reason", "Sai số liệu " + word)))
                .isEqualTo("ex.revoked");
        assertThat(status(url)).isEqualTo("REVOKED");
        assertThat(get(SPECIALIST, url)).bodyText().contains("Sai số liệu " + word);
    }

    @Test
    void aRecognisedModelIsReplicatedByAnotherUnitAndShowsItsSpread() {
        String original = jdbc.sql("SELECT id::text FROM ex_entry WHERE demo AND status = 'RECOGNISED'"
                        + " AND path NOT LIKE '33/11953%' AND level = 'COMMUNE' LIMIT 1")
                .query(String.class)
                .single();
        assertThat(get(COMMUNE_OFFICER, "/exemplars/new?from=" + original)).hasStatusOk();
        String copy = register(COMMUNE_OFFICER, "Nhân rộng " + word, "replicatedFrom", original);
        assertThat(jdbc.sql("SELECT replicated_from::text FROM ex_entry WHERE id::text = ?")
                        .param(id(copy))
                        .query(String.class)
                        .single())
                .isEqualTo(original);
        assertThat(get(SPECIALIST, "/exemplars/" + original)).bodyText().contains("Nhân rộng " + word);
        assertThat(get(COMMUNE_OFFICER, copy)).bodyText().contains("Mô hình này được nhân rộng từ");
    }

    // ---------------------------------------------------------------- helpers

    String register(String username, String name, String... extra) {
        String[] fields = registration(name);
        String[] all = new String[fields.length + extra.length];
        System.arraycopy(fields, 0, all, 0, fields.length);
        System.arraycopy(extra, 0, all, fields.length, extra.length);
        MvcTestResult result = post(username, "/exemplars", all);
        assertThat(result).hasStatus(HttpStatus.FOUND);
        return result.getMvcResult().getResponse().getRedirectedUrl();
    }

    String[] registration(String name) {
        String owner = jdbc.sql(
                        "SELECT id::text FROM org_unit WHERE admin_unit_id = '11953' AND kind = 'FATHERLAND_FRONT'")
                .query(String.class)
                .single();
        return new String[] {
            "kind",
            "MODEL",
            "year",
            "2026",
            "name",
            name,
            "field",
            "CULTURAL_SOCIAL",
            "tags",
            "GPMB",
            "level",
            "COMMUNE",
            "ownerOrgId",
            owner,
            "placeUnitId",
            "11953",
            "summary",
            "Vận động hiến đất",
            "startedOn",
            "2026-02-01",
            "objectiveText",
            "Hiến đất",
            "objectiveMeasure",
            "9e000000-0000-4000-8000-000000000003",
            "objectiveTarget",
            "5000"
        };
    }

    MvcTestResult update(String username, String url, String date, String land, MockMultipartFile photo) {
        return mvc.perform(MockMvcRequestBuilders.multipart(url + "/updates")
                .file(photo)
                .param("text", "Cập nhật " + word)
                .param("reportedOn", date)
                .param("r_9e000000-0000-4000-8000-000000000003", land)
                .param("photosPublic", "true")
                .with(user(accounts.loadUserByUsername(username)))
                .with(csrf()));
    }

    static MockMultipartFile png(String name) {
        return new MockMultipartFile("photos", name, "image/png", ExemplarDemo.photo(1));
    }

    static String id(String url) {
        return url.substring(url.lastIndexOf('/') + 1);
    }

    String status(String url) {
        return jdbc.sql("SELECT status FROM ex_entry WHERE id::text = ?")
                .param(id(url))
                .query(String.class)
                .single();
    }

    List<String> events(String url) {
        return jdbc.sql("SELECT action FROM ex_event WHERE entry_id::text = ? ORDER BY at, id")
                .param(id(url))
                .query(String.class)
                .list();
    }

    long count(String sql, String value) {
        return jdbc.sql(sql).param(value).query(Long.class).single();
    }

    static String flashKey(MvcTestResult result) {
        Object flash = result.getMvcResult().getFlashMap().get(Flash.ATTRIBUTE);
        assertThat(flash).as("flash message").isInstanceOf(Flash.Message.class);
        return ((Flash.Message) flash).key();
    }

    MvcTestResult search(String username, String q) {
        return mvc.get()
                .uri("/exemplars")
                .param("q", q)
                .with(user(accounts.loadUserByUsername(username)))
                .exchange();
    }

    MvcTestResult get(String username, String url) {
        return mvc.get()
                .uri(url)
                .with(user(accounts.loadUserByUsername(username)))
                .exchange();
    }

    MvcTestResult post(String username, String url, String... fields) {
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
