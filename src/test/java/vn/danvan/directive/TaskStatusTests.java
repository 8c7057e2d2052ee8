package vn.danvan.directive;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The status of a task follows from its deadline, its completion and today, as the Government's tracking counts. */
class TaskStatusTests {

    static final LocalDate DEADLINE = LocalDate.of(2026, 11, 30);

    @Test
    void completedOnTheDeadlineIsOnTime() {
        assertThat(TaskStatus.of(DEADLINE, DEADLINE, DEADLINE.plusDays(40))).isEqualTo(TaskStatus.COMPLETED_ON_TIME);
    }

    @Test
    void completedTheDayAfterTheDeadlineIsLate() {
        assertThat(TaskStatus.of(DEADLINE, DEADLINE.plusDays(1), DEADLINE.plusDays(1)))
                .isEqualTo(TaskStatus.COMPLETED_LATE);
    }

    @Test
    void openOnTheDeadlineDayIsStillInProgress() {
        assertThat(TaskStatus.of(DEADLINE, null, DEADLINE)).isEqualTo(TaskStatus.IN_PROGRESS);
    }

    @Test
    void openAfterTheDeadlineIsOverdue() {
        assertThat(TaskStatus.of(DEADLINE, null, DEADLINE.plusDays(1))).isEqualTo(TaskStatus.OVERDUE);
    }

    @Test
    void completedEarlyStaysOnTimeWhateverToday() {
        assertThat(TaskStatus.of(DEADLINE, DEADLINE.minusDays(10), DEADLINE.minusDays(20)))
                .isEqualTo(TaskStatus.COMPLETED_ON_TIME);
        assertThat(TaskStatus.COMPLETED_ON_TIME.isCompleted()).isTrue();
        assertThat(TaskStatus.OVERDUE.isCompleted()).isFalse();
    }
}
