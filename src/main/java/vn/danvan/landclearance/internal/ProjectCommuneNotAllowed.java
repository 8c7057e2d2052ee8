package vn.danvan.landclearance.internal;

/** A project crosses only communes of its own province that the user may see. */
class ProjectCommuneNotAllowed extends ProjectRuleViolation {

    ProjectCommuneNotAllowed(String unit) {
        super("lc.project.error.communeNotAllowed", unit);
    }
}
