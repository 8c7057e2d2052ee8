package vn.danvan.directive.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import vn.danvan.directive.TaskOrigin;
import vn.danvan.directive.TaskStatus;

/** The rules a task keeps by itself: its dates, its progress, its completion and where it came from. */
class TaskRulesTests {

    static final Instant NOW = Instant.parse("2026-11-29T03:00:00Z");
    static final LocalDate START = LocalDate.of(2026, 10, 1);
    static final LocalDate DEADLINE = LocalDate.of(2026, 12, 31);

    final ImplementationPlan plan =
            new ImplementationPlan(UUID.randomUUID(), "Kế hoạch", UUID.randomUUID(), "33", "33", false, NOW);

    Task task(LocalDate start, LocalDate deadline) {
        return new Task(
                plan,
                null,
                new Task.Terms("Nhiệm vụ", "Nội dung", start, deadline, null, "Hộ dân", "hộ", BigDecimal.TEN),
                UUID.randomUUID(),
                "33/11953",
                "33",
                List.of(),
                null,
                false,
                NOW);
    }

    @Test
    void refusesADeadlineBeforeTheStart() {
        assertThatThrownBy(() -> task(START, START.minusDays(1))).isInstanceOf(DeadlineBeforeStart.class);
    }

    @Test
    void acceptsADeadlineOnTheStartDay() {
        assertThat(task(START, START).deadline()).isEqualTo(START);
    }

    @Test
    void refusesProgressOverOneHundredPercentAndKeepsTheFigures() {
        Task task = task(START, DEADLINE);
        task.recordProgress(30, BigDecimal.ONE, false, START.plusDays(5), NOW);

        assertThatThrownBy(() -> task.recordProgress(101, BigDecimal.TEN, false, START.plusDays(6), NOW))
                .isInstanceOf(PercentOutOfRange.class);
        assertThatThrownBy(() -> task.recordProgress(-1, null, false, START.plusDays(6), NOW))
                .isInstanceOf(PercentOutOfRange.class);
        assertThat(task.percentComplete()).isEqualTo(30);
        assertThat(task.indicatorValue()).isEqualByComparingTo(BigDecimal.ONE);
    }

    @Test
    void markingCompleteSetsTheCompletionDateAndAHundredPercent() {
        Task task = task(START, DEADLINE);

        task.recordProgress(80, null, true, DEADLINE.plusDays(2), NOW);

        assertThat(task.completedOn()).isEqualTo(DEADLINE.plusDays(2));
        assertThat(task.percentComplete()).isEqualTo(100);
        assertThat(task.status(DEADLINE.plusDays(3))).isEqualTo(TaskStatus.COMPLETED_LATE);
    }

    @Test
    void aCompletedTaskTakesNoMoreReports() {
        Task task = task(START, DEADLINE);
        task.recordProgress(100, null, true, START.plusDays(1), NOW);

        assertThatThrownBy(() -> task.recordProgress(50, null, false, START.plusDays(2), NOW))
                .isInstanceOf(TaskAlreadyCompleted.class);
    }

    @Test
    void aClosedPlanTakesNoNewTasks() {
        plan.close();

        assertThatThrownBy(() -> task(START, DEADLINE)).isInstanceOf(PlanClosedForTasks.class);
    }

    @Test
    void keepsWhereATaskCameFrom() {
        UUID proposal = UUID.randomUUID();
        UUID meeting = UUID.randomUUID();
        Task task = new Task(
                plan,
                null,
                new Task.Terms("Nhiệm vụ", "Nội dung", START, DEADLINE, null, null, null, null),
                UUID.randomUUID(),
                "33",
                "33",
                List.of(),
                new TaskOrigin("meeting", "proposal", proposal, meeting, "Tọa đàm 8/3/2023"),
                false,
                NOW);

        assertThat(task.origin())
                .isEqualTo(new TaskOrigin("meeting", "proposal", proposal, meeting, "Tọa đàm 8/3/2023"));
        assertThat(TaskController.originLink(task.origin())).isEqualTo("/meetings/" + meeting);
    }

    @Test
    void theLeadIsNeverAlsoACoordinator() {
        UUID lead = UUID.randomUUID();
        UUID other = UUID.randomUUID();
        Task task = new Task(
                plan,
                null,
                new Task.Terms("Nhiệm vụ", "Nội dung", START, DEADLINE, null, null, null, null),
                lead,
                "33",
                "33",
                List.of(lead, other),
                null,
                false,
                NOW);

        assertThat(task.coordinatingOrgUnitIds()).containsExactly(other);
    }
}
