package vn.danvan.directive.internal;

/** A task's deadline must not come before its start. */
class DeadlineBeforeStart extends DirectiveRuleViolation {

    DeadlineBeforeStart() {
        super("directive.error.deadlineBeforeStart");
    }
}
