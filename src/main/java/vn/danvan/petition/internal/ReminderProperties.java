package vn.danvan.petition.internal;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code danvan.petition.reminder.lead-working-days}: a case whose current step is due within this many working days
 * is in the day's digest (default 3); overdue cases always are. {@code danvan.petition.reminder.max-listed}: how many
 * cases a digest lists by code (default 10), the rest counted.
 */
@ConfigurationProperties("danvan.petition.reminder")
record ReminderProperties(
        @Nullable Integer leadWorkingDays, @Nullable Integer maxListed) {

    int lead() {
        return leadWorkingDays == null || leadWorkingDays < 0 ? 3 : leadWorkingDays;
    }

    int listed() {
        return maxListed == null || maxListed < 1 ? 10 : maxListed;
    }
}
