package vn.danvan.landclearance.internal;

/** A rule's period in force ends on or after its first day. */
class StepRulePeriodInvalid extends ProjectRuleViolation {

    StepRulePeriodInvalid() {
        super("lc.rule.error.periodInvalid");
    }
}
