package vn.danvan.calendar.internal;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What the administrator entered for a year. With {@code complete}, the notice's days off replace every computed
 * holiday of the year; otherwise each holiday that has entries is replaced by them and the others stay computed.
 */
record YearNotice(int year, boolean complete, @Nullable String source, List<NoticeEntry> entries) {

    static YearNotice none(int year) {
        return new YearNotice(year, false, null, List.of());
    }
}
