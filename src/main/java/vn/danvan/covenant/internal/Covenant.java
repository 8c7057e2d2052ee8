package vn.danvan.covenant.internal;

import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * Giao ước thi đua: an emulation covenant between a higher board and lower units, or among the members of a
 * cluster, for a year or a campaign. Its owner's area ({@code path}) and its parties' areas scope it.
 */
record Covenant(
        UUID id,
        String title,
        CovenantKind kind,
        int year,
        LocalDate startsOn,
        LocalDate endsOn,
        UUID ownerOrgId,
        String ownerOrgName,
        String path,
        @Nullable LocalDate signedOn,
        @Nullable UUID meetingId,
        @Nullable UUID meetingSigningId,
        @Nullable UUID signedFileId,
        @Nullable String description,
        CovenantState state,
        boolean demo,
        int version) {

    /** Criteria and periods may change while drafting, and while in force until a period has been closed. */
    public boolean isOpenForChanges(boolean anyPeriodClosed) {
        return state == CovenantState.DRAFT || (state == CovenantState.ACTIVE && !anyPeriodClosed);
    }

    public boolean covers(LocalDate date) {
        return !date.isBefore(startsOn) && !date.isAfter(endsOn);
    }
}
