package vn.danvan.organisation;

import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** An organisation as other modules and templates see it. */
public record OrgUnitView(
        UUID id,
        OrgUnitKind kind,
        String name,
        @Nullable String abbreviation,
        String adminUnitId,
        @Nullable UUID parentId,
        @Nullable String village,
        String path,
        @Nullable LocalDate validFrom,
        @Nullable LocalDate validTo) {

    public boolean isActiveOn(LocalDate date) {
        return (validFrom == null || !validFrom.isAfter(date)) && (validTo == null || !validTo.isBefore(date));
    }
}
