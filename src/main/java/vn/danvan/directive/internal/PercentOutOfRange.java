package vn.danvan.directive.internal;

/** Progress is a percentage from 0 to 100. */
class PercentOutOfRange extends DirectiveRuleViolation {

    PercentOutOfRange() {
        super("directive.error.percentOutOfRange");
    }
}
