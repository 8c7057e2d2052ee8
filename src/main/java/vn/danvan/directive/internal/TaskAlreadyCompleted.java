package vn.danvan.directive.internal;

/** A completed task takes no more progress reports. */
class TaskAlreadyCompleted extends DirectiveRuleViolation {

    TaskAlreadyCompleted() {
        super("directive.error.taskCompleted");
    }
}
