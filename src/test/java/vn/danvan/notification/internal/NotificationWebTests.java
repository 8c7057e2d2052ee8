package vn.danvan.notification.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import vn.danvan.notification.Notice;
import vn.danvan.notification.Notifications;
import vn.danvan.shared.security.CurrentUser;

/** Notices reach their recipient once, and each person sees and marks only their own. */
@SpringBootTest(properties = "danvan.demo.enabled=true")
@AutoConfigureMockMvc
class NotificationWebTests {

    static final String COMMUNE_OFFICER = "canbo.phohien";
    static final String FRONT_OFFICER = "mattran.phohien";

    @Autowired
    Notifications notifications;

    @Autowired
    MockMvcTester mvc;

    @Autowired
    UserDetailsService accounts;

    @Autowired
    JdbcClient jdbc;

    final String word = "w" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);

    @Test
    void theSameNoticeWithTheSameDedupKeyReachesAPersonOnlyOnceADay() {
        UUID officer = idOf(COMMUNE_OFFICER);
        Notice reminder = notice(officer, "/notifications", "reminder-" + word);

        notifications.send(reminder);
        notifications.send(reminder);

        assertThat(rowsMentioning(word)).isEqualTo(1);
    }

    @Test
    void noticesWithoutADedupKeyAreAllKept() {
        UUID officer = idOf(COMMUNE_OFFICER);

        notifications.send(notice(officer, null, null));
        notifications.send(notice(officer, null, null));

        assertThat(rowsMentioning(word)).isEqualTo(2);
    }

    @Test
    void aPersonSeesTheirOwnNoticeRenderedAndMarkedUnreadNotOnlyByColour() {
        notifications.send(notice(idOf(COMMUNE_OFFICER), "/organisations", null));

        MvcTestResult own =
                mvc.get().uri("/notifications").with(as(COMMUNE_OFFICER)).exchange();
        MvcTestResult other =
                mvc.get().uri("/notifications").with(as(FRONT_OFFICER)).exchange();

        assertThat(own).hasStatusOk();
        assertThat(own).bodyText().contains("Xem tất cả thông báo: " + word, "Chưa đọc", "Đánh dấu đã đọc");
        assertThat(other).hasStatusOk();
        assertThat(other).bodyText().doesNotContain(word);
    }

    @Test
    void anotherPersonsNoticeIsNotFoundAndStaysUnread() {
        notifications.send(notice(idOf(COMMUNE_OFFICER), null, null));
        UUID id = idMentioning(word);

        MvcTestResult result = mvc.post()
                .uri("/notifications/{id}/read", id)
                .with(as(FRONT_OFFICER))
                .with(csrf())
                .exchange();

        assertThat(result).hasStatus(HttpStatus.NOT_FOUND);
        assertThat(isRead(id)).isFalse();
    }

    @Test
    void markingAsReadAndOpeningGoesToTheLinkedPage() {
        notifications.send(notice(idOf(COMMUNE_OFFICER), "/organisations", null));
        UUID id = idMentioning(word);

        MvcTestResult result = mvc.post()
                .uri("/notifications/{id}/read?open=true", id)
                .with(as(COMMUNE_OFFICER))
                .with(csrf())
                .exchange();

        assertThat(result).hasStatus(HttpStatus.FOUND).redirectedUrl().isEqualTo("/organisations");
        assertThat(isRead(id)).isTrue();
    }

    @Test
    void markingAllReadLeavesNoUnreadNotice() {
        UUID officer = idOf(COMMUNE_OFFICER);
        notifications.send(notice(officer, null, null));

        MvcTestResult result = mvc.post()
                .uri("/notifications/read-all")
                .with(as(COMMUNE_OFFICER))
                .with(csrf())
                .exchange();

        assertThat(result).hasStatus(HttpStatus.FOUND).redirectedUrl().isEqualTo("/notifications");
        assertThat(jdbc.sql("SELECT count(*) FROM notification WHERE recipient_user_id = ? AND read_at IS NULL")
                        .param(officer)
                        .query(Long.class)
                        .single())
                .isZero();
    }

    @Test
    void theApiListsOnlyTheCallersNoticesWithTheUnreadCount() {
        notifications.send(notice(idOf(FRONT_OFFICER), "/organisations", null));

        MvcTestResult own =
                mvc.get().uri("/api/v1/notifications").with(as(FRONT_OFFICER)).exchange();
        MvcTestResult other =
                mvc.get().uri("/api/v1/notifications").with(as(COMMUNE_OFFICER)).exchange();

        assertThat(own).hasStatusOk();
        assertThat(own)
                .bodyJson()
                .extractingPath("$.unread")
                .asNumber()
                .satisfies(n -> assertThat(n.longValue()).isPositive());
        assertThat(own).bodyJson().extractingPath("$.items[0].text").isEqualTo("Xem tất cả thông báo: " + word);
        assertThat(own).bodyJson().extractingPath("$.items[0].link").isEqualTo("/organisations");
        assertThat(other).bodyText().doesNotContain(word);
    }

    @Test
    void refusesALinkToAnotherSite() {
        UUID officer = idOf(COMMUNE_OFFICER);

        org.assertj.core.api.Assertions.assertThatThrownBy(
                        () -> notifications.send(notice(officer, "//evil.example/phish", null)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(rowsMentioning(word)).isZero();
    }

    private Notice notice(UUID recipient, String link, String dedupKey) {
        return new Notice(recipient, "test", "notification.digest.all", List.of(word), link, dedupKey);
    }

    private long rowsMentioning(String text) {
        return jdbc.sql("SELECT count(*) FROM notification WHERE args LIKE ?")
                .param("%" + text + "%")
                .query(Long.class)
                .single();
    }

    private UUID idMentioning(String text) {
        return jdbc.sql("SELECT id FROM notification WHERE args LIKE ?")
                .param("%" + text + "%")
                .query(UUID.class)
                .single();
    }

    private boolean isRead(UUID id) {
        return jdbc.sql("SELECT read_at IS NOT NULL FROM notification WHERE id = ?")
                .param(id)
                .query(Boolean.class)
                .single();
    }

    private UUID idOf(String username) {
        return ((CurrentUser) accounts.loadUserByUsername(username)).id();
    }

    private RequestPostProcessor as(String username) {
        return user(accounts.loadUserByUsername(username));
    }
}
