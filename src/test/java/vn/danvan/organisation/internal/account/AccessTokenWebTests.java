package vn.danvan.organisation.internal.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/** Personal access tokens: created on the account page, shown once, accepted by the API without a session. */
@SpringBootTest(properties = "danvan.demo.enabled=true")
@AutoConfigureMockMvc
class AccessTokenWebTests {

    static final String OWNER = "lanhdao.tinh";

    @Autowired
    MockMvcTester mvc;

    @Autowired
    UserDetailsService accounts;

    @Autowired
    JdbcClient jdbc;

    final String name = "Báo cáo tự động " + UUID.randomUUID().toString().substring(0, 8);

    @Test
    void theApiAcceptsAPersonalAccessTokenWithoutASession() {
        String token = createToken(name);

        MvcTestResult me = withToken("/api/v1/me", token);

        assertThat(token).startsWith(AccessToken.PREFIX);
        assertThat(me).hasStatusOk();
        assertThat(me).bodyJson().extractingPath("$.username").isEqualTo(OWNER);
        assertThat(me).bodyJson().extractingPath("$.scopePaths").asArray().containsExactly("33");
        assertThat(withToken("/api/v1/units?level=PROVINCE", token))
                .bodyJson()
                .extractingPath("$.total")
                .isEqualTo(34);
    }

    @Test
    void theTokenIsKeptOnlyAsAHash() {
        String token = createToken(name);

        assertThat(jdbc.sql("SELECT token_hash FROM access_token WHERE name = :n")
                        .param("n", name)
                        .query(String.class)
                        .single())
                .isEqualTo(AccessToken.hash(token))
                .isNotEqualTo(token);
        assertThat(page("/account"))
                .bodyText()
                .contains(name, token.substring(0, 8))
                .doesNotContain(token);
    }

    @Test
    void refusesAWrongTokenWith401() {
        MvcTestResult result = withToken("/api/v1/me", AccessToken.PREFIX + "not-a-real-token");

        assertThat(result).hasStatus(HttpStatus.UNAUTHORIZED);
        assertThat(result).bodyJson().extractingPath("$.error").isEqualTo("invalid_token");
    }

    @Test
    void aWrongTokenNeverFallsBackToTheSession() {
        MvcTestResult result = mvc.get()
                .uri("/api/v1/me")
                .with(user(accounts.loadUserByUsername(OWNER)))
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + AccessToken.PREFIX + "wrong")
                .exchange();

        assertThat(result).hasStatus(HttpStatus.UNAUTHORIZED);
    }

    @Test
    void aRevokedTokenIsRefused() {
        String token = createToken(name);
        assertThat(withToken("/api/v1/me", token)).hasStatusOk();
        String id = jdbc.sql("SELECT id::text FROM access_token WHERE name = :n")
                .param("n", name)
                .query(String.class)
                .single();

        assertThat(post("/account/tokens/" + id + "/revoke")).hasRedirectedUrl("/account");

        assertThat(withToken("/api/v1/me", token)).hasStatus(HttpStatus.UNAUTHORIZED);
        assertThat(page("/account")).bodyText().contains(name, "Đã thu hồi");
    }

    @Test
    void nobodyCanRevokeSomeoneElsesToken() {
        String token = createToken(name);
        String id = jdbc.sql("SELECT id::text FROM access_token WHERE name = :n")
                .param("n", name)
                .query(String.class)
                .single();

        MvcTestResult result = mvc.post()
                .uri("/account/tokens/" + id + "/revoke")
                .with(user(accounts.loadUserByUsername("chuyenvien.tinh")))
                .with(csrf())
                .exchange();

        assertThat(result).hasStatus(HttpStatus.NOT_FOUND);
        assertThat(withToken("/api/v1/me", token)).hasStatusOk();
    }

    @Test
    void refusesATokenWithoutANameOrThatExpiresInThePast() {
        assertThat(post("/account/tokens", "name", " "))
                .hasStatusOk()
                .bodyText()
                .contains("Nhập tên gợi nhớ (tối đa 100 ký tự).");
        assertThat(post("/account/tokens", "name", name, "expires", "01/01/2020"))
                .hasStatusOk()
                .bodyText()
                .contains("Ngày hết hạn phải ở tương lai.");
        assertThat(jdbc.sql("SELECT count(*) FROM access_token WHERE name = :n")
                        .param("n", name)
                        .query(Long.class)
                        .single())
                .isZero();
    }

    private String createToken(String tokenName) {
        MvcTestResult created = post("/account/tokens", "name", tokenName);
        assertThat(created).hasRedirectedUrl("/account");
        assertThat(created).flash().containsKey("newToken");
        return (String) created.getMvcResult().getFlashMap().get("newToken");
    }

    /** A call from a script: the token and nothing else, no session cookie. */
    private MvcTestResult withToken(String url, String token) {
        return mvc.get()
                .uri(url)
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + token)
                .exchange();
    }

    private MvcTestResult page(String url) {
        return mvc.get().uri(url).with(user(accounts.loadUserByUsername(OWNER))).exchange();
    }

    private MvcTestResult post(String url, String... fields) {
        var request = mvc.post()
                .uri(url)
                .with(user(accounts.loadUserByUsername(OWNER)))
                .with(csrf());
        for (int i = 0; i < fields.length; i += 2) {
            request.param(fields[i], fields[i + 1]);
        }
        return request.exchange();
    }
}
