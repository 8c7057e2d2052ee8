package vn.danvan.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.MessageSource;

/**
 * A commune officer's first minutes in DanVan, through a real browser: sign in, find a commune by typing its name
 * without diacritics (as people do on a phone), open it, sign out. Every page on the way is scanned with axe-core.
 */
@BrowserTest
class CommuneOfficerJourneyTests {

    private static final Locale VIETNAMESE = Locale.forLanguageTag("vi-VN");
    private static final String OFFICER = "canbo.phohien";
    private static final String DEMO_PASSWORD = "danvan-demo-2026";

    private static final By USERNAME = By.cssSelector("form[action$='/login'] input[name='username']");
    private static final By PASSWORD = By.cssSelector("form[action$='/login'] input[name='password']");
    private static final By SIGN_IN = By.cssSelector("form[action$='/login'] button[type='submit']");
    private static final By ALERT = By.cssSelector("main .alert");

    @LocalServerPort
    int port;

    @Autowired
    MessageSource messages;

    private Browser browser;

    @AfterEach
    void quitBrowser() {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void findsCommuneByUnaccentedNameOpensItAndSignsOut() {
        browser = Browser.start(port, "officer-journey");

        browser.visit("/login");
        browser.find(USERNAME);
        browser.record("sign-in");
        signIn(OFFICER, DEMO_PASSWORD);
        browser.waitForAddress("/");

        browser.visit("/units");
        browser.find(By.cssSelector("#unit-results"));
        browser.record("units");
        browser.type(By.cssSelector("form#unit-search input[name='q']"), "thai thuy");
        browser.click(By.cssSelector("form#unit-search button[type='submit']"));
        browser.waitForUrl(
                "a search for thai thuy",
                url -> "/units".equals(url.getPath())
                        && String.valueOf(url.getRawQuery()).contains("q=thai+thuy"));
        By commune = By.cssSelector("#unit-results a[href$='/units/12826']");
        assertThat(browser.find(commune).getText()).isEqualTo("Xã Thái Thuỵ");
        browser.record("unit-search");

        browser.click(commune);
        browser.waitForAddress("/units/12826");
        assertThat(browser.find(By.cssSelector("main h1")).getText()).isEqualTo("Xã Thái Thuỵ");
        browser.record("unit");

        browser.click(By.cssSelector("header .dropdown-toggle[data-bs-toggle='dropdown']"));
        browser.click(By.cssSelector("header .dropdown-menu form[action$='/logout'] button[type='submit']"));
        browser.waitForAddress("/login?signedOut");
        assertThat(browser.find(ALERT).getText()).isEqualTo(message("organisation.login.signedOut", VIETNAMESE));
        browser.find(USERNAME);
        browser.record("signed-out");

        browser.visit("/units");
        browser.waitForAddress("/login");

        browser.assertAccessible();
    }

    @Test
    void refusesWrongPasswordInVietnameseAndOffersEnglish() {
        browser = Browser.start(port, "wrong-password");

        browser.visit("/login");
        signIn("khong.co.tai.khoan", "mat-khau-sai");
        browser.waitForAddress("/login?error");
        assertThat(browser.find(ALERT).getText()).isEqualTo(message("organisation.login.failed", VIETNAMESE));
        assertThat(browser.pageLanguage()).isEqualTo("vi");
        browser.record("sign-in-failed");

        browser.click(By.cssSelector("header a[hreflang='en']"));
        browser.waitForAddress("/login?lang=en");
        assertThat(browser.pageLanguage()).isEqualTo("en");
        assertThat(browser.find(By.cssSelector("main h1")).getText())
                .isEqualTo(message("organisation.login.title", Locale.ENGLISH));
        assertThat(browser.find(By.cssSelector("label[for='username']")).getText())
                .isEqualTo(message("organisation.login.username", Locale.ENGLISH));
        browser.record("sign-in-english");

        browser.assertAccessible();
    }

    private void signIn(String username, String password) {
        browser.type(USERNAME, username);
        browser.type(PASSWORD, password);
        browser.click(SIGN_IN);
    }

    private String message(String key, Locale locale) {
        return messages.getMessage(key, null, locale);
    }
}
