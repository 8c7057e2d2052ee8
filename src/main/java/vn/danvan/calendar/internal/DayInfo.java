package vn.danvan.calendar.internal;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * One day of the calendar: its status, the holiday it belongs to (for a compensatory day, the holiday it makes up
 * for), and where it comes from: {@code noticeSource} is the official document for a day set by a notice, null for a
 * computed day; {@code name} is the notice line's own name, if any.
 */
record DayInfo(
        LocalDate date,
        DayStatus status,
        @Nullable Holiday holiday,
        @Nullable String name,
        @Nullable String noticeSource) {

    boolean fromNotice() {
        return noticeSource != null;
    }
}
