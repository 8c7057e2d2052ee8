package vn.danvan.organisation.internal.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/** The pages of administrative units: search, a unit with its origin and organisations, the lineage review. */
@SpringBootTest(properties = "danvan.demo.enabled=true")
@AutoConfigureMockMvc
class UnitPageWebTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    UserDetailsService accounts;

    @Test
    void findsPhoHienBySearchingWithoutDiacritics() {
        MvcTestResult result = page("/units?q=pho hien", "lanhdao.tinh");

        assertThat(result).hasStatusOk();
        assertThat(result).bodyText().contains("href=\"/units/11953\"", "Phường Phố Hiến");
    }

    @Test
    void listsTheCommunesOfAProvince() {
        MvcTestResult result = page("/units?parent=33", "lanhdao.tinh");

        assertThat(result).hasStatusOk();
        assertThat(result).bodyText().contains("1–50 trong tổng số 104", "A Sào");
    }

    @Test
    void showsWhatAWardWasFormedFromWithLinksToTheOldUnits() {
        MvcTestResult result = page("/units/11953", "lanhdao.tinh");

        assertThat(result).hasStatusOk();
        assertThat(result)
                .bodyText()
                .contains("Phường An Tảo, Phường Lê Lợi, Phường Hiến Nam, Phường Minh Khai, Xã Trung Nghĩa, "
                        + "Xã Liên Phương")
                .contains("id=\"predecessors\"")
                .contains(
                        "href=\"/units/old-11956\"",
                        "href=\"/units/old-11959\"",
                        "href=\"/units/old-11953\"",
                        "href=\"/units/old-11962\"",
                        "href=\"/units/old-11971\"",
                        "href=\"/units/old-11974\"");
    }

    @Test
    void showsWhatAnOldWardBecame() {
        MvcTestResult result = page("/units/old-11956", "lanhdao.tinh");

        assertThat(result).hasStatusOk();
        assertThat(result).bodyText().contains("Phường An Tảo", "id=\"successors\"", "href=\"/units/11953\"");
    }

    @Test
    void listsTheOrganisationsOfTheUnit() {
        MvcTestResult result = page("/units/11953", "canbo.phohien");

        assertThat(result).bodyText().contains("Hội Liên hiệp Phụ nữ phường Phố Hiến", "Hội Nông dân phường Phố Hiến");
    }

    @Test
    void offersToAddAnOrganisationOnlyInsideTheUsersArea() {
        assertThat(page("/units/11953", "canbo.phohien")).bodyText().contains("href=\"/organisations/new?unit=11953\"");
        assertThat(page("/units/11983", "canbo.phohien")).bodyText().doesNotContain("/organisations/new?unit=");
        assertThat(page("/units/11953", "lanhdao.tinh"))
                .bodyText()
                .as("a leader may read but not manage")
                .doesNotContain("/organisations/new?unit=");
    }

    @Test
    void answersAnUnknownUnitWithAVietnamese404PageWithoutAStackTrace() {
        MvcTestResult result = page("/units/99999999", "lanhdao.tinh");

        assertThat(result).hasStatus(HttpStatus.NOT_FOUND);
        assertThat(result)
                .bodyText()
                .contains("Không tìm thấy trang")
                .doesNotContain("Exception", "at vn.danvan", "RecordNotFound");
    }

    @Test
    void showsTheLineageReviewToAnAdministrator() {
        MvcTestResult result = page("/admin/units/lineage-gaps", "quantri");

        assertThat(result).hasStatusOk();
        assertThat(result).bodyText().contains("Phần sắp xếp chưa đối chiếu được", "Nhập dữ liệu lúc");
    }

    private MvcTestResult page(String url, String username) {
        return mvc.get()
                .uri(url)
                .with(user(accounts.loadUserByUsername(username)))
                .exchange();
    }
}
