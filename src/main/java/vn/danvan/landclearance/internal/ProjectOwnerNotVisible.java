package vn.danvan.landclearance.internal;

/** A project is owned by an organisation the user may see. */
class ProjectOwnerNotVisible extends ProjectRuleViolation {

    ProjectOwnerNotVisible() {
        super("lc.project.error.ownerNotVisible");
    }
}
