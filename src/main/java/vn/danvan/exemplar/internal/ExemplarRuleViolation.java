package vn.danvan.exemplar.internal;

import vn.danvan.shared.web.RuleViolation;

/** A rule of the registry refused the change; nothing was saved. */
class ExemplarRuleViolation extends RuleViolation {

    ExemplarRuleViolation(String messageKey, Object... args) {
        super(messageKey, args);
    }
}
