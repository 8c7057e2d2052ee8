package vn.danvan.landclearance.internal;

/** A step is recorded as reached on a day that has come, not in advance. */
class ProjectStepInFuture extends ProjectRuleViolation {

    ProjectStepInFuture() {
        super("lc.project.error.stepInFuture");
    }
}
