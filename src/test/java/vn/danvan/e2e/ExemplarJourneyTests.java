package vn.danvan.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * "Dân vận khéo" from registration to the public showcase: the Phố Hiến officer registers a land-clearance model,
 * adds an update with a photo marked public and makes the annual self-assessment; the provincial specialist opens a
 * council, puts the model before it and scores it, the secretary confirms the proposal, the decision is recorded and
 * the model is made public; an anonymous visitor then finds it on the public showcase, searching without diacritics.
 */
@BrowserTest
class ExemplarJourneyTests {

    private static final String DEMO_PASSWORD = "danvan-demo-2026";

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    private Browser officer;
    private Browser specialist;
    private Browser visitor;

    @AfterEach
    void quitBrowsers() {
        for (Browser b : new Browser[] {officer, specialist, visitor}) {
            if (b != null) {
                b.close();
            }
        }
    }

    @Test
    void aModelIsRegisteredUpdatedScoredRecognisedAndShownToThePublic() {
        String marker = UUID.randomUUID().toString().substring(0, 8);
        String name = "Tổ vận động hiến đất mở đường xóm Đông " + marker;

        officer = Browser.startPhone(port, "exemplar-officer");
        signIn(officer, "canbo.phohien");
        officer.visit("/exemplars/new");
        new Select(officer.find(By.id("field"))).selectByValue("CULTURAL_SOCIAL");
        officer.type(By.id("name"), name);
        officer.click(By.id("tag-GPMB"));
        new Select(officer.find(By.id("ownerOrgId"))).selectByVisibleText("Ủy ban MTTQ Việt Nam phường Phố Hiến");
        new Select(officer.find(By.id("placeUnitId"))).selectByValue("11953");
        officer.type(By.id("summary"), "Vận động các hộ hiến đất mở rộng đường xóm");
        officer.type(By.id("objectiveText0"), "Diện tích đất hiến");
        new Select(officer.find(By.id("objectiveMeasure0"))).selectByValue("9e000000-0000-4000-8000-000000000003");
        officer.type(By.id("objectiveTarget0"), "2000");
        officer.record("register");
        officer.click(By.cssSelector("form[action$='/exemplars'] button[type='submit']"));
        officer.waitForUrl("the entry page", url -> url.getPath().matches("/exemplars/[0-9a-f-]{36}"));
        String entry = officer.currentPath();
        assertThat(officer.find(By.id("ex-status")).getText()).isEqualTo("Đã đăng ký");

        officer.click(By.xpath("//summary[normalize-space()='Thêm cập nhật']"));
        officer.type(By.id("u-text"), "Đã vận động 12 hộ hiến đất");
        officer.type(By.id("r_9e000000-0000-4000-8000-000000000003"), "850");
        officer.find(By.id("u-photos"))
                .sendKeys(Path.of("src/test/resources/petition/evidence.png")
                        .toAbsolutePath()
                        .toString());
        officer.click(By.id("u-public"));
        officer.click(By.cssSelector("form[action$='/updates'] button[type='submit']"));
        officer.waitForAddress(entry);
        assertThat(officer.find(By.id("ex-status")).getText()).isEqualTo("Đang thực hiện");
        assertThat(officer.find(By.cssSelector("main")).getText()).contains("850");
        officer.record("updated");

        officer.click(By.xpath("//summary[normalize-space()='Thêm tự đánh giá']"));
        new Select(officer.find(By.id("s-period"))).selectByValue("ANNUAL");
        officer.type(By.id("s-text"), "Mô hình hiệu quả, được Nhân dân đồng tình");
        officer.click(By.cssSelector("form[action$='/self-assessments'] button[type='submit']"));
        officer.waitForAddress(entry);
        assertThat(officer.find(By.id("ex-status")).getText()).isEqualTo("Đã tự đánh giá");

        specialist = Browser.start(port, "exemplar-council");
        signIn(specialist, "chuyenvien.tinh");
        specialist.visit("/exemplars/councils/new");
        specialist.type(By.id("name"), "Hội đồng bình xét " + marker);
        new Select(specialist.find(By.id("orgId"))).selectByVisibleText("Ban Tuyên giáo và Dân vận Tỉnh ủy Hưng Yên");
        specialist.type(By.id("memberName0"), "Nguyễn Văn Một");
        specialist.type(By.id("memberRole0"), "Chủ tịch");
        specialist.type(By.id("memberName1"), "Trần Thị Hai");
        specialist.type(By.id("memberRole1"), "Thư ký");
        specialist.click(By.cssSelector("form[action$='/exemplars/councils'] button[type='submit']"));
        specialist.waitForUrl("the council page", url -> url.getPath().matches("/exemplars/councils/[0-9a-f-]{36}"));
        String council = specialist.currentPath();
        String entryId = entry.substring(entry.lastIndexOf('/') + 1);
        new Select(specialist.find(By.id("entryId"))).selectByValue(entryId);
        specialist.click(By.cssSelector("form[action$='/candidates'] button[type='submit']"));
        specialist.waitForAddress(council);

        specialist.visit(council + "/candidates/" + entryId);
        List<String> criteria = jdbc.sql("SELECT c.id::text FROM ex_criterion c JOIN ex_council k ON k.year = c.year"
                        + " AND k.level = c.level WHERE k.id::text = ? ORDER BY c.position")
                .param(council.substring(council.lastIndexOf('/') + 1))
                .query(String.class)
                .list();
        assertThat(criteria).isNotEmpty();
        for (int member = 1; member <= 2; member++) {
            for (String criterion : criteria) {
                specialist.type(By.id("p_" + member + "_" + criterion), "9");
            }
            new Select(specialist.find(By.id("v_" + member))).selectByValue("yes");
        }
        specialist.record("score-sheet");
        specialist.click(By.id("ex-save-sheet"));
        assertThat(specialist.find(By.id("ex-proposal")).getText()).contains("Đủ điều kiện đề nghị công nhận");
        specialist.click(By.id("ex-confirm"));
        assertThat(specialist.find(By.cssSelector(".alert")).getText()).contains("đề nghị công nhận");

        specialist.visit(entry);
        assertThat(specialist.find(By.id("ex-status")).getText()).isEqualTo("Được đề nghị công nhận");
        specialist.click(By.xpath("//summary[normalize-space()='Ghi quyết định công nhận']"));
        specialist.type(By.id("r-number"), "15-QĐ/" + marker);
        specialist.type(By.id("r-authority"), "Ban Thường vụ Đảng ủy phường Phố Hiến");
        new Select(specialist.find(By.id("r-award"))).selectByValue("GIAY_KHEN");
        specialist.click(By.cssSelector("form[action$='/recognition'] button[type='submit']"));
        specialist.waitForAddress(entry);
        assertThat(specialist.find(By.id("ex-status")).getText()).isEqualTo("Đã công nhận");
        specialist.click(By.id("ex-publish"));
        specialist.waitForAddress(entry);
        assertThat(specialist.find(By.cssSelector("main")).getText()).contains("15-QĐ/" + marker);
        specialist.record("recognised");

        visitor = Browser.start(port, "exemplar-showcase");
        visitor.visit("/public/exemplars?q=mo+duong+xom+dong+" + marker);
        assertThat(visitor.find(By.cssSelector("main")).getText()).contains(name);
        visitor.record("showcase");
        visitor.click(By.xpath("//main//a[contains(., '" + marker + "')]"));
        visitor.waitForUrl("the public page", url -> url.getPath().matches("/public/exemplars/[0-9a-f-]{36}"));
        assertThat(visitor.find(By.cssSelector("main")).getText()).contains(name);
        visitor.record("showcase-entry");
    }

    private static void signIn(Browser browser, String username) {
        browser.visit("/login");
        browser.type(By.cssSelector("form[action$='/login'] input[name='username']"), username);
        browser.type(By.cssSelector("form[action$='/login'] input[name='password']"), DEMO_PASSWORD);
        browser.click(By.cssSelector("form[action$='/login'] button[type='submit']"));
        browser.waitForAddress("/");
    }
}
