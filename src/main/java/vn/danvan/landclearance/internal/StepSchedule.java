package vn.danvan.landclearance.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import vn.danvan.landclearance.internal.StepRule.Relation;

/**
 * The statutory timeline of a project: for each {@link ClearanceStep}, in order, the date it was reached and the
 * dates the rules in force give it. For every limit (step, relation, earlier step) the rule applied is the one in
 * force on the day the earlier step was reached — or today while it is not — and whose land kind is the project's
 * or any (a rule for the project's land kind wins over one for any kind). A deadline is the earlier step's date plus
 * the days; an earliest date likewise. Pure computation: no database, no clock.
 */
final class StepSchedule {

    /** How many days before a deadline a step not yet reached counts as due soon. */
    static final int DUE_SOON_DAYS = 7;

    /** Where a step stands. */
    enum State {
        DONE_ON_TIME,
        DONE_LATE,
        DONE_TOO_EARLY,
        OVERDUE,
        DUE_SOON,
        WAITING
    }

    /** A rule applied to a step, with the date it gives (null while the earlier step is not reached). */
    record Applied(StepRule rule, @Nullable LocalDate date) {}

    /** One line of the timeline. {@code outOfOrder}: reached while an earlier step was not, or later than it. */
    record Line(
            ClearanceStep step,
            @Nullable LocalDate reachedOn,
            @Nullable String documentRef,
            @Nullable String note,
            @Nullable LocalDate dueOn,
            @Nullable LocalDate earliestOn,
            List<Applied> rules,
            State state,
            boolean outOfOrder) {

        public boolean reached() {
            return reachedOn != null;
        }
    }

    /** What was recorded for a step. */
    record Reached(
            LocalDate on,
            @Nullable String documentRef,
            @Nullable String note) {}

    private final List<Line> lines;

    private StepSchedule(List<Line> lines) {
        this.lines = List.copyOf(lines);
    }

    static StepSchedule compute(
            List<StepRule> rules, Map<ClearanceStep, Reached> reached, LandKind landKind, LocalDate today) {
        List<Line> lines = new ArrayList<>();
        for (ClearanceStep step : ClearanceStep.values()) {
            Reached mine = reached.get(step);
            List<Applied> applied = applied(rules, step, reached, landKind, today);
            LocalDate due = applied.stream()
                    .filter(a -> a.rule().relation() == Relation.NO_LATER_THAN && a.date() != null)
                    .map(Applied::date)
                    .min(Comparator.naturalOrder())
                    .orElse(null);
            LocalDate earliest = applied.stream()
                    .filter(a -> a.rule().relation() == Relation.NOT_BEFORE && a.date() != null)
                    .map(Applied::date)
                    .max(Comparator.naturalOrder())
                    .orElse(null);
            LocalDate on = mine == null ? null : mine.on();
            lines.add(new Line(
                    step,
                    on,
                    mine == null ? null : mine.documentRef(),
                    mine == null ? null : mine.note(),
                    due,
                    earliest,
                    applied,
                    state(on, due, earliest, today),
                    on != null && outOfOrder(step, on, reached)));
        }
        return new StepSchedule(lines);
    }

    /** For each limit of the step, the rule in force on the earlier step's date (or today), most specific first. */
    private static List<Applied> applied(
            List<StepRule> rules,
            ClearanceStep step,
            Map<ClearanceStep, Reached> reached,
            LandKind landKind,
            LocalDate today) {
        Map<Relation, Map<ClearanceStep, StepRule>> chosen = new EnumMap<>(Relation.class);
        for (StepRule rule : rules) {
            if (rule.step() != step || !rule.appliesTo(landKind)) {
                continue;
            }
            Reached base = reached.get(rule.afterStep());
            LocalDate ruleDay = base == null ? today : base.on();
            if (!rule.inForceOn(ruleDay)) {
                continue;
            }
            Map<ClearanceStep, StepRule> byAfter =
                    chosen.computeIfAbsent(rule.relation(), r -> new EnumMap<>(ClearanceStep.class));
            StepRule current = byAfter.get(rule.afterStep());
            if (current == null || (current.landKind() == null && rule.landKind() != null)) {
                byAfter.put(rule.afterStep(), rule);
            }
        }
        List<Applied> result = new ArrayList<>();
        chosen.values()
                .forEach(byAfter -> byAfter.values().forEach(rule -> {
                    Reached base = reached.get(rule.afterStep());
                    result.add(new Applied(rule, base == null ? null : base.on().plusDays(rule.days())));
                }));
        return result;
    }

    private static State state(
            @Nullable LocalDate reachedOn, @Nullable LocalDate due, @Nullable LocalDate earliest, LocalDate today) {
        if (reachedOn != null) {
            if (due != null && reachedOn.isAfter(due)) {
                return State.DONE_LATE;
            }
            if (earliest != null && reachedOn.isBefore(earliest)) {
                return State.DONE_TOO_EARLY;
            }
            return State.DONE_ON_TIME;
        }
        if (due != null && today.isAfter(due)) {
            return State.OVERDUE;
        }
        if (due != null && !today.plusDays(DUE_SOON_DAYS).isBefore(due)) {
            return State.DUE_SOON;
        }
        return State.WAITING;
    }

    /** Reached while a step before it in order is not reached, or was reached on a later day. */
    private static boolean outOfOrder(ClearanceStep step, LocalDate on, Map<ClearanceStep, Reached> reached) {
        for (ClearanceStep earlier : ClearanceStep.values()) {
            if (earlier.ordinal() >= step.ordinal()) {
                break;
            }
            Reached r = reached.get(earlier);
            if (r == null || r.on().isAfter(on)) {
                return true;
            }
        }
        return false;
    }

    public List<Line> lines() {
        return lines;
    }

    Line line(ClearanceStep step) {
        return lines.get(step.ordinal());
    }

    /** The first step not yet reached that has a deadline, by deadline: what the province page shows next. */
    Optional<Line> nextDue() {
        return lines.stream().filter(l -> !l.reached() && l.dueOn() != null).min(Comparator.comparing(Line::dueOn));
    }
}
