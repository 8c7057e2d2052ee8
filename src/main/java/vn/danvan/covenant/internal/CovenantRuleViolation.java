package vn.danvan.covenant.internal;

import vn.danvan.shared.web.RuleViolation;

/** A rule of covenants, criteria or scoring refused the request; the message key names the rule. */
class CovenantRuleViolation extends RuleViolation {

    CovenantRuleViolation(String messageKey, Object... args) {
        super(messageKey, args);
    }
}
