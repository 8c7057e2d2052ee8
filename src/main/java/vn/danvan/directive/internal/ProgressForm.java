package vn.danvan.directive.internal;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/** A progress report of the lead unit. */
record ProgressForm(
        @NotNull(message = "{directive.validation.percent}")
        @Min(value = 0, message = "{directive.validation.percent}")
        @Max(value = 100, message = "{directive.validation.percent}")
        @Nullable
        Integer percent,

        @NotBlank(message = "{directive.validation.narrative}")
        @Size(max = 10000, message = "{directive.validation.contentLength}")
        @Nullable
        String narrative,

        @DecimalMin(value = "0", message = "{directive.validation.target}") @Nullable
        BigDecimal indicatorValue,

        @Nullable Boolean completed) {

    static ProgressForm empty() {
        return new ProgressForm(null, null, null, false);
    }

    /** Whether the unit reports the task as complete (an unticked box sends nothing). */
    boolean done() {
        return Boolean.TRUE.equals(completed);
    }
}
