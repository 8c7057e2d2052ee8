package vn.danvan.organisation.internal.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/**
 * An account from its creation by an administrator to its lock-out, through the real sign-in form and sessions
 * kept in the database: a temporary password shown once, a forced password change, lock-out after repeated
 * failures, signing out everywhere, and roles granted and revoked.
 */
@SpringBootTest(properties = "danvan.demo.enabled=true")
@AutoConfigureMockMvc
class AccountLifecycleWebTests {

    /** The password of every demo account (demo mode only). */
    static final String DEMO_PASSWORD = "danvan-demo-2026";

    static final String NEW_PASSWORD = "Phố Hiến xanh sạch 2026";

    @Autowired
    MockMvcTester mvc;

    @Autowired
    JdbcClient jdbc;

    final String word = "t" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);

    Browser admin;

    @BeforeEach
    void signInAsAdministrator() {
        admin = new Browser(mvc);
        assertThat(admin.signIn("quantri", DEMO_PASSWORD))
                .hasStatus(HttpStatus.FOUND)
                .hasRedirectedUrl("/");
    }

    @Test
    void showsTheTemporaryPasswordOfANewAccountOnlyOnce() {
        MvcTestResult created = createAccount();

        String temporary = temporaryPassword(created);
        assertThat(temporary).hasSizeGreaterThanOrEqualTo(PasswordPolicy.MIN_LENGTH);
        String page = created.getResponse().getRedirectedUrl();
        assertThat(admin.get(page)).bodyText().contains(temporary, "Phải đổi mật khẩu", "Cán bộ xã, phường");
        assertThat(admin.get(page)).bodyText().doesNotContain(temporary);
    }

    @Test
    void aNewAccountMustChooseItsOwnPasswordBeforeAnythingElse() {
        String username = "canbo." + word;
        String temporary = temporaryPassword(createAccount());
        Browser user = new Browser(mvc);

        assertThat(user.signIn(username, temporary)).hasRedirectedUrl("/");
        assertThat(user.get("/")).hasRedirectedUrl("/account/password");
        assertThat(user.get("/organisations")).hasRedirectedUrl("/account/password");
        assertThat(user.get("/api/v1/me")).hasStatus(HttpStatus.FORBIDDEN);
        assertThat(user.get("/account/password")).hasStatusOk().bodyText().contains("Đây là lần đăng nhập đầu tiên");

        assertThat(changePassword(user, "not-the-password", NEW_PASSWORD, NEW_PASSWORD))
                .hasStatusOk()
                .bodyText()
                .contains("Mật khẩu hiện tại không đúng.");
        assertThat(changePassword(user, temporary, "ngắn 2026", "ngắn 2026"))
                .hasStatusOk()
                .bodyText()
                .contains("Mật khẩu phải có ít nhất 10 ký tự.");
        assertThat(changePassword(user, temporary, NEW_PASSWORD, NEW_PASSWORD + "!"))
                .hasStatusOk()
                .bodyText()
                .contains("Hai lần nhập mật khẩu mới không khớp.");
        assertThat(user.get("/")).as("still forced").hasRedirectedUrl("/account/password");

        assertThat(changePassword(user, temporary, NEW_PASSWORD, NEW_PASSWORD)).hasRedirectedUrl("/account");
        assertThat(user.get("/")).hasStatusOk().bodyText().contains("Xin chào, Người Thử " + word);
        assertThat(user.get("/organisations")).hasStatusOk();
        assertThat(user.get("/api/v1/me")).hasStatusOk().bodyText().contains(username);

        Browser later = new Browser(mvc);
        assertThat(later.signIn(username, temporary)).hasRedirectedUrl("/login?error");
        assertThat(later.signIn(username, NEW_PASSWORD)).hasRedirectedUrl("/");
        assertThat(later.get("/")).hasStatusOk();
    }

    @Test
    void fiveWrongPasswordsLockTheAccountEvenAgainstTheRightOne() {
        String username = "canbo." + word;
        MvcTestResult created = createAccount();
        String temporary = temporaryPassword(created);
        Browser guesser = new Browser(mvc);

        for (int attempt = 1; attempt <= 5; attempt++) {
            assertThat(guesser.signIn(username, "guess-" + attempt)).hasRedirectedUrl("/login?error");
        }
        MvcTestResult rightPassword = guesser.signIn(username, temporary);

        assertThat(rightPassword).hasRedirectedUrl("/login?locked");
        assertThat(guesser.get("/login?locked")).bodyText().contains("Tài khoản đang tạm khóa");
        assertThat(guesser.get("/")).as("not signed in").hasStatus3xxRedirection();
        assertThat(admin.get(created.getResponse().getRedirectedUrl()))
                .bodyText()
                .contains("Tạm khóa đến");
        assertThat(auditEntries("organisation.account.locked", accountId(username)))
                .isOne();
    }

    @Test
    void signingOutEverywhereEndsTheSessionsOnEveryDevice() {
        String username = "canbo." + word;
        activate(username, temporaryPassword(createAccount()));
        Browser laptop = new Browser(mvc);
        Browser phone = new Browser(mvc);
        assertThat(laptop.signIn(username, NEW_PASSWORD)).hasRedirectedUrl("/");
        assertThat(phone.signIn(username, NEW_PASSWORD)).hasRedirectedUrl("/");
        assertThat(laptop.get("/account")).hasStatusOk();
        assertThat(phone.get("/account")).hasStatusOk();
        Browser stolenCookie = laptop.replaying(laptop.sessionCookie());

        assertThat(laptop.post("/account/sessions/end-all")).hasRedirectedUrl("/login?signedOutEverywhere");

        assertThat(stolenCookie.get("/account"))
                .hasStatus(HttpStatus.FOUND)
                .redirectedUrl()
                .endsWith("/login");
        assertThat(phone.get("/account"))
                .hasStatus(HttpStatus.FOUND)
                .redirectedUrl()
                .endsWith("/login");
        assertThat(laptop.get("/login?signedOutEverywhere")).bodyText().contains("Bạn đã đăng xuất khỏi mọi thiết bị.");
        assertThat(laptop.signIn(username, NEW_PASSWORD)).hasRedirectedUrl("/");
        assertThat(laptop.get("/account")).hasStatusOk();
    }

    @Test
    void grantingAndRevokingARoleChangesTheAreaIsAuditedAndSignsTheUserOut() {
        String username = "canbo." + word;
        MvcTestResult created = createAccount();
        String accountPage = created.getResponse().getRedirectedUrl();
        activate(username, temporaryPassword(created));
        String provinceFront = organisation("Ủy ban MTTQ Việt Nam tỉnh Hưng Yên");

        assertThat(admin.post(accountPage + "/grants", "role", "FRONT_OFFICER", "orgUnitId", provinceFront))
                .hasRedirectedUrl(accountPage);
        assertThat(admin.get(accountPage)).bodyText().contains("Cán bộ xã, phường", "Cán bộ Mặt trận");
        Browser user = new Browser(mvc);
        assertThat(user.signIn(username, NEW_PASSWORD)).hasRedirectedUrl("/");
        assertThat(user.get("/api/v1/me"))
                .bodyJson()
                .extractingPath("$.scopePaths")
                .asArray()
                .containsExactly("33");

        UUID grant = jdbc.sql("SELECT id FROM role_grant WHERE user_id = :u AND role = 'FRONT_OFFICER'")
                .param("u", accountId(username))
                .query(UUID.class)
                .single();
        assertThat(admin.post(accountPage + "/grants/" + grant + "/revoke")).hasRedirectedUrl(accountPage);

        assertThat(jdbc.sql("""
                        SELECT count(*) FROM audit_entry
                        WHERE action = 'organisation.role.revoked' AND target_id = :account
                          AND details ->> 'role' = 'FRONT_OFFICER' AND actor_name = 'quantri'
                          AND client_address = :address
                        """)
                        .param("account", accountId(username).toString())
                        .param("address", admin.address())
                        .query(Long.class)
                        .single())
                .isOne();
        assertThat(jdbc.sql("SELECT count(*) FROM role_grant WHERE id = :g")
                        .param("g", grant)
                        .query(Long.class)
                        .single())
                .isZero();
        assertThat(user.get("/account"))
                .as("the revoke ended the user's session")
                .hasStatus(HttpStatus.FOUND)
                .redirectedUrl()
                .endsWith("/login");
        assertThat(user.signIn(username, NEW_PASSWORD)).redirectedUrl().endsWith("/account");
        assertThat(user.get("/api/v1/me"))
                .bodyJson()
                .extractingPath("$.scopePaths")
                .asArray()
                .containsExactly("33/11953");
    }

    @Test
    void refusesASecondAccountForTheSamePerson() {
        MvcTestResult first = createAccount();
        String person = jdbc.sql("SELECT person_id::text FROM user_account WHERE username = :u")
                .param("u", "canbo." + word)
                .query(String.class)
                .single();

        MvcTestResult second = admin.post(
                "/admin/users",
                "personId",
                person,
                "username",
                "khac." + word,
                "role",
                "COMMUNE_OFFICER",
                "orgUnitId",
                organisation("Đảng ủy phường Phố Hiến"));

        assertThat(first).hasStatus(HttpStatus.FOUND);
        assertThat(second).hasStatusOk().bodyText().contains("Cán bộ này đã có tài khoản.");
        assertThat(jdbc.sql("SELECT count(*) FROM user_account WHERE username = :u")
                        .param("u", "khac." + word)
                        .query(Long.class)
                        .single())
                .isZero();
    }

    @Test
    void aSignedInUserIsSentFromTheSignInPageToTheHomePage() {
        Browser user = new Browser(mvc);
        assertThat(user.get("/login")).hasStatusOk().bodyText().contains("canbo.phohien", DEMO_PASSWORD);

        assertThat(admin.get("/login")).hasRedirectedUrl("/");
    }

    /** The administrator creates a cadre in Phố Hiến and an account "canbo.<word>" for them. */
    private MvcTestResult createAccount() {
        String party = organisation("Đảng ủy phường Phố Hiến");
        MvcTestResult person = admin.post("/people", "fullName", "Người Thử " + word, "homeOrgUnitId", party);
        assertThat(person).hasStatus(HttpStatus.FOUND);
        String personUrl = person.getResponse().getRedirectedUrl();
        MvcTestResult created = admin.post(
                "/admin/users",
                "personId",
                personUrl.substring(personUrl.lastIndexOf('/') + 1),
                "username",
                "canbo." + word,
                "role",
                "COMMUNE_OFFICER",
                "orgUnitId",
                party);
        assertThat(created).hasStatus(HttpStatus.FOUND);
        assertThat(created).redirectedUrl().startsWith("/admin/users/");
        return created;
    }

    /** The first sign-in: the user replaces the temporary password with {@link #NEW_PASSWORD}. */
    private void activate(String username, String temporary) {
        Browser first = new Browser(mvc);
        assertThat(first.signIn(username, temporary)).hasRedirectedUrl("/");
        assertThat(changePassword(first, temporary, NEW_PASSWORD, NEW_PASSWORD)).hasRedirectedUrl("/account");
    }

    private static MvcTestResult changePassword(
            Browser browser, String current, String replacement, String confirmation) {
        return browser.post(
                "/account/password", "current", current, "replacement", replacement, "confirmation", confirmation);
    }

    private static String temporaryPassword(MvcTestResult created) {
        Object password = created.getMvcResult().getFlashMap().get("temporaryPassword");
        assertThat(password).isInstanceOf(String.class);
        return (String) password;
    }

    private UUID accountId(String username) {
        return jdbc.sql("SELECT id FROM user_account WHERE username = :u")
                .param("u", username)
                .query(UUID.class)
                .single();
    }

    private long auditEntries(String action, UUID account) {
        return jdbc.sql("SELECT count(*) FROM audit_entry WHERE action = :action AND target_id = :account")
                .param("action", action)
                .param("account", account.toString())
                .query(Long.class)
                .single();
    }

    private String organisation(String name) {
        return jdbc.sql("SELECT id::text FROM org_unit WHERE name = :name AND admin_unit_id NOT LIKE 'old-%'")
                .param("name", name)
                .query(String.class)
                .single();
    }
}
