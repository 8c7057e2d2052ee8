package vn.danvan.calendar;

/** How a time limit counts: every day, or working days only. */
public enum DayKind {
    /** Ngày (calendar days). */
    CALENDAR_DAY,
    /** Ngày làm việc (working days). */
    WORKING_DAY
}
