package vn.danvan.calendar.internal;

/** What a day is for public bodies. */
enum DayStatus {
    /** An ordinary working day. */
    WORKING,
    /** Saturday or Sunday. */
    WEEKEND,
    /** A holiday day off. */
    HOLIDAY,
    /** A compensatory day off for a holiday on a weekly rest day (nghỉ bù). */
    COMPENSATORY,
    /** A Saturday or Sunday worked in exchange for another day off (làm bù). */
    SWAPPED_WORKING;

    boolean working() {
        return this == WORKING || this == SWAPPED_WORKING;
    }
}
