package vn.danvan.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The loop the product exists to close, through a real browser: a proposal raised at a meeting is recorded,
 * accepted, and becomes a task of a plan for a ward; the ward's officer reports progress on it; the board's dashboard
 * shows it among the coming deadlines with that progress.
 */
@BrowserTest
class SeminarToTaskJourneyTests {

    private static final String SPECIALIST = "chuyenvien.tinh";
    private static final String WARD_OFFICER = "canbo.phohien";
    private static final String DEMO_PASSWORD = "danvan-demo-2026";
    private static final String WARD_PARTY_COMMITTEE = "Đảng ủy phường Phố Hiến";
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

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
    void proposalAtAMeetingBecomesATaskTheWardReportsOnAndTheDashboardShows() {
        browser = Browser.start(port, "seminar-to-task");
        String marker = UUID.randomUUID().toString().substring(0, 8);
        String proposal = "Tổ chức đối thoại với các hộ dân về phương án bồi thường, đợt " + marker;
        String taskTitle = "Đối thoại với hộ dân về bồi thường, đợt " + marker;

        signIn(SPECIALIST);
        browser.visit("/meetings?q=giao+ban");
        browser.click(By.partialLinkText("Hội nghị giao ban"));
        browser.waitForUrl("a meeting page", url -> url.getPath().matches("/meetings/[0-9a-f-]{36}"));
        String meetingPath = browser.currentPath();
        browser.record("meeting");

        browser.type(By.id("speakerPosition"), "Bí thư Đảng ủy phường Phố Hiến");
        browser.type(By.id("problems"), "Một số hộ chưa đồng thuận với đơn giá bồi thường.");
        browser.type(By.id("addressee1"), "Ban Tuyên giáo và Dân vận Tỉnh ủy");
        browser.type(By.id("proposal1"), proposal);
        browser.click(By.cssSelector("form[action$='/contributions'] button[type='submit']"));
        browser.waitForUrl("back on the meeting", url -> url.getPath().equals(meetingPath));

        browser.visit(meetingPath + "/proposals");
        WebElement card =
                browser.find(By.xpath("//*[contains(@class,'card')][.//*[contains(text(),'" + marker + "')]]"));
        browser.click(card.findElement(By.cssSelector("form[action$='/accept'] button[type='submit']")));
        browser.waitForUrl("back on the proposals", url -> url.getPath().equals(meetingPath + "/proposals"));
        browser.record("proposals");

        browser.click(
                By.xpath("//label[contains(text(),'" + marker + "')]/preceding-sibling::input[@type='checkbox']"));
        Select plans = new Select(browser.find(By.id("planId")));
        plans.selectByIndex(1);
        browser.type(By.id("task-title"), taskTitle);
        new Select(browser.find(By.id("leadOrgId"))).selectByVisibleText(WARD_PARTY_COMMITTEE);
        LocalDate today = LocalDate.now();
        browser.type(By.id("start"), today.format(DATE));
        browser.type(By.id("deadline"), today.plusDays(7).format(DATE));
        browser.click(By.cssSelector("form[action$='/proposals/task'] button[type='submit']"));
        browser.waitForUrl("back on the proposals", url -> url.getPath().startsWith(meetingPath));
        WebElement taskLink = browser.find(By.xpath("(//*[contains(@class,'card')][.//*[contains(text(),'" + marker
                + "')]])[last()]//a[contains(@href,'/tasks/')]"));
        String taskPath = java.net.URI.create(taskLink.getAttribute("href")).getPath();
        browser.record("proposal-became-task");
        signOut();

        signIn(WARD_OFFICER);
        browser.visit(taskPath);
        assertThat(browser.find(By.cssSelector("main h1")).getText()).contains(taskTitle);
        browser.type(By.id("percent"), "40");
        browser.type(By.id("narrative"), "Đã họp tổ dân phố và gặp riêng các hộ chưa đồng thuận (đợt " + marker + ").");
        browser.click(By.cssSelector("form[action$='/progress'] button[type='submit']"));
        browser.waitForUrl("back on the task", url -> url.getPath().equals(taskPath));
        browser.record("progress-reported");
        signOut();

        signIn(SPECIALIST);
        browser.visit("/directives/dashboard");
        WebElement row = browser.find(By.xpath("//tr[.//a[contains(text(),'" + marker + "')]]"));
        assertThat(row.getText()).contains(WARD_PARTY_COMMITTEE).contains("40 %");
        browser.record("dashboard");

        browser.assertAccessible();
    }

    private void signIn(String username) {
        browser.visit("/login");
        browser.type(By.cssSelector("form[action$='/login'] input[name='username']"), username);
        browser.type(By.cssSelector("form[action$='/login'] input[name='password']"), DEMO_PASSWORD);
        browser.click(By.cssSelector("form[action$='/login'] button[type='submit']"));
        browser.waitForAddress("/");
    }

    private void signOut() {
        browser.click(By.cssSelector("header .dropdown-toggle[data-bs-toggle='dropdown']"));
        browser.click(By.cssSelector("header .dropdown-menu form[action$='/logout'] button[type='submit']"));
        browser.waitForAddress("/login?signedOut");
    }
}
