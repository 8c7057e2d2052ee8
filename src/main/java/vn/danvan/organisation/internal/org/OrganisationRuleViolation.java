package vn.danvan.organisation.internal.org;

import vn.danvan.shared.web.RuleViolation;

/** A rule of organisations, people or accounts was broken; the message key says which. */
public class OrganisationRuleViolation extends RuleViolation {

    public OrganisationRuleViolation(String messageKey, Object... args) {
        super(messageKey, args);
    }
}
