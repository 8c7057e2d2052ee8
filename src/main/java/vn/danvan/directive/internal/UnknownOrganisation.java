package vn.danvan.directive.internal;

/** The organisation named on a form does not exist or lies outside the user's area. */
class UnknownOrganisation extends DirectiveRuleViolation {

    UnknownOrganisation() {
        super("directive.error.unknownOrganisation");
    }
}
