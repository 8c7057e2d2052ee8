package vn.danvan.calendar.internal;

/** The kind of a line of a year's official notice. */
enum EntryKind {
    /** A holiday day off. */
    DAY_OFF,
    /** A compensatory day off (nghỉ bù). */
    COMPENSATORY,
    /** A Saturday or Sunday worked in exchange (làm bù). */
    WORKING_DAY
}
