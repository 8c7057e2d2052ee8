package vn.danvan.landclearance.internal;

import org.jspecify.annotations.Nullable;

/** The household list's filters: stage, commune, reason of an open obstacle, and text (head, code, address). */
record HouseholdFilter(
        @Nullable HouseholdStage stage,
        @Nullable String unit,
        @Nullable ObstacleReason reason,
        @Nullable String q) {

    boolean hasText() {
        return q != null && !q.isBlank();
    }

    boolean hasUnit() {
        return unit != null && !unit.isBlank();
    }
}
