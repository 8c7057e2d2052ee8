package vn.danvan.landclearance.internal;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** A household's stage moved: from what to what, effective on which date, and why (for a correction or a visit). */
record HouseholdStageMove(
        HouseholdStage from,
        HouseholdStage to,
        LocalDate effectiveOn,
        @Nullable String reason) {}
