package vn.danvan.organisation.internal.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/** Pages that do not exist, or records the user may not see: a 404 page in the user's language, never a trace. */
@SpringBootTest(properties = "danvan.demo.enabled=true")
@AutoConfigureMockMvc
class ErrorPageWebTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    UserDetailsService accounts;

    @Test
    void answersAnUnknownPageWithTheVietnamese404Page() {
        MvcTestResult result = signedIn("/no-such-page");

        assertThat(result).hasStatus(HttpStatus.NOT_FOUND);
        assertThat(result)
                .bodyText()
                .contains("Không tìm thấy trang", "lang=\"vi\"")
                .doesNotContain("Exception", "at vn.danvan", "at org.springframework", "Whitelabel");
    }

    @Test
    void answersInEnglishWhenAsked() {
        MvcTestResult result = signedIn("/no-such-page?lang=en");

        assertThat(result).hasStatus(HttpStatus.NOT_FOUND);
        assertThat(result)
                .bodyText()
                .contains("Page not found", "lang=\"en\"")
                .doesNotContain("Không tìm thấy trang", "Exception", "at vn.danvan");
    }

    @Test
    void answersAnUnknownRecordWithTheSame404Page() {
        MvcTestResult result = signedIn("/organisations/" + UUID.randomUUID());

        assertThat(result).hasStatus(HttpStatus.NOT_FOUND);
        assertThat(result).bodyText().contains("Không tìm thấy trang").doesNotContain("Exception", "at vn.danvan");
    }

    @Test
    void answersAMalformedIdWithA404RatherThanAServerError() {
        MvcTestResult result = signedIn("/organisations/not-a-uuid");

        assertThat(result).hasStatus(HttpStatus.NOT_FOUND);
        assertThat(result).bodyText().contains("Không tìm thấy trang").doesNotContain("Exception");
    }

    @Test
    void answersTheApiWithA404InJson() {
        MvcTestResult result = signedIn("/api/v1/organisations/" + UUID.randomUUID());

        assertThat(result).hasStatus(HttpStatus.NOT_FOUND);
        assertThat(result).hasContentTypeCompatibleWith(MediaType.APPLICATION_JSON);
        assertThat(result).bodyJson().extractingPath("$.status").isEqualTo(404);
        assertThat(result).bodyText().doesNotContain("Exception", "at vn.danvan");
    }

    @Test
    void answersAnUnsupportedMethodWith405RatherThanAServerError() {
        MvcTestResult result = mvc.delete()
                .uri("/units")
                .with(user(accounts.loadUserByUsername("lanhdao.tinh")))
                .with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf())
                .exchange();

        assertThat(result).hasStatus(HttpStatus.METHOD_NOT_ALLOWED);
        assertThat(result).bodyText().contains("Thao tác không được hỗ trợ").doesNotContain("Exception");
    }

    private MvcTestResult signedIn(String url) {
        return mvc.get()
                .uri(url)
                .with(user(accounts.loadUserByUsername("lanhdao.tinh")))
                .exchange();
    }
}
