package vn.danvan.organisation.internal.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import com.jayway.jsonpath.JsonPath;
import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import vn.danvan.shared.text.VietnameseText;

/** The JSON API of administrative units: counts of both eras, search without diacritics, order, lineage. */
@SpringBootTest(properties = "danvan.demo.enabled=true")
@AutoConfigureMockMvc
class UnitApiWebTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    UserDetailsService accounts;

    @Test
    void listsTheThirtyFourProvincesInForceToday() {
        assertThat(total(api("/api/v1/units?level=PROVINCE"))).isEqualTo(34);
    }

    @Test
    void listsTheSixtyThreeProvincesInForceTheDayBeforeTheReform() {
        assertThat(total(api("/api/v1/units?level=PROVINCE&at=2025-06-30"))).isEqualTo(63);
    }

    @Test
    void listsTheHundredAndFourCommunesOfHungYen() {
        MvcTestResult result = api("/api/v1/units?parent=33&level=COMMUNE&size=500");

        assertThat(total(result)).isEqualTo(104);
        assertThat(this.<List<String>>read(result, "$.items[*].parentId"))
                .hasSize(104)
                .containsOnly("33");
    }

    @Test
    void findsTheOldDistrictOfThaiThuyWithoutDiacritics() {
        List<String> ids = read(api("/api/v1/units?q=thai thuy"), "$.items[*].id");

        assertThat(ids).contains("old-341", "12826");
    }

    @Test
    void searchIgnoresCaseAndDiacritics() {
        List<String> plain = read(api("/api/v1/units?q=thai thuy"), "$.items[*].id");
        List<String> accented = read(api("/api/v1/units?q=Thái Thụy"), "$.items[*].id");
        List<String> shouting = read(api("/api/v1/units?q=THAI THUY"), "$.items[*].id");

        assertThat(plain).isNotEmpty();
        assertThat(accented).isEqualTo(plain);
        assertThat(shouting).isEqualTo(plain);
    }

    @Test
    void listsUnitsInVietnameseAlphabeticalOrder() {
        List<String> names = read(api("/api/v1/units?parent=33&level=COMMUNE&size=500"), "$.items[*].name");

        // Code-point order would put Ái, Ân and every Đ after Y; Vietnamese order puts Đ right after D.
        assertThat(names).isSortedAccordingTo(VietnameseText.collator());
        assertThat(names).containsSubsequence("A Sào", "Ái Quốc", "Ân Thi", "Bắc Đông Hưng", "Bình Định");
        assertThat(names).containsSubsequence("Diên Hà", "Đoàn Đào", "Đức Hợp", "Hiệp Cường");
        assertThat(names.get(names.size() - 1)).isEqualTo("Yên Mỹ");
    }

    @Test
    void capsThePageSize() {
        MvcTestResult result = api("/api/v1/units?level=COMMUNE&size=100000");

        assertThat(this.<Integer>read(result, "$.size")).isEqualTo(UnitApiController.MAX_SIZE);
        assertThat(this.<List<Object>>read(result, "$.items")).hasSize(UnitApiController.MAX_SIZE);
    }

    @Test
    void showsWhatACommuneWasFormedFrom() {
        MvcTestResult result = api("/api/v1/units/11953");

        assertThat(this.<String>read(result, "$.unit.fullName")).isEqualTo("Phường Phố Hiến");
        assertThat(this.<String>read(result, "$.formedFrom"))
                .isEqualTo("Phường An Tảo, Phường Lê Lợi, Phường Hiến Nam, Phường Minh Khai, Xã Trung Nghĩa, "
                        + "Xã Liên Phương");
        assertThat(this.<List<String>>read(result, "$.predecessors[*].unit.id"))
                .containsExactlyInAnyOrder(
                        "old-11956", "old-11959", "old-11953", "old-11962", "old-11971", "old-11974");
        assertThat(this.<List<String>>read(result, "$.ancestors[*].id")).containsExactly("33");
        assertThat(this.<List<String>>read(result, "$.successors")).isEmpty();
    }

    @Test
    void showsWhatAnOldWardBecame() {
        MvcTestResult result = api("/api/v1/units/old-11956");

        assertThat(this.<List<String>>read(result, "$.successors[*].unit.id")).containsExactly("11953");
        assertThat(this.<String>read(result, "$.formedFrom")).isNull();
    }

    @Test
    void answersAnUnknownUnitWithA404InJson() {
        MvcTestResult result = mvc.get()
                .uri("/api/v1/units/no-such-unit")
                .with(user(accounts.loadUserByUsername("lanhdao.tinh")))
                .exchange();

        assertThat(result).hasStatus(HttpStatus.NOT_FOUND);
        assertThat(this.<Integer>read(result, "$.status")).isEqualTo(404);
        assertThat(result).bodyText().doesNotContain("Exception", "at vn.danvan");
    }

    @Test
    void refusesAnAnonymousCaller() {
        assertThat(mvc.get().uri("/api/v1/units?level=PROVINCE")).hasStatus(HttpStatus.UNAUTHORIZED);
    }

    private MvcTestResult api(String url) {
        MvcTestResult result = mvc.get()
                .uri(url)
                .with(user(accounts.loadUserByUsername("lanhdao.tinh")))
                .exchange();
        assertThat(result).hasStatusOk();
        return result;
    }

    private long total(MvcTestResult result) {
        return this.<Number>read(result, "$.total").longValue();
    }

    private <T> T read(MvcTestResult result, String path) {
        return JsonPath.read(body(result), path);
    }

    private static String body(MvcTestResult result) {
        try {
            return result.getResponse().getContentAsString(StandardCharsets.UTF_8);
        } catch (UnsupportedEncodingException e) {
            throw new IllegalStateException(e);
        }
    }
}
