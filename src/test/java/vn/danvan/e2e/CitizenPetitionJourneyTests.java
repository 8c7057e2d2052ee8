package vn.danvan.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A citizen's reflection from a phone to its answer: filed on the public form (360 px wide), the tracking code and
 * secret shown once; the province's handler accepts it and the due date appears on the case page; the handler
 * answers with an evidence photo and closes it; the citizen reads the answer on the tracking page with code and
 * secret.
 */
@BrowserTest
class CitizenPetitionJourneyTests {

    private static final String HANDLER = "xuly.tinh";
    private static final String DEMO_PASSWORD = "danvan-demo-2026";
    private static final String PHO_HIEN = "11953";

    @LocalServerPort
    int port;

    private Browser citizen;
    private Browser staff;

    @AfterEach
    void quitBrowsers() {
        if (citizen != null) {
            citizen.close();
        }
        if (staff != null) {
            staff.close();
        }
    }

    @Test
    void aReflectionSentFromAPhoneIsAcceptedAnsweredWithEvidenceAndReadWithCodeAndSecret() throws Exception {
        String marker = UUID.randomUUID().toString().substring(0, 8);
        citizen = Browser.startPhone(port, "citizen-petition");
        citizen.visit("/public/petitions/new");
        assertThat(citizen.viewportWidth()).isEqualTo(360);
        assertThat(citizen.pageWidth()).as("no sideways scrolling").isLessThanOrEqualTo(360);
        citizen.click(By.id("kind-REFLECTION"));
        new Select(citizen.find(By.id("unit"))).selectByValue(PHO_HIEN);
        citizen.type(By.id("subject"), "Cống thoát nước tắc " + marker);
        citizen.type(By.id("content"), "Cống đầu ngõ 12 bị tắc, nước tràn ra đường mỗi khi mưa.");
        citizen.type(By.id("locationText"), "Ngõ 12, phố Bãi Sậy");
        citizen.type(By.id("name"), "Người dân (Dữ liệu minh họa)");
        citizen.type(By.id("phone"), "0912 000 111");
        citizen.record("form");
        // The form refuses submissions faster than a person can type (minimum fill time).
        Thread.sleep(3_200);
        citizen.click(By.cssSelector("#pt-public-form button[type='submit']"));
        citizen.waitForAddress("/public/petitions/received");
        String code = citizen.find(By.id("pt-code")).getText();
        String secret = citizen.find(By.id("pt-secret")).getText();
        assertThat(code).startsWith("PA-");
        assertThat(secret).hasSize(12);
        citizen.record("received");

        staff = Browser.start(port, "citizen-petition-staff");
        staff.visit("/login");
        staff.type(By.cssSelector("form[action$='/login'] input[name='username']"), HANDLER);
        staff.type(By.cssSelector("form[action$='/login'] input[name='password']"), DEMO_PASSWORD);
        staff.click(By.cssSelector("form[action$='/login'] button[type='submit']"));
        staff.waitForAddress("/");
        staff.visit("/petitions?q=" + marker);
        staff.click(By.linkText(code));
        staff.waitForUrl("the case page", url -> url.getPath().matches("/petitions/[0-9a-f-]{36}"));
        String casePath = staff.currentPath();
        staff.click(By.cssSelector("#pt-accept button[type='submit']"));
        staff.waitForAddress(casePath);
        assertThat(staff.find(By.id("pt-status")).getText()).isEqualTo("Đã thụ lý");
        assertThat(staff.find(By.id("pt-resolution-due")).getText()).matches("\\d{2}/\\d{2}/\\d{4}");
        staff.record("accepted");

        staff.type(By.id("answer"), "Đã nạo vét cống ngày hôm nay " + marker);
        staff.find(By.id("evidence"))
                .sendKeys(Path.of("src/test/resources/petition/evidence.png")
                        .toAbsolutePath()
                        .toString());
        staff.click(By.cssSelector("#pt-answer-form button[type='submit']"));
        staff.waitForAddress(casePath);
        assertThat(staff.find(By.id("pt-status")).getText()).isEqualTo("Đã kết thúc");
        staff.record("closed");

        citizen.visit("/public/petitions/track");
        citizen.type(By.id("code"), code);
        citizen.type(By.id("secret"), secret);
        citizen.click(By.cssSelector("#pt-track-form button[type='submit']"));
        citizen.waitForAddress("/public/petitions/track/case");
        assertThat(citizen.find(By.id("pt-answer")).getText()).contains("Đã nạo vét cống ngày hôm nay " + marker);
        assertThat(citizen.find(By.cssSelector("main")).getText()).contains("evidence.png");
        assertThat(citizen.pageWidth()).as("no sideways scrolling").isLessThanOrEqualTo(360);
        citizen.record("tracked");
        citizen.assertAccessible();
    }
}
