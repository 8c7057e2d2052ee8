package vn.danvan.directive;

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
    OVERDUE
}
