package vn.danvan.calendar;

import java.time.LocalDate;

/**
 * Vietnam's working-day calendar for public bodies: Saturdays and Sundays off, statutory holidays (with the lunar ones
 * from the Vietnamese lunar calendar), compensatory days off, and the days each year's official notice sets or swaps.
 * A year's official notice, once entered, wins over the computed defaults.
 */
public interface WorkingCalendar {

    /** Whether public bodies work on that day. */
    boolean isWorkingDay(LocalDate day);

    /**
     * The date a period of {@code amount} days of the given kind ends, counted from {@code start} (the day of the
     * event, which is not counted). For calendar days with {@code civilCodeEnd}, a period whose last day is not a
     * working day ends on the next working day (Civil Code 2015 Art. 148 (4)–(5)). For working days, the result is
     * the {@code amount}-th working day after {@code start}. {@code amount} must not be negative; zero gives
     * {@code start} (or, with the end rule, the first working day on or after it).
     */
    LocalDate addDays(LocalDate start, int amount, DayKind kind, boolean civilCodeEnd);

    /** The number of working days after {@code from} up to and including {@code to} (0 when {@code to <= from}). */
    int workingDaysBetween(LocalDate from, LocalDate to);
}
