package vn.danvan.directive.internal;

/** A consolidated review takes no more unit reports and is not consolidated twice. */
class ReviewClosed extends DirectiveRuleViolation {

    ReviewClosed() {
        super("directive.error.reviewClosed");
    }
}
