package vn.danvan.landclearance.internal;

/** A project's code is unique in its province. */
class ProjectCodeTaken extends ProjectRuleViolation {

    ProjectCodeTaken(String code) {
        super("lc.project.error.codeTaken", code);
    }
}
