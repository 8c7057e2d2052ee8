package vn.danvan.directive.internal;

/** A plan that was closed takes no new tasks. */
class PlanClosedForTasks extends DirectiveRuleViolation {

    PlanClosedForTasks() {
        super("directive.error.planClosed");
    }
}
