package vn.danvan.landclearance.internal;

import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;

/** Ends a rule's period in force on a given day (when a newer text replaces it). */
record StepRuleEndForm(
        @NotNull(message = "{lc.rule.validation.effectiveTo}") @DateTimeFormat(pattern = "dd/MM/yyyy") @Nullable
        LocalDate effectiveTo) {}
