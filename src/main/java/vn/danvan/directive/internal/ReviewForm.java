package vn.danvan.directive.internal;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;

/** The form that opens a review of a document for a period. */
record ReviewForm(
        @NotNull(message = "{directive.validation.reviewKind}") @Nullable
        ReviewKind kind,

        @NotBlank(message = "{directive.validation.title}")
        @Size(max = 500, message = "{directive.validation.titleLength}")
        @Nullable
        String title,

        @NotNull(message = "{directive.validation.periodFrom}") @DateTimeFormat(pattern = "dd/MM/yyyy") @Nullable
        LocalDate periodFrom,

        @NotNull(message = "{directive.validation.periodTo}") @DateTimeFormat(pattern = "dd/MM/yyyy") @Nullable
        LocalDate periodTo,

        @NotNull(message = "{directive.validation.dueOn}") @DateTimeFormat(pattern = "dd/MM/yyyy") @Nullable
        LocalDate dueOn) {}
