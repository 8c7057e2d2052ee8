package vn.danvan.directive.internal;

/** A review period must end on or after its first day, and its reports be due after it starts. */
class PeriodEndsBeforeItStarts extends DirectiveRuleViolation {

    PeriodEndsBeforeItStarts() {
        super("directive.error.periodEndsBeforeStart");
    }
}
