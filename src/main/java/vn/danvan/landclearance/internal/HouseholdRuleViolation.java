package vn.danvan.landclearance.internal;

import vn.danvan.shared.web.RuleViolation;

/**
 * A rule of households, plots, stages, visits or obstacles was broken; the message key names the rule and tells the
 * user why. Nothing was changed.
 */
class HouseholdRuleViolation extends RuleViolation {

    HouseholdRuleViolation(String messageKey, Object... args) {
        super(messageKey, args);
    }
}
