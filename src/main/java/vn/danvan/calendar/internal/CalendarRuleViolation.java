package vn.danvan.calendar.internal;

import vn.danvan.shared.web.RuleViolation;

/** A notice entry broke a rule of the calendar; nothing was saved. */
class CalendarRuleViolation extends RuleViolation {

    CalendarRuleViolation(String messageKey, Object... args) {
        super(messageKey, args);
    }

    /** The date of an entry lies outside the year of the notice. */
    static CalendarRuleViolation outsideYear(int year) {
        return new CalendarRuleViolation("cal.notice.error.outsideYear", String.valueOf(year));
    }

    /** The notice already has an entry on that date. */
    static CalendarRuleViolation duplicate(String day) {
        return new CalendarRuleViolation("cal.notice.error.duplicate", day);
    }

    /** A swapped working day (làm bù) must be a Saturday or a Sunday. */
    static CalendarRuleViolation workingDayNotWeekend() {
        return new CalendarRuleViolation("cal.notice.error.workingNotWeekend");
    }

    /** A Saturday or Sunday is already a day off. */
    static CalendarRuleViolation dayOffOnWeekend() {
        return new CalendarRuleViolation("cal.notice.error.offOnWeekend");
    }

    /** The day is already off for another holiday (or by another entry). */
    static CalendarRuleViolation alreadyHoliday() {
        return new CalendarRuleViolation("cal.notice.error.alreadyHoliday");
    }

    /** A day off must say which holiday it belongs to. */
    static CalendarRuleViolation holidayRequired() {
        return new CalendarRuleViolation("cal.notice.error.holidayRequired");
    }
}
