package vn.danvan.petition.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.danvan.calendar.WorkingCalendar;
import vn.danvan.notification.Notifications;

/**
 * The daily reminders: cases due within three working days and overdue ones reach the handlers and supervisors whose
 * scope covers the handling organisation, one digest per person per day, naming cases only by code, subject and due
 * date; a second run the same day sends nothing.
 */
@SpringBootTest(properties = "danvan.demo.enabled=true")
@AutoConfigureMockMvc
class ReminderDigestsTests {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Notifications notifications;

    @Autowired
    WorkingCalendar calendar;

    // A Monday far from the demo data's dates, so only this test's cases are due around it.
    static final LocalDate TODAY = LocalDate.of(2031, 6, 2);

    ReminderDigests job() {
        Clock clock = Clock.fixed(
                TODAY.atTime(6, 15).atZone(ZoneId.of("Asia/Ho_Chi_Minh")).toInstant(), ZoneId.of("Asia/Ho_Chi_Minh"));
        return new ReminderDigests(jdbc, notifications, calendar, new ReminderProperties(3, 10), clock);
    }

    UUID userId(String username) {
        return jdbc.sql("SELECT id FROM user_account WHERE username = :u")
                .param("u", username)
                .query(UUID.class)
                .single();
    }

    List<String> noticesOf(UUID user) {
        return jdbc.sql(
                        "SELECT args FROM notification WHERE recipient_user_id = :u AND message_key = 'pv.reminder.digest'"
                                + " AND dedup_key LIKE :d")
                .param("u", user)
                .param("d", "%" + TODAY)
                .query(String.class)
                .list();
    }

    @Test
    void sendsOneDigestPerPersonPerDayToHandlersAndSupervisorsInScope() {
        LocalDate received = TODAY.minusDays(20);
        String dueSoon = Open311Fixtures.pcase(
                jdbc, "REFLECTION", "ACCEPTED", null, "11953", received, TODAY.plusDays(2), null, "33/11953", null);
        String overdue = Open311Fixtures.pcase(
                jdbc, "COMPLAINT", "VERIFYING", null, "11953", received, TODAY.minusDays(1), null, "33/11953", null);
        String later = Open311Fixtures.pcase(
                jdbc, "REFLECTION", "ACCEPTED", null, "11953", received, TODAY.plusDays(30), null, "33/11953", null);
        String closed = Open311Fixtures.pcase(
                jdbc,
                "REFLECTION",
                "CLOSED",
                null,
                "11953",
                received,
                TODAY.minusDays(3),
                TODAY.minusDays(4),
                "33/11953",
                null);
        String elsewhere = Open311Fixtures.pcase(
                jdbc, "REFLECTION", "ACCEPTED", null, "11980", received, TODAY.plusDays(1), null, "33/11980", null);

        var digests = job().digests(TODAY);
        UUID commune = userId("canbo.phohien");
        UUID leader = userId("lanhdao.tinh");
        UUID front = userId("mattran.phohien");
        var mine = digests.stream()
                .filter(d -> d.userId().equals(commune))
                .findFirst()
                .orElseThrow();
        assertThat(mine.cases())
                .extracting(ReminderDigests.DueCase::trackingCode)
                .contains(dueSoon, overdue)
                .doesNotContain(later, closed, elsewhere);
        assertThat(mine.overdue(TODAY)).isGreaterThanOrEqualTo(1);
        var leaders = digests.stream()
                .filter(d -> d.userId().equals(leader))
                .findFirst()
                .orElseThrow();
        assertThat(leaders.cases())
                .extracting(ReminderDigests.DueCase::trackingCode)
                .contains(dueSoon, overdue, elsewhere);
        assertThat(digests).noneMatch(d -> d.userId().equals(front));

        int first = job().run();
        int second = job().run();
        assertThat(first).isGreaterThan(0);
        assertThat(second).isZero();
        List<String> sent = noticesOf(commune);
        assertThat(sent).hasSize(1);
        assertThat(sent.get(0)).doesNotContain("Nội dung bí mật");
    }

    @Test
    void dueSoonCountsWorkingDays() {
        // From Monday 2 June 2031, three working days end on Thursday 5 June.
        assertThat(job().dueLimit(TODAY)).isEqualTo(LocalDate.of(2031, 6, 5));
    }
}
