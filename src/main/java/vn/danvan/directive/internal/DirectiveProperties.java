package vn.danvan.directive.internal;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code danvan.directive.reminder-days}: how many days before a task's deadline its lead unit is reminded
 * (default 3); {@code danvan.directive.overdue-reminder-days}: for how many days after the deadline an unfinished
 * task is reminded as overdue, daily (default 30, so a task abandoned years ago does not remind forever).
 */
@ConfigurationProperties("danvan.directive")
record DirectiveProperties(
        @Nullable Integer reminderDays, @Nullable Integer overdueReminderDays) {

    static final int DEFAULT_REMINDER_DAYS = 3;
    static final int DEFAULT_OVERDUE_REMINDER_DAYS = 30;

    int leadDays() {
        return reminderDays == null || reminderDays < 0 ? DEFAULT_REMINDER_DAYS : reminderDays;
    }

    int overdueDays() {
        return overdueReminderDays == null || overdueReminderDays < 0
                ? DEFAULT_OVERDUE_REMINDER_DAYS
                : overdueReminderDays;
    }
}
