package vn.danvan.landclearance.internal;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;

/** The form that adds a time-limit rule with its period in force and its legal basis. */
record StepRuleForm(
        @NotNull(message = "{lc.rule.validation.step}") @Nullable
        ClearanceStep step,

        @NotNull(message = "{lc.rule.validation.relation}") StepRule.@Nullable Relation relation,

        @NotNull(message = "{lc.rule.validation.afterStep}") @Nullable
        ClearanceStep afterStep,

        @NotNull(message = "{lc.rule.validation.days}")
        @Min(value = 0, message = "{lc.rule.validation.daysRange}")
        @Max(value = 3650, message = "{lc.rule.validation.daysRange}")
        @Nullable
        Integer days,

        @Nullable LandKind landKind,

        @NotBlank(message = "{lc.rule.validation.legalBasis}")
        @Size(max = 500, message = "{lc.rule.validation.legalBasisLength}")
        @Nullable
        String legalBasis,

        @NotNull(message = "{lc.rule.validation.effectiveFrom}") @DateTimeFormat(pattern = "dd/MM/yyyy") @Nullable
        LocalDate effectiveFrom,

        @DateTimeFormat(pattern = "dd/MM/yyyy") @Nullable LocalDate effectiveTo,

        @Nullable Boolean verified) {

    static StepRuleForm empty() {
        return new StepRuleForm(null, null, null, null, null, null, null, null, false);
    }

    boolean isVerified() {
        return Boolean.TRUE.equals(verified);
    }
}
