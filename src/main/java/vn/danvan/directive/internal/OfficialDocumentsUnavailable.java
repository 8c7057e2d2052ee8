package vn.danvan.directive.internal;

/** The official documents module is not available, so no report can be numbered or rendered. */
class OfficialDocumentsUnavailable extends DirectiveRuleViolation {

    OfficialDocumentsUnavailable() {
        super("directive.error.officialDocumentsUnavailable");
    }
}
