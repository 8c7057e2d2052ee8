package vn.danvan.landclearance.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * One of the explicit stage actions on a household page, each a small form: the action, its date and what it needs
 * (the amount for a payment; the stage and reason for a correction; the text for resettlement). Which fields an action
 * needs is checked by the service, which names the missing one.
 */
record StageChangeForm(
        @Nullable Action action,

        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable
        LocalDate on,

        @Nullable BigDecimal amount,
        @Nullable Boolean late,
        @Nullable HouseholdStage stage,
        @Nullable String text) {

    /** The explicit actions. */
    enum Action {
        INVENTORY,
        PLAN_POSTED,
        CONSENT,
        PAYMENT,
        HANDOVER,
        RESETTLEMENT,
        CORRECTION
    }
}
