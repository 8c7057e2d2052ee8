package vn.danvan.directive.internal;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/** A unit's review report: results, shortcomings, their causes, and proposals. */
record ReviewReportForm(
        @NotBlank(message = "{directive.validation.results}")
        @Size(max = 10000, message = "{directive.validation.contentLength}")
        @Nullable
        String results,

        @Size(max = 10000, message = "{directive.validation.contentLength}") @Nullable
        String shortcomings,

        @Size(max = 10000, message = "{directive.validation.contentLength}") @Nullable
        String causes,

        @Size(max = 10000, message = "{directive.validation.contentLength}") @Nullable
        String proposals) {

    static ReviewReportForm of(ReviewUnit unit) {
        return new ReviewReportForm(unit.results(), unit.shortcomings(), unit.causes(), unit.proposals());
    }
}
