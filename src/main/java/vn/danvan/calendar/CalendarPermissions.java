package vn.danvan.calendar;

/** The calendar module's permissions. Everyone signed in may read the calendar. */
public final class CalendarPermissions {

    /** Nhập thông báo nghỉ lễ, Tết hằng năm: enter each year's official notice (days off, swapped working days). */
    public static final String MANAGE = "calendar:manage";

    private CalendarPermissions() {}
}
