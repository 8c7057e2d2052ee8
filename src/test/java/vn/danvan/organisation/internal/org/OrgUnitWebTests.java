package vn.danvan.organisation.internal.org;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import vn.danvan.shared.web.PageView;

/**
 * The organisation pages: create, correct, rename, dissolve, and the list, always within the user's area. Every
 * test makes its own organisations, named with a random word, so it neither sees nor disturbs the others'.
 */
@SpringBootTest(properties = "danvan.demo.enabled=true")
@AutoConfigureMockMvc
class OrgUnitWebTests {

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

    final String word = "t" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);

    @Test
    void specialistCreatesAnOrganisationInACommuneAndFindsItInTheList() {
        String name = "Chi đoàn Thanh niên khu phố " + word;
        String parent = phoHienFront();

        MvcTestResult created = post(
                SPECIALIST,
                "/organisations",
                "kind",
                "YOUTH_UNION",
                "name",
                name,
                "abbreviation",
                "CĐTN",
                "adminUnitId",
                PHO_HIEN,
                "parentId",
                parent,
                "validFrom",
                "01/07/2025");

        assertThat(created).hasStatus(HttpStatus.FOUND);
        assertThat(created).redirectedUrl().matches("/organisations/[0-9a-f-]{36}");
        assertThat(created).flash().containsKey("flash");
        String url = created.getResponse().getRedirectedUrl();
        MvcTestResult page = get(SPECIALIST, url);
        assertThat(page).hasStatusOk();
        assertThat(page)
                .bodyText()
                .contains(name, "CĐTN", "Phường Phố Hiến", "Ủy ban MTTQ Việt Nam phường Phố Hiến", "01/07/2025");
        assertThat(get(SPECIALIST, "/organisations?q=" + word)).bodyText().contains(name, "href=\"" + url + "\"");
    }

    @Test
    void reRendersTheFormWithTheErrorsAndCreatesNothingWhenTheNameIsBlank() {
        MvcTestResult result = post(
                SPECIALIST,
                "/organisations",
                "kind",
                "YOUTH_UNION",
                "name",
                "  ",
                "adminUnitId",
                PHO_HIEN,
                "village",
                word);

        assertThat(result).hasStatusOk();
        assertThat(result).bodyText().contains("Vui lòng sửa các lỗi sau:", "Nhập tên.");
        assertThat(organisationsWhere("village = :v", word)).isZero();
    }

    @Test
    void communeOfficerCannotCreateAnOrganisationInAnotherCommune() {
        String elsewhere = "Chi hội Khuyến học " + word + " ngoài phường";
        String home = "Chi hội Khuyến học " + word + " trong phường";

        MvcTestResult refused = post(
                COMMUNE_OFFICER,
                "/organisations",
                "kind",
                "GOVERNMENT_AGENCY",
                "name",
                elsewhere,
                "adminUnitId",
                OTHER_COMMUNE);
        MvcTestResult accepted = post(
                COMMUNE_OFFICER, "/organisations", "kind", "GOVERNMENT_AGENCY", "name", home, "adminUnitId", PHO_HIEN);

        assertThat(refused).hasStatusOk();
        assertThat(refused).bodyText().contains("Đơn vị hành chính này nằm ngoài phạm vi của bạn.");
        assertThat(organisationsWhere("name = :v", elsewhere)).isZero();
        assertThat(accepted).hasStatus(HttpStatus.FOUND);
        assertThat(organisationsWhere("name = :v", home)).isOne();
    }

    @Test
    void provinceLeaderMayReadButNotCreate() {
        MvcTestResult result = post(
                "lanhdao.tinh", "/organisations", "kind", "GOVERNMENT_AGENCY", "name", word, "adminUnitId", PHO_HIEN);

        assertThat(result).hasStatus(HttpStatus.FORBIDDEN);
        assertThat(result).bodyText().contains("Không có quyền truy cập");
        assertThat(organisationsWhere("name = :v", word)).isZero();
    }

    @Test
    void correctingADetailKeepsNoFormerName() {
        String name = "Hội Chữ thập đỏ phường " + word;
        String url = create(SPECIALIST, "GOVERNMENT_AGENCY", name, PHO_HIEN, "01/01/2024");

        MvcTestResult corrected = post(
                SPECIALIST,
                url,
                "kind",
                "GOVERNMENT_AGENCY",
                "name",
                name,
                "abbreviation",
                "CTĐ",
                "adminUnitId",
                PHO_HIEN,
                "validFrom",
                "01/01/2024");

        assertThat(corrected).hasStatus(HttpStatus.FOUND).hasRedirectedUrl(url);
        assertThat(get(SPECIALIST, url)).bodyText().contains("CTĐ", "Chưa đổi tên lần nào.");
    }

    @Test
    void renameKeepsTheOldNameForThePeriodItWasUsed() {
        String oldName = "Ban Dân vận Đảng ủy phường " + word;
        String newName = "Ban Tuyên giáo và Dân vận Đảng ủy phường " + word;
        String url = create(SPECIALIST, "MASS_MOBILIZATION_BOARD", oldName, PHO_HIEN, "01/01/2024");

        MvcTestResult renamed = post(SPECIALIST, url + "/rename", "name", newName, "effective", "01/03/2025");

        assertThat(renamed).hasStatus(HttpStatus.FOUND).hasRedirectedUrl(url);
        MvcTestResult page = get(SPECIALIST, url);
        assertThat(page).bodyText().contains("<h1 class=\"h3 mb-1\">" + newName + "</h1>");
        assertThat(page)
                .bodyText()
                .containsSubsequence("Tên gọi trước đây", oldName, "01/01/2024", "28/02/2025")
                .doesNotContain("Chưa đổi tên lần nào.");
    }

    @Test
    void refusesToDissolveBeforeTheStartAndChangesNothing() {
        String name = "Tổ hòa giải khu phố " + word;
        String url = create(SPECIALIST, "VILLAGE_FRONT_TEAM", name, PHO_HIEN, "01/06/2024");

        MvcTestResult refused = post(SPECIALIST, url + "/dissolve", "lastDay", "31/05/2024");

        assertThat(refused).hasStatus(HttpStatus.FOUND).hasRedirectedUrl(url);
        assertThat(refused).flash().containsKey("flash");
        assertThat(((vn.danvan.shared.web.Flash.Message)
                                refused.getMvcResult().getFlashMap().get("flash"))
                        .key())
                .isEqualTo("organisation.error.endBeforeStart");
        assertThat(organisationsWhere("name = :v AND valid_to IS NULL", name)).isOne();
        assertThat(get(SPECIALIST, url)).bodyText().contains("action=\"" + url + "/dissolve\"");
    }

    @Test
    void aDissolvedOrganisationLeavesTheListButNotTheRecord() {
        String name = "Tổ tự quản khu phố " + word;
        String url = create(SPECIALIST, "VILLAGE_FRONT_TEAM", name, PHO_HIEN, "01/06/2024");

        MvcTestResult dissolved = post(SPECIALIST, url + "/dissolve", "lastDay", "30/06/2025");

        assertThat(dissolved).hasStatus(HttpStatus.FOUND).hasRedirectedUrl(url);
        assertThat(get(SPECIALIST, url)).bodyText().contains("01/06/2024", "30/06/2025");
        assertThat(get(SPECIALIST, "/organisations?q=" + word)).bodyText().doesNotContain(name);
        assertThat(get(SPECIALIST, "/organisations?former=true&q=" + word))
                .bodyText()
                .contains(name);
    }

    @Test
    void communeOfficerListsOnlyTheOrganisationsOfTheirWard() {
        String inWard = "Câu lạc bộ dưỡng sinh " + word + " Phố Hiến";
        String elsewhere = "Câu lạc bộ dưỡng sinh " + word + " xã khác";
        create(COMMUNE_OFFICER, "GOVERNMENT_AGENCY", inWard, PHO_HIEN, "01/07/2025");
        create(SPECIALIST, "GOVERNMENT_AGENCY", elsewhere, OTHER_COMMUNE, "01/07/2025");

        assertThat(get(SPECIALIST, "/organisations?q=" + word)).bodyText().contains(inWard, elsewhere);
        assertThat(get(COMMUNE_OFFICER, "/organisations?q=" + word))
                .bodyText()
                .contains(inWard)
                .doesNotContain(elsewhere);

        MvcTestResult all = get(COMMUNE_OFFICER, "/organisations?former=true");
        PageView<?> page =
                (PageView<?>) all.getMvcResult().getModelAndView().getModel().get("page");
        assertThat(page.items())
                .isNotEmpty()
                .allSatisfy(o -> assertThat(((OrgUnit) o).adminUnitId()).isEqualTo(PHO_HIEN));
        assertThat(page.total())
                .isEqualTo(jdbc.sql("SELECT count(*) FROM org_unit WHERE path = '33/11953' OR path LIKE '33/11953/%'")
                        .query(Long.class)
                        .single());
        assertThat(unitLinks(body(all))).isNotEmpty().containsOnly(PHO_HIEN);
    }

    @Test
    void sortsByNameInVietnameseOrder() {
        String d = "Dân quân tự vệ " + word;
        String dd = "Đoàn Luật sư " + word;
        String h = "Hội Luật gia " + word;
        for (String name : List.of(h, dd, d)) {
            create(SPECIALIST, "GOVERNMENT_AGENCY", name, "33", "01/07/2025");
        }

        // In code-point order Đ would come after H.
        assertThat(get(SPECIALIST, "/organisations?sort=name,asc&q=" + word))
                .bodyText()
                .containsSubsequence(d, dd, h);
        assertThat(get(SPECIALIST, "/organisations?sort=name,desc&q=" + word))
                .bodyText()
                .containsSubsequence(h, dd, d);
    }

    private String create(String username, String kind, String name, String unit, String validFrom) {
        MvcTestResult result = post(
                username, "/organisations", "kind", kind, "name", name, "adminUnitId", unit, "validFrom", validFrom);
        assertThat(result).hasStatus(HttpStatus.FOUND);
        return result.getResponse().getRedirectedUrl();
    }

    private String phoHienFront() {
        return jdbc.sql("SELECT id::text FROM org_unit WHERE admin_unit_id = :unit AND kind = 'FATHERLAND_FRONT'")
                .param("unit", PHO_HIEN)
                .query(String.class)
                .single();
    }

    private long organisationsWhere(String condition, String value) {
        return jdbc.sql("SELECT count(*) FROM org_unit WHERE " + condition)
                .param("v", value)
                .query(Long.class)
                .single();
    }

    private static List<String> unitLinks(String html) {
        List<String> ids = new ArrayList<>();
        Matcher m = Pattern.compile("href=\"/units/([^\"?]+)\"").matcher(html);
        while (m.find()) {
            ids.add(m.group(1));
        }
        return ids;
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
        } catch (UnsupportedEncodingException e) {
            throw new IllegalStateException(e);
        }
    }
}
