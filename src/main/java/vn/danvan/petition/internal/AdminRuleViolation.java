package vn.danvan.petition.internal;

import vn.danvan.shared.web.RuleViolation;

/** A change on an administration page broke a rule; the message key names it and nothing was changed. */
class AdminRuleViolation extends RuleViolation {

    AdminRuleViolation(String messageKey, Object... args) {
        super(messageKey, args);
    }
}
