package vn.danvan.landclearance.internal;

/**
 * Two rules for the same limit (step, relation, earlier step, land kind) cannot be in force on the same day: the
 * date a step is due would be ambiguous. End the older rule's period first.
 */
class StepRuleOverlap extends ProjectRuleViolation {

    StepRuleOverlap(String legalBasis) {
        super("lc.rule.error.overlap", legalBasis);
    }
}
