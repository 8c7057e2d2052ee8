package vn.danvan.directive.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import vn.danvan.directive.internal.DeadlineReminders.Kind;
import vn.danvan.directive.internal.DeadlineReminders.OpenTask;
import vn.danvan.directive.internal.DeadlineReminders.Reminder;

/** Which unfinished tasks are reminded on a given day. */
class DeadlineRemindersTests {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 29);

    static OpenTask due(LocalDate deadline) {
        return new OpenTask(UUID.randomUUID(), "Nhiệm vụ", UUID.randomUUID(), deadline);
    }

    @Test
    void remindsFromThreeDaysBeforeTheDeadlineUntilTheDeadlineDay() {
        OpenTask inThree = due(TODAY.plusDays(3));
        OpenTask inFour = due(TODAY.plusDays(4));
        OpenTask today = due(TODAY);

        List<Reminder> reminders = DeadlineReminders.select(List.of(inThree, inFour, today), TODAY, 3, 30);

        assertThat(reminders)
                .containsExactlyInAnyOrder(new Reminder(inThree, Kind.DUE_SOON), new Reminder(today, Kind.DUE_SOON));
    }

    @Test
    void remindsOverdueTasksDailyForThirtyDaysOnly() {
        OpenTask yesterday = due(TODAY.minusDays(1));
        OpenTask monthAgo = due(TODAY.minusDays(30));
        OpenTask longAgo = due(TODAY.minusDays(31));

        List<Reminder> reminders = DeadlineReminders.select(List.of(yesterday, monthAgo, longAgo), TODAY, 3, 30);

        assertThat(reminders)
                .containsExactlyInAnyOrder(new Reminder(yesterday, Kind.OVERDUE), new Reminder(monthAgo, Kind.OVERDUE));
    }

    @Test
    void theLeadTimeIsConfigurable() {
        OpenTask inTen = due(TODAY.plusDays(10));

        assertThat(DeadlineReminders.select(List.of(inTen), TODAY, 3, 30)).isEmpty();
        assertThat(DeadlineReminders.select(List.of(inTen), TODAY, 10, 30)).hasSize(1);
        assertThat(new DirectiveProperties(null, null).leadDays()).isEqualTo(3);
        assertThat(new DirectiveProperties(7, null).leadDays()).isEqualTo(7);
    }

    @Test
    void theDedupKeyNamesTheTaskTheKindAndTheDay() {
        OpenTask t = due(TODAY);

        assertThat(new Reminder(t, Kind.DUE_SOON).dedupKey(TODAY))
                .isEqualTo("directive:task:" + t.id() + ":DUE_SOON:2026-11-29");
    }
}
