package vn.danvan.calendar.internal;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * Switches 24 November (Ngày Văn hóa Việt Nam) on from a date ({@code action} "on", {@code from} required) or off
 * ({@code action} "off").
 */
record CultureDayForm(
        @Nullable String action,
        @DateTimeFormat(pattern = "dd/MM/yyyy") @Nullable LocalDate from) {

    boolean switchOn() {
        return "on".equals(action) && from != null;
    }

    boolean switchOff() {
        return "off".equals(action);
    }
}
