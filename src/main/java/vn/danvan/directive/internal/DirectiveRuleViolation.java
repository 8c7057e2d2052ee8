package vn.danvan.directive.internal;

import vn.danvan.shared.web.RuleViolation;

/** A rule of the directive module was broken; the subclass names the rule, the message key tells the user. */
abstract class DirectiveRuleViolation extends RuleViolation {

    DirectiveRuleViolation(String messageKey, Object... args) {
        super(messageKey, args);
    }
}
