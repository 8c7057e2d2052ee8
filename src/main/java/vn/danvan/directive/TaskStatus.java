package vn.danvan.directive;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * A task's status in the terms of the Government's task tracking, always computed from its deadline, completion
 * and today's date — never typed in.
 */
public enum TaskStatus {
    /** Hoàn thành đúng hạn. */
    COMPLETED_ON_TIME,
    /** Hoàn thành quá hạn. */
    COMPLETED_LATE,
    /** Đang thực hiện trong hạn. */
    IN_PROGRESS,
    /** Quá hạn (chưa hoàn thành, đã quá hạn). */
    OVERDUE;

    /**
     * The same rule as {@link #of} in SQL, for lists and counts computed in the database; {@code :today} is the
     * parameter for today's date and the columns are {@code deadline} and {@code completed_on} of the alias given.
     */
    public static String sql(String alias) {
        String d = alias + ".deadline";
        String c = alias + ".completed_on";
        return "(CASE WHEN " + c + " IS NOT NULL AND " + c + " <= " + d + " THEN 'COMPLETED_ON_TIME'"
                + " WHEN " + c + " IS NOT NULL THEN 'COMPLETED_LATE'"
                + " WHEN " + d + " < :today THEN 'OVERDUE'"
                + " ELSE 'IN_PROGRESS' END)";
    }

    /**
     * The status of a task: completed on or before the deadline is on time, after it late; not completed is
     * overdue once the deadline has passed (the deadline day itself is still in time), else in progress.
     */
    public static TaskStatus of(LocalDate deadline, @Nullable LocalDate completedOn, LocalDate today) {
        if (completedOn != null) {
            return completedOn.isAfter(deadline) ? COMPLETED_LATE : COMPLETED_ON_TIME;
        }
        return today.isAfter(deadline) ? OVERDUE : IN_PROGRESS;
    }

    public boolean isCompleted() {
        return this == COMPLETED_ON_TIME || this == COMPLETED_LATE;
    }
}
