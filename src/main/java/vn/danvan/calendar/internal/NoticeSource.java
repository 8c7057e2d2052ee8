package vn.danvan.calendar.internal;

import java.time.LocalDate;
import java.util.Optional;

/** Where the calendar reads what the administrator entered. */
interface NoticeSource {

    YearNotice notice(int year);

    /** The date from which 24 November is a day off, if the administrator switched it on. */
    Optional<LocalDate> cultureDayFrom();
}
