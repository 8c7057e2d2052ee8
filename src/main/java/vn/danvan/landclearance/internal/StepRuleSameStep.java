package vn.danvan.landclearance.internal;

/** A rule measures a step from another, earlier-or-later step, never from itself. */
class StepRuleSameStep extends ProjectRuleViolation {

    StepRuleSameStep() {
        super("lc.rule.error.sameStep");
    }
}
