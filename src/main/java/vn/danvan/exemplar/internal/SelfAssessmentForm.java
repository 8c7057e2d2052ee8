package vn.danvan.exemplar.internal;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/** A six-month or annual self-assessment. */
record SelfAssessmentForm(
        @NotBlank(message = "{ex.validation.period}")
        @Pattern(regexp = "HALF_YEAR|ANNUAL", message = "{ex.validation.period}")
        @Nullable
        String period,

        @NotBlank(message = "{ex.validation.assessmentText}")
        @Size(max = 8000, message = "{ex.validation.assessmentText}")
        @Nullable
        String text,

        @NotNull(message = "{ex.validation.effective}") @Nullable
        Boolean effective) {}
