package vn.danvan.landclearance.internal;

import jakarta.persistence.Embeddable;

/**
 * A commune (xã, phường — of today's hierarchy or of the one before July 2025) that a project crosses; its path scopes
 * what the commune's officers see of the project.
 */
@Embeddable
class ProjectCommune {

    private String unitId;
    private String unitName;
    private String unitPath;

    protected ProjectCommune() {}

    ProjectCommune(String unitId, String unitName, String unitPath) {
        this.unitId = unitId;
        this.unitName = unitName;
        this.unitPath = unitPath;
    }

    public String unitId() {
        return unitId;
    }

    public String unitName() {
        return unitName;
    }

    public String unitPath() {
        return unitPath;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ProjectCommune c && c.unitId.equals(unitId);
    }

    @Override
    public int hashCode() {
        return unitId.hashCode();
    }
}
