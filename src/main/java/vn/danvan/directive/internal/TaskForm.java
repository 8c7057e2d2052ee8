package vn.danvan.directive.internal;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;

/** The form that adds a task to a plan. */
record TaskForm(
        @NotBlank(message = "{directive.validation.title}")
        @Size(max = 500, message = "{directive.validation.titleLength}")
        @Nullable
        String title,

        @NotBlank(message = "{directive.validation.content}")
        @Size(max = 10000, message = "{directive.validation.contentLength}")
        @Nullable
        String content,

        @NotNull(message = "{directive.validation.lead}") @Nullable
        UUID leadOrgUnitId,

        @Nullable List<UUID> coordinatingOrgUnitIds,

        @NotNull(message = "{directive.validation.start}") @DateTimeFormat(pattern = "dd/MM/yyyy") @Nullable
        LocalDate start,

        @NotNull(message = "{directive.validation.deadline}") @DateTimeFormat(pattern = "dd/MM/yyyy") @Nullable
        LocalDate deadline,

        @Size(max = 1000, message = "{directive.validation.outputLength}") @Nullable
        String expectedOutput,

        @Size(max = 200, message = "{directive.validation.indicatorLength}") @Nullable
        String indicatorName,

        @Size(max = 50, message = "{directive.validation.indicatorLength}") @Nullable
        String indicatorUnit,

        @DecimalMin(value = "0", message = "{directive.validation.target}") @Nullable
        BigDecimal indicatorTarget) {

    static TaskForm empty() {
        return new TaskForm(null, null, null, List.of(), null, null, null, null, null, null);
    }

    Task.Terms terms() {
        return new Task.Terms(
                title == null ? "" : title,
                content == null ? "" : content,
                java.util.Objects.requireNonNull(start),
                java.util.Objects.requireNonNull(deadline),
                expectedOutput,
                indicatorName,
                indicatorUnit,
                indicatorTarget);
    }
}
