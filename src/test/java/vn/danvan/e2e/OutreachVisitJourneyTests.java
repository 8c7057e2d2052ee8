package vn.danvan.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The ward officer's loop on a phone-sized screen: on the demo key project, a household whose compensation plan has
 * been posted is visited and agrees; the visit is recorded from the phone form, the household moves to "agreed", the
 * project page counts one more agreed household for the ward, and the ward's standing on the emulation covenant's
 * consent criterion (measured from the same data) changes.
 */
@BrowserTest
class OutreachVisitJourneyTests {

    private static final String WARD_OFFICER = "canbo.phohien";
    private static final String DEMO_PASSWORD = "danvan-demo-2026";
    private static final String PROJECT = "/landclearance/projects/6b000000-0000-4000-8000-000000000001";
    private static final String WARD_PARTY = "Đảng ủy phường Phố Hiến";
    private static final String CONSENT_CRITERION = "Tỷ lệ hộ đồng thuận";

    @LocalServerPort
    int port;

    private Browser browser;

    @AfterEach
    void quitBrowser() {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void aVisitRecordedOnAPhoneMovesTheHouseholdAndTheFiguresThatMeasureIt() {
        browser = Browser.startPhone(port, "outreach-visit");
        String marker = UUID.randomUUID().toString().substring(0, 8);
        signIn();

        browser.visit(PROJECT);
        int agreedBefore = stageCount("AGREED");
        int postedBefore = stageCount("PLAN_POSTED");
        browser.record("project-before");

        String partyPath = wardPartyPage();
        String consentBefore = consentRow().getText();

        browser.visit(PROJECT + "/households?stage=PLAN_POSTED");
        browser.record("households-plan-posted");
        browser.click(By.cssSelector("main a[href^='/landclearance/households/']"));
        browser.waitForUrl("a household page", url -> url.getPath().matches("/landclearance/households/[0-9a-f-]{36}"));
        String householdPath = browser.currentPath();

        browser.click(By.cssSelector("main a[href$='/visits/new']"));
        browser.waitForUrl("the visit form", url -> url.getPath().equals(householdPath + "/visits/new"));
        assertThat(browser.viewportWidth()).isEqualTo(360);
        assertThat(browser.pageWidth()).as("no sideways scrolling").isLessThanOrEqualTo(360);
        WebElement save = browser.find(By.cssSelector("#lc-visit-form button[type='submit']"));
        assertThat(save.getSize().getHeight()).as("a touch target").isGreaterThanOrEqualTo(44);
        browser.type(By.id("metWhom"), "Chủ hộ và con trai");
        browser.type(By.id("concerns"), "Hỏi về thời gian nhận tiền bồi thường (" + marker + ")");
        browser.type(By.id("agreed"), "Đồng ý với phương án, hẹn bàn giao sau khi nhận tiền");
        browser.click(By.cssSelector("input[type='radio'][value='AGREED']"));
        browser.record("visit-form");
        browser.click(By.cssSelector("#lc-visit-form button[type='submit']"));
        browser.waitForUrl("back on the household", url -> url.getPath().equals(householdPath));

        assertThat(browser.find(By.cssSelector("main")).getText())
                .contains(marker)
                .contains("Đồng thuận");
        browser.record("household-agreed");

        browser.visit(PROJECT);
        assertThat(stageCount("AGREED")).isEqualTo(agreedBefore + 1);
        assertThat(stageCount("PLAN_POSTED")).isEqualTo(postedBefore - 1);
        browser.record("project-after");

        browser.visit(partyPath);
        assertThat(consentRow().getText()).isNotEqualTo(consentBefore);
        browser.record("covenant-party-after");

        browser.assertAccessible();
    }

    @Test
    void pagesTravelCompressedToSlowPhones() throws Exception {
        var http = java.net.http.HttpClient.newHttpClient();
        var response = http.send(
                java.net.http.HttpRequest.newBuilder(java.net.URI.create("http://localhost:" + port + "/login"))
                        .header("Accept-Encoding", "gzip")
                        .build(),
                java.net.http.HttpResponse.BodyHandlers.discarding());
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Encoding")).hasValue("gzip");
    }

    /** The number of households of the ward at a stage, as the project page's stage table links it. */
    private int stageCount(String stage) {
        WebElement link = browser.find(By.cssSelector(".lc-stage-table a[href*='stage=" + stage + "']"));
        return Integer.parseInt(link.getText().replaceAll("[^0-9]", ""));
    }

    /** Opens the 2026 covenant's page of the ward's Party committee and returns its path. */
    private String wardPartyPage() {
        browser.visit("/covenants?q=2026");
        browser.click(By.partialLinkText("Giao ước thi đua năm 2026"));
        browser.waitForUrl("the covenant", url -> url.getPath().matches("/covenants/[0-9a-f-]{36}"));
        browser.click(By.linkText(WARD_PARTY));
        browser.waitForUrl("the party page", url -> url.getPath().matches("/covenants/[0-9a-f-]{36}/parties/.+"));
        browser.record("covenant-party-before");
        return browser.currentPath();
    }

    private WebElement consentRow() {
        return browser.find(By.xpath("//tr[td[contains(text(),'" + CONSENT_CRITERION + "')]]"));
    }

    private void signIn() {
        browser.visit("/login");
        browser.type(By.cssSelector("form[action$='/login'] input[name='username']"), WARD_OFFICER);
        browser.type(By.cssSelector("form[action$='/login'] input[name='password']"), DEMO_PASSWORD);
        browser.click(By.cssSelector("form[action$='/login'] button[type='submit']"));
        browser.waitForAddress("/");
    }
}
