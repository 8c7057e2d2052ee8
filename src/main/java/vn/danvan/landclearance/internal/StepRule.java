package vn.danvan.landclearance.internal;

import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A statutory time limit kept as data (lc_step_rule): {@code step} is due {@link Relation#NO_LATER_THAN} (a
 * deadline) or {@link Relation#NOT_BEFORE} (an earliest date) {@code days} after {@code afterStep} was reached. The
 * rule is in force from {@code effectiveFrom} to {@code effectiveTo} (inclusive, open when {@code null}) and applies
 * to every project, or only to those of one {@link LandKind}. {@code verified} is false while the value has not been
 * checked against the official text (shown as "chưa kiểm chứng").
 */
record StepRule(
        UUID id,
        ClearanceStep step,
        Relation relation,
        ClearanceStep afterStep,
        int days,
        @Nullable LandKind landKind,
        String legalBasis,
        LocalDate effectiveFrom,
        @Nullable LocalDate effectiveTo,
        boolean verified) {

    /** How the step relates to the earlier one. */
    enum Relation {
        /** Chậm nhất … ngày sau: a deadline. */
        NO_LATER_THAN,
        /** Không sớm hơn … ngày sau: an earliest date (a minimum period such as the notice before recovery). */
        NOT_BEFORE
    }

    boolean inForceOn(LocalDate day) {
        return !effectiveFrom.isAfter(day) && (effectiveTo == null || !effectiveTo.isBefore(day));
    }

    boolean appliesTo(LandKind kind) {
        return landKind == null || landKind == kind;
    }

    /** Whether the two rules govern the same limit (step, relation, earlier step, land kind). */
    boolean sameLimitAs(StepRule other) {
        return step == other.step
                && relation == other.relation
                && afterStep == other.afterStep
                && landKind == other.landKind;
    }

    /** Whether the periods in force of the two rules share a day. */
    boolean overlaps(LocalDate from, @Nullable LocalDate to) {
        boolean startsBeforeOtherEnds = to == null || !effectiveFrom.isAfter(to);
        boolean otherStartsBeforeThisEnds = effectiveTo == null || !from.isAfter(effectiveTo);
        return startsBeforeOtherEnds && otherStartsBeforeThisEnds;
    }
}
