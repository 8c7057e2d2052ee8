package vn.danvan.calendar.internal;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;

/** A line of a year's official notice, as the administrator enters it. */
record NoticeEntryForm(
        @NotNull(message = "{cal.notice.validation.year}")
        @Min(value = 1900, message = "{cal.notice.validation.year}")
        @Max(value = 2199, message = "{cal.notice.validation.year}")
        @Nullable
        Integer year,

        @NotNull(message = "{cal.notice.validation.day}") @DateTimeFormat(pattern = "dd/MM/yyyy") @Nullable
        LocalDate day,

        @NotNull(message = "{cal.notice.validation.kind}") @Nullable
        EntryKind kind,

        @Nullable Holiday holiday,

        @NotBlank(message = "{cal.notice.validation.name}")
        @Size(max = 300, message = "{cal.notice.validation.nameLength}")
        @Nullable
        String name,

        @NotBlank(message = "{cal.notice.validation.source}")
        @Size(max = 500, message = "{cal.notice.validation.sourceLength}")
        @Nullable
        String source) {

    static NoticeEntryForm empty(int year) {
        return new NoticeEntryForm(year, null, EntryKind.DAY_OFF, null, null, null);
    }
}
