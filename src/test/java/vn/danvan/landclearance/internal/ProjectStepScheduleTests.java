package vn.danvan.landclearance.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import vn.danvan.landclearance.internal.StepRule.Relation;
import vn.danvan.landclearance.internal.StepSchedule.State;

/** The statutory timeline: which rule applies, the dates it gives, and where each step stands. */
class ProjectStepScheduleTests {

    static final LocalDate LAW_2024 = LocalDate.of(2024, 8, 1);
    static final LocalDate NQ_254 = LocalDate.of(2026, 1, 1);

    /** The notice periods before a recovery decision: 90/180 days until 2025, then 60/120 days. */
    static final List<StepRule> NOTICE_RULES = List.of(
            rule(
                    ClearanceStep.RECOVERY_DECISION,
                    Relation.NOT_BEFORE,
                    ClearanceStep.NOTICE,
                    90,
                    LandKind.AGRICULTURAL,
                    LAW_2024,
                    LocalDate.of(2025, 12, 31)),
            rule(
                    ClearanceStep.RECOVERY_DECISION,
                    Relation.NOT_BEFORE,
                    ClearanceStep.NOTICE,
                    180,
                    LandKind.NON_AGRICULTURAL,
                    LAW_2024,
                    LocalDate.of(2025, 12, 31)),
            rule(
                    ClearanceStep.RECOVERY_DECISION,
                    Relation.NOT_BEFORE,
                    ClearanceStep.NOTICE,
                    60,
                    LandKind.AGRICULTURAL,
                    NQ_254,
                    null),
            rule(
                    ClearanceStep.RECOVERY_DECISION,
                    Relation.NOT_BEFORE,
                    ClearanceStep.NOTICE,
                    120,
                    LandKind.NON_AGRICULTURAL,
                    NQ_254,
                    null),
            rule(ClearanceStep.PAYMENT, Relation.NO_LATER_THAN, ClearanceStep.APPROVAL, 30, null, LAW_2024, null));

    @Test
    void appliesTheRuleInForceOnTheDayTheEarlierStepWasReached() {
        LocalDate today = LocalDate.of(2026, 6, 1);
        StepSchedule beforeChange = StepSchedule.compute(
                NOTICE_RULES, reached(ClearanceStep.NOTICE, LocalDate.of(2025, 12, 31)), LandKind.AGRICULTURAL, today);
        StepSchedule afterChange = StepSchedule.compute(
                NOTICE_RULES, reached(ClearanceStep.NOTICE, LocalDate.of(2026, 1, 1)), LandKind.AGRICULTURAL, today);

        assertThat(beforeChange.line(ClearanceStep.RECOVERY_DECISION).earliestOn())
                .isEqualTo(LocalDate.of(2025, 12, 31).plusDays(90));
        assertThat(afterChange.line(ClearanceStep.RECOVERY_DECISION).earliestOn())
                .isEqualTo(LocalDate.of(2026, 1, 1).plusDays(60));
    }

    @Test
    void appliesTheRuleOfTheProjectsLandKind() {
        Map<ClearanceStep, StepSchedule.Reached> notice = reached(ClearanceStep.NOTICE, LocalDate.of(2026, 2, 1));
        LocalDate today = LocalDate.of(2026, 3, 1);

        StepSchedule agricultural = StepSchedule.compute(NOTICE_RULES, notice, LandKind.AGRICULTURAL, today);
        StepSchedule nonAgricultural = StepSchedule.compute(NOTICE_RULES, notice, LandKind.NON_AGRICULTURAL, today);

        assertThat(agricultural.line(ClearanceStep.RECOVERY_DECISION).earliestOn())
                .isEqualTo(LocalDate.of(2026, 4, 2));
        assertThat(nonAgricultural.line(ClearanceStep.RECOVERY_DECISION).earliestOn())
                .isEqualTo(LocalDate.of(2026, 6, 1));
        assertThat(agricultural.line(ClearanceStep.RECOVERY_DECISION).rules())
                .extracting(a -> a.rule().days())
                .containsExactly(60);
    }

    @Test
    void whileTheEarlierStepIsNotReachedTheRuleInForceTodayIsShownWithoutADate() {
        StepSchedule schedule =
                StepSchedule.compute(NOTICE_RULES, Map.of(), LandKind.AGRICULTURAL, LocalDate.of(2025, 6, 1));

        StepSchedule.Line recovery = schedule.line(ClearanceStep.RECOVERY_DECISION);
        assertThat(recovery.rules()).extracting(a -> a.rule().days()).containsExactly(90);
        assertThat(recovery.rules()).allSatisfy(a -> assertThat(a.date()).isNull());
        assertThat(recovery.earliestOn()).isNull();
        assertThat(recovery.state()).isEqualTo(State.WAITING);
    }

    @Test
    void aRuleForTheLandKindWinsOverOneForAnyKind() {
        List<StepRule> rules = List.of(
                rule(ClearanceStep.PAYMENT, Relation.NO_LATER_THAN, ClearanceStep.APPROVAL, 30, null, LAW_2024, null),
                rule(
                        ClearanceStep.PAYMENT,
                        Relation.NO_LATER_THAN,
                        ClearanceStep.APPROVAL,
                        20,
                        LandKind.NON_AGRICULTURAL,
                        LAW_2024,
                        null));
        Map<ClearanceStep, StepSchedule.Reached> approved = reached(ClearanceStep.APPROVAL, LocalDate.of(2026, 3, 1));

        assertThat(StepSchedule.compute(rules, approved, LandKind.NON_AGRICULTURAL, LocalDate.of(2026, 3, 2))
                        .line(ClearanceStep.PAYMENT)
                        .dueOn())
                .isEqualTo(LocalDate.of(2026, 3, 21));
        assertThat(StepSchedule.compute(rules, approved, LandKind.AGRICULTURAL, LocalDate.of(2026, 3, 2))
                        .line(ClearanceStep.PAYMENT)
                        .dueOn())
                .isEqualTo(LocalDate.of(2026, 3, 31));
    }

    @Test
    void aStepNotReachedIsWaitingThenDueSoonThenOverdue() {
        Map<ClearanceStep, StepSchedule.Reached> approved = reached(ClearanceStep.APPROVAL, LocalDate.of(2026, 3, 1));
        LocalDate due = LocalDate.of(2026, 3, 31);

        assertThat(state(approved, due.minusDays(StepSchedule.DUE_SOON_DAYS + 1)))
                .isEqualTo(State.WAITING);
        assertThat(state(approved, due.minusDays(StepSchedule.DUE_SOON_DAYS))).isEqualTo(State.DUE_SOON);
        assertThat(state(approved, due)).isEqualTo(State.DUE_SOON);
        assertThat(state(approved, due.plusDays(1))).isEqualTo(State.OVERDUE);
    }

    @Test
    void aStepReachedIsOnTimeLateOrTooEarly() {
        Map<ClearanceStep, StepSchedule.Reached> steps = new EnumMap<>(ClearanceStep.class);
        steps.put(ClearanceStep.APPROVAL, new StepSchedule.Reached(LocalDate.of(2026, 3, 1), null, null));
        steps.put(ClearanceStep.PAYMENT, new StepSchedule.Reached(LocalDate.of(2026, 3, 31), null, null));
        LocalDate today = LocalDate.of(2026, 9, 1);
        assertThat(StepSchedule.compute(NOTICE_RULES, steps, LandKind.AGRICULTURAL, today)
                        .line(ClearanceStep.PAYMENT)
                        .state())
                .isEqualTo(State.DONE_ON_TIME);

        steps.put(ClearanceStep.PAYMENT, new StepSchedule.Reached(LocalDate.of(2026, 4, 1), null, null));
        assertThat(StepSchedule.compute(NOTICE_RULES, steps, LandKind.AGRICULTURAL, today)
                        .line(ClearanceStep.PAYMENT)
                        .state())
                .isEqualTo(State.DONE_LATE);

        steps.put(ClearanceStep.NOTICE, new StepSchedule.Reached(LocalDate.of(2026, 2, 1), null, null));
        steps.put(ClearanceStep.RECOVERY_DECISION, new StepSchedule.Reached(LocalDate.of(2026, 4, 1), null, null));
        assertThat(StepSchedule.compute(NOTICE_RULES, steps, LandKind.AGRICULTURAL, today)
                        .line(ClearanceStep.RECOVERY_DECISION)
                        .state())
                .isEqualTo(State.DONE_TOO_EARLY);
    }

    @Test
    void aStepReachedBeforeAnEarlierOneIsAllowedButShownOutOfOrder() {
        Map<ClearanceStep, StepSchedule.Reached> steps = new EnumMap<>(ClearanceStep.class);
        steps.put(ClearanceStep.REQUEST, new StepSchedule.Reached(LocalDate.of(2026, 1, 5), null, null));
        steps.put(ClearanceStep.MEETING, new StepSchedule.Reached(LocalDate.of(2026, 1, 10), null, null));

        StepSchedule schedule = StepSchedule.compute(List.of(), steps, LandKind.AGRICULTURAL, LocalDate.of(2026, 2, 1));

        assertThat(schedule.line(ClearanceStep.REQUEST).outOfOrder()).isFalse();
        assertThat(schedule.line(ClearanceStep.MEETING).reached()).isTrue();
        assertThat(schedule.line(ClearanceStep.MEETING).outOfOrder()).isTrue();
        assertThat(schedule.line(ClearanceStep.SURVEY_PLAN).outOfOrder()).isFalse();
    }

    @Test
    void theNextDueStepIsTheEarliestDeadlineNotYetReached() {
        List<StepRule> rules = List.of(
                rule(
                        ClearanceStep.SURVEY_PLAN,
                        Relation.NO_LATER_THAN,
                        ClearanceStep.REQUEST,
                        10,
                        null,
                        LAW_2024,
                        null),
                rule(ClearanceStep.PAYMENT, Relation.NO_LATER_THAN, ClearanceStep.APPROVAL, 30, null, LAW_2024, null));
        Map<ClearanceStep, StepSchedule.Reached> steps = reached(ClearanceStep.REQUEST, LocalDate.of(2026, 1, 5));

        StepSchedule schedule = StepSchedule.compute(rules, steps, LandKind.AGRICULTURAL, LocalDate.of(2026, 1, 20));

        assertThat(schedule.nextDue()).get().satisfies(line -> {
            assertThat(line.step()).isEqualTo(ClearanceStep.SURVEY_PLAN);
            assertThat(line.dueOn()).isEqualTo(LocalDate.of(2026, 1, 15));
            assertThat(line.state()).isEqualTo(State.OVERDUE);
        });
    }

    @Test
    void rulesOfTheSameLimitOverlapWhenTheirPeriodsShareADay() {
        StepRule closed = rule(
                ClearanceStep.PAYMENT,
                Relation.NO_LATER_THAN,
                ClearanceStep.APPROVAL,
                30,
                null,
                LAW_2024,
                LocalDate.of(2025, 12, 31));

        assertThat(closed.overlaps(LocalDate.of(2025, 12, 31), null)).isTrue();
        assertThat(closed.overlaps(LocalDate.of(2026, 1, 1), null)).isFalse();
        assertThat(closed.overlaps(LocalDate.of(2020, 1, 1), LocalDate.of(2024, 8, 1)))
                .isTrue();
        assertThat(closed.overlaps(LocalDate.of(2020, 1, 1), LocalDate.of(2024, 7, 31)))
                .isFalse();
    }

    private static State state(Map<ClearanceStep, StepSchedule.Reached> steps, LocalDate today) {
        return StepSchedule.compute(NOTICE_RULES, steps, LandKind.AGRICULTURAL, today)
                .line(ClearanceStep.PAYMENT)
                .state();
    }

    private static Map<ClearanceStep, StepSchedule.Reached> reached(ClearanceStep step, LocalDate on) {
        Map<ClearanceStep, StepSchedule.Reached> map = new EnumMap<>(ClearanceStep.class);
        map.put(step, new StepSchedule.Reached(on, null, null));
        return map;
    }

    private static StepRule rule(
            ClearanceStep step,
            Relation relation,
            ClearanceStep after,
            int days,
            @Nullable LandKind kind,
            LocalDate from,
            @Nullable LocalDate to) {
        return new StepRule(UUID.randomUUID(), step, relation, after, days, kind, "test", from, to, false);
    }
}
