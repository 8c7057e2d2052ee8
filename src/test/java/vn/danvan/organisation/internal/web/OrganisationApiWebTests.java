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
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import vn.danvan.organisation.Role;

/** The JSON API of organisations, cadres and the signed-in user: always limited to the caller's area. */
@SpringBootTest(properties = "danvan.demo.enabled=true")
@AutoConfigureMockMvc
class OrganisationApiWebTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    UserDetailsService accounts;

    @Autowired
    JdbcClient jdbc;

    @Test
    void describesTheSignedInUserWithTheirPermissionsAndArea() {
        MvcTestResult result = api("/api/v1/me", "canbo.phohien");

        assertThat(result).hasStatusOk();
        assertThat(this.<String>read(result, "$.username")).isEqualTo("canbo.phohien");
        assertThat(this.<String>read(result, "$.displayName")).isEqualTo("Phạm Thị Lan");
        assertThat(this.<Boolean>read(result, "$.scopeEverything")).isFalse();
        assertThat(this.<List<String>>read(result, "$.scopePaths")).containsExactly("33/11953");
        assertThat(this.<List<String>>read(result, "$.permissions"))
                .containsExactlyInAnyOrderElementsOf(Role.COMMUNE_OFFICER.permissions())
                .contains("organisation:read", "organisation:manage")
                .doesNotContain("organisation:users", "audit:read");
    }

    @Test
    void listsOnlyTheOrganisationsOfTheCommuneOfficersWard() {
        MvcTestResult result = api("/api/v1/organisations?former=true", "canbo.phohien");

        assertThat(result).hasStatusOk();
        assertThat(this.<List<String>>read(result, "$.items[*].path"))
                .isNotEmpty()
                .allSatisfy(path -> assertThat(path).matches("33/11953(/.*)?"));
        assertThat(this.<Number>read(result, "$.total").longValue())
                .isEqualTo(jdbc.sql("SELECT count(*) FROM org_unit WHERE path = '33/11953' OR path LIKE '33/11953/%'")
                        .query(Long.class)
                        .single());
    }

    @Test
    void hidesAProvincialOrganisationFromTheCommuneOfficer() {
        String provincialBoard = jdbc.sql("SELECT id::text FROM org_unit WHERE name = :name AND admin_unit_id = '33'")
                .param("name", "Ban Tuyên giáo và Dân vận Tỉnh ủy Hưng Yên")
                .query(String.class)
                .single();

        assertThat(api("/api/v1/organisations/" + provincialBoard, "lanhdao.tinh"))
                .hasStatusOk();
        MvcTestResult hidden = api("/api/v1/organisations/" + provincialBoard, "canbo.phohien");
        assertThat(hidden).hasStatus(HttpStatus.NOT_FOUND);
        assertThat(hidden).bodyJson().extractingPath("$.status").isEqualTo(404);
    }

    @Test
    void hidesAProvincialCadreFromTheCommuneOfficer() {
        String leader = jdbc.sql("SELECT person_id::text FROM user_account WHERE username = 'lanhdao.tinh'")
                .query(String.class)
                .single();

        MvcTestResult visible = api("/api/v1/people/" + leader, "chuyenvien.tinh");
        assertThat(visible).hasStatusOk();
        assertThat(this.<String>read(visible, "$.fullName")).isEqualTo("Trần Thị Minh Hằng");
        assertThat(this.<List<String>>read(visible, "$.positions[*].title")).contains("Phó Trưởng ban");
        assertThat(api("/api/v1/people/" + leader, "canbo.phohien")).hasStatus(HttpStatus.NOT_FOUND);
        assertThat(this.<List<String>>read(api("/api/v1/people?q=minh hang", "canbo.phohien"), "$.items[*].id"))
                .doesNotContain(leader);
        assertThat(this.<List<String>>read(api("/api/v1/people?q=minh hang", "chuyenvien.tinh"), "$.items[*].id"))
                .contains(leader);
    }

    private MvcTestResult api(String url, String username) {
        return mvc.get()
                .uri(url)
                .with(user(accounts.loadUserByUsername(username)))
                .exchange();
    }

    private <T> T read(MvcTestResult result, String path) {
        try {
            return JsonPath.read(result.getResponse().getContentAsString(StandardCharsets.UTF_8), path);
        } catch (UnsupportedEncodingException e) {
            throw new IllegalStateException(e);
        }
    }
}
