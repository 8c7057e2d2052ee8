package vn.danvan.calendar.internal;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/** Whether the year's notice is entered in full (its days off then replace every computed holiday), and its source (required: a notice is cited by its document). */
record NoticeYearForm(
        @Nullable Boolean complete,

        @NotBlank(message = "{cal.notice.validation.source}")
        @Size(max = 500, message = "{cal.notice.validation.sourceLength}")
        @Nullable
        String source) {

    boolean isComplete() {
        return Boolean.TRUE.equals(complete);
    }
}
