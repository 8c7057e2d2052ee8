package vn.danvan.landclearance.internal;

/** An uploaded boundary cannot be used: the message key says why (unreadable, no polygon, bad coordinates, size). */
class ProjectBoundaryRejected extends ProjectRuleViolation {

    ProjectBoundaryRejected(String messageKey, Object... args) {
        super(messageKey, args);
    }
}
