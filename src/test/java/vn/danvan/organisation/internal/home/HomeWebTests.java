package vn.danvan.organisation.internal.home;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/** The home page greets the user and counts the organisations and cadres of their own area. */
@SpringBootTest(properties = "danvan.demo.enabled=true")
@AutoConfigureMockMvc
class HomeWebTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    UserDetailsService accounts;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Clock clock;

    @Test
    void countsTheOrganisationsAndCadresOfTheCommuneOfficersWard() {
        MvcTestResult home = home("canbo.phohien");

        assertThat(home).hasStatusOk();
        assertThat(home)
                .bodyText()
                .contains("Xin chào, Phạm Thị Lan")
                .contains(formatted(activeOrganisationsUnder("33/11953")) + " tổ chức trong phạm vi của bạn.")
                .contains(formatted(peopleUnder("33/11953")) + " cán bộ trong phạm vi của bạn.");
    }

    @Test
    void countsTheWholeProvinceForTheProvinceLeader() {
        long organisations = activeOrganisationsUnder("33");

        assertThat(organisations).isGreaterThan(activeOrganisationsUnder("33/11953"));
        assertThat(home("lanhdao.tinh"))
                .bodyText()
                .contains("Xin chào, Trần Thị Minh Hằng")
                .contains(formatted(organisations) + " tổ chức trong phạm vi của bạn.")
                .contains(formatted(peopleUnder("33")) + " cán bộ trong phạm vi của bạn.");
    }

    @Test
    void sendsAnAnonymousVisitorToSignIn() {
        MvcTestResult result = mvc.get().uri("/").exchange();

        assertThat(result).hasStatus3xxRedirection();
        assertThat(result).redirectedUrl().endsWith("/login");
    }

    private MvcTestResult home(String username) {
        return mvc.get()
                .uri("/")
                .with(user(accounts.loadUserByUsername(username)))
                .exchange();
    }

    /** Organisations in force today in an area, counted straight from the table. */
    private long activeOrganisationsUnder(String area) {
        return jdbc.sql("SELECT count(*) FROM org_unit WHERE (path = :area OR path LIKE :below)"
                        + " AND (valid_to IS NULL OR valid_to >= :today)")
                .param("area", area)
                .param("below", area + "/%")
                .param("today", LocalDate.now(clock))
                .query(Long.class)
                .single();
    }

    private long peopleUnder(String area) {
        return jdbc.sql("SELECT count(*) FROM person WHERE path = :area OR path LIKE :below")
                .param("area", area)
                .param("below", area + "/%")
                .query(Long.class)
                .single();
    }

    /** As the page writes numbers: 1.234. */
    private static String formatted(long n) {
        return String.format(Locale.GERMANY, "%,d", n);
    }
}
