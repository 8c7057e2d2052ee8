package vn.danvan.petition.internal;

import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import vn.danvan.calendar.DayKind;
import vn.danvan.calendar.WorkingCalendar;
import vn.danvan.petition.PetitionKind;

/** A time-limit rule of {@code pt_deadline_rule}: one kind, one step, its variants and its legal basis. */
record DeadlineRule(
        UUID id,
        PetitionKind kind,
        CaseStep step,
        int amount,
        @Nullable Integer complexAmount,
        @Nullable Integer remoteAmount,
        @Nullable Integer remoteComplexAmount,
        DayKind dayKind,
        boolean civilCodeEnd,
        int maxExtensions,
        @Nullable Integer extensionAmount,
        String legalBasis,
        LocalDate effectiveFrom,
        @Nullable LocalDate effectiveTo,
        boolean verified) {

    /**
     * The number of days for a case with these flags: a remote complex case takes the remote-and-complex variant
     * (or, without one, the longer of the remote and the complex ones), otherwise the variant of its one flag, and
     * the base amount when the rule has no such variant.
     */
    int amountFor(boolean complex, boolean remote) {
        if (complex && remote) {
            if (remoteComplexAmount != null) {
                return remoteComplexAmount;
            }
            return Math.max(
                    complexAmount != null ? complexAmount : amount, remoteAmount != null ? remoteAmount : amount);
        }
        if (complex && complexAmount != null) {
            return complexAmount;
        }
        if (remote && remoteAmount != null) {
            return remoteAmount;
        }
        return amount;
    }

    /** The due date of a step begun on {@code start}. */
    LocalDate dueFrom(LocalDate start, boolean complex, boolean remote, WorkingCalendar calendar) {
        return calendar.addDays(start, amountFor(complex, remote), dayKind, civilCodeEnd);
    }

    /** The due date after one extension of {@code currentDue}. */
    LocalDate extend(LocalDate currentDue, WorkingCalendar calendar) {
        int days = extensionAmount != null ? extensionAmount : amount;
        return calendar.addDays(currentDue, days, dayKind, civilCodeEnd);
    }

    /** "30 ngày — Luật Khiếu nại 2011, Điều 28", stored with each step. */
    String summary(boolean complex, boolean remote) {
        String days = amountFor(complex, remote) + (dayKind == DayKind.WORKING_DAY ? " ngày làm việc" : " ngày");
        String text = days + " — " + legalBasis + (verified ? "" : " (chưa xác minh)");
        return text.length() > 600 ? text.substring(0, 600) : text;
    }
}
