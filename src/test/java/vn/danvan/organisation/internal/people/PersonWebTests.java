package vn.danvan.organisation.internal.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

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

/** The cadre pages: create a cadre, appoint them, end the appointment; all within the user's area. */
@SpringBootTest(properties = "danvan.demo.enabled=true")
@AutoConfigureMockMvc
class PersonWebTests {

    static final String SPECIALIST = "chuyenvien.tinh";
    static final String COMMUNE_OFFICER = "canbo.phohien";

    @Autowired
    MockMvcTester mvc;

    @Autowired
    UserDetailsService accounts;

    @Autowired
    JdbcClient jdbc;

    final String word = "t" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);

    @Test
    void createsACadreInTheirHomeOrganisation() {
        String name = "Nguyễn Thị " + word;
        String home = organisation("Hội Liên hiệp Phụ nữ phường Phố Hiến");

        MvcTestResult created = post(
                SPECIALIST,
                "/people",
                "fullName",
                name,
                "gender",
                "FEMALE",
                "birthYear",
                "1985",
                "phone",
                "0912 345 678",
                "homeOrgUnitId",
                home);

        assertThat(created).hasStatus(HttpStatus.FOUND);
        assertThat(created).redirectedUrl().matches("/people/[0-9a-f-]{36}");
        String url = created.getResponse().getRedirectedUrl();
        assertThat(get(SPECIALIST, url))
                .bodyText()
                .contains(name, "Nữ", "1985", "0912 345 678", "Hội Liên hiệp Phụ nữ phường Phố Hiến");
        assertThat(get(SPECIALIST, "/people?q=" + word)).bodyText().contains(name);
    }

    @Test
    void reRendersTheFormAndCreatesNothingWhenTheNameIsBlank() {
        MvcTestResult result = post(
                SPECIALIST,
                "/people",
                "fullName",
                "",
                "email",
                word + "@example.vn",
                "homeOrgUnitId",
                organisation("Hội Nông dân phường Phố Hiến"));

        assertThat(result).hasStatusOk();
        assertThat(result).bodyText().contains("Vui lòng sửa các lỗi sau:", "Nhập họ và tên.");
        assertThat(jdbc.sql("SELECT count(*) FROM person WHERE email = :e")
                        .param("e", word + "@example.vn")
                        .query(Long.class)
                        .single())
                .isZero();
    }

    @Test
    void appointsACadreToAPositionAndEndsIt() {
        String url = createCadre(SPECIALIST, "Trần Văn " + word, "Hội Nông dân phường Phố Hiến");
        String org = organisation("Hội Nông dân phường Phố Hiến");

        MvcTestResult appointed = post(
                SPECIALIST, url + "/positions", "orgUnitId", org, "title", "Phó Chủ tịch", "startDate", "01/07/2025");

        assertThat(appointed).hasStatus(HttpStatus.FOUND).hasRedirectedUrl(url);
        assertThat(get(SPECIALIST, url))
                .bodyText()
                .containsSubsequence("Phó Chủ tịch", "Hội Nông dân phường Phố Hiến", "01/07/2025", "nay");

        MvcTestResult ended = post(SPECIALIST, url + "/positions/" + positionOf(url) + "/end", "lastDay", "31/12/2025");

        assertThat(ended).hasStatus(HttpStatus.FOUND).hasRedirectedUrl(url);
        assertThat(get(SPECIALIST, url))
                .bodyText()
                .containsSubsequence("Phó Chủ tịch", "01/07/2025", "31/12/2025")
                .doesNotContain("/end\"");
    }

    @Test
    void refusesAnOverlappingAppointmentToTheSamePosition() {
        String url = createCadre(SPECIALIST, "Lê Văn " + word, "Đoàn Thanh niên phường Phố Hiến");
        String org = organisation("Đoàn Thanh niên phường Phố Hiến");
        post(SPECIALIST, url + "/positions", "orgUnitId", org, "title", "Bí thư", "startDate", "01/01/2024");

        MvcTestResult overlapping = post(
                SPECIALIST,
                url + "/positions",
                "orgUnitId",
                org,
                "title",
                "bí thư",
                "startDate",
                "01/06/2025",
                "endDate",
                "31/12/2025");

        assertThat(overlapping).hasStatusOk();
        assertThat(overlapping)
                .bodyText()
                .contains("Cán bộ đã giữ chức vụ này tại tổ chức này trong khoảng thời gian đó.");
        assertThat(positionsOf(url)).isOne();
    }

    @Test
    void refusesToEndAPositionBeforeItStarted() {
        String url = createCadre(SPECIALIST, "Phạm Văn " + word, "Hội Cựu chiến binh phường Phố Hiến");
        String org = organisation("Hội Cựu chiến binh phường Phố Hiến");
        post(SPECIALIST, url + "/positions", "orgUnitId", org, "title", "Chủ tịch", "startDate", "01/07/2025");

        MvcTestResult refused =
                post(SPECIALIST, url + "/positions/" + positionOf(url) + "/end", "lastDay", "30/06/2025");

        assertThat(refused).hasStatus(HttpStatus.FOUND).hasRedirectedUrl(url);
        assertThat(refused).flash().containsKey("flash");
        assertThat(jdbc.sql("SELECT count(*) FROM position WHERE person_id = :p AND end_date IS NULL")
                        .param("p", UUID.fromString(idOf(url)))
                        .query(Long.class)
                        .single())
                .isOne();
    }

    @Test
    void communeOfficerCannotOpenOrFindAProvincialCadre() {
        String name = "Vũ Văn " + word;
        String url = createCadre(SPECIALIST, name, "Ban Tuyên giáo và Dân vận Tỉnh ủy Hưng Yên");

        MvcTestResult hidden = get(COMMUNE_OFFICER, url);

        assertThat(hidden).hasStatus(HttpStatus.NOT_FOUND);
        assertThat(hidden).bodyText().contains("Không tìm thấy trang").doesNotContain(name);
        assertThat(get(COMMUNE_OFFICER, "/people?q=" + word)).bodyText().doesNotContain(name);
        assertThat(get(SPECIALIST, "/people?q=" + word)).bodyText().contains(name);
    }

    @Test
    void communeOfficerCannotPlaceACadreInAProvincialOrganisation() {
        MvcTestResult result = post(
                COMMUNE_OFFICER,
                "/people",
                "fullName",
                "Đỗ Thị " + word,
                "homeOrgUnitId",
                organisation("Ban Tuyên giáo và Dân vận Tỉnh ủy Hưng Yên"));

        assertThat(result).hasStatus(HttpStatus.NOT_FOUND);
        assertThat(jdbc.sql("SELECT count(*) FROM person WHERE full_name = :n")
                        .param("n", "Đỗ Thị " + word)
                        .query(Long.class)
                        .single())
                .isZero();
    }

    private String createCadre(String username, String name, String homeOrganisation) {
        MvcTestResult created =
                post(username, "/people", "fullName", name, "homeOrgUnitId", organisation(homeOrganisation));
        assertThat(created).hasStatus(HttpStatus.FOUND);
        return created.getResponse().getRedirectedUrl();
    }

    /** A current organisation of the demo province, by its name. */
    private String organisation(String name) {
        return jdbc.sql("SELECT id::text FROM org_unit WHERE name = :name AND admin_unit_id NOT LIKE 'old-%'")
                .param("name", name)
                .query(String.class)
                .single();
    }

    private static String idOf(String url) {
        return url.substring(url.lastIndexOf('/') + 1);
    }

    private String positionOf(String url) {
        return jdbc.sql("SELECT id::text FROM position WHERE person_id = :p")
                .param("p", UUID.fromString(idOf(url)))
                .query(String.class)
                .single();
    }

    private long positionsOf(String url) {
        return jdbc.sql("SELECT count(*) FROM position WHERE person_id = :p")
                .param("p", UUID.fromString(idOf(url)))
                .query(Long.class)
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
}
