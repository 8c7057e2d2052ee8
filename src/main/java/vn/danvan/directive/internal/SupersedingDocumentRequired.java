package vn.danvan.directive.internal;

/** A document marked amended or replaced must name the document that amends or replaces it (not itself). */
class SupersedingDocumentRequired extends DirectiveRuleViolation {

    SupersedingDocumentRequired() {
        super("directive.error.supersedingRequired");
    }
}
