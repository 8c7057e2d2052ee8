package vn.danvan.organisation;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * An administrative unit (đơn vị hành chính), current or from before the 1 July 2025 reform.
 *
 * @param id {@code code} for current units ("33", "12133"), {@code "old-" + code} for units that ceased on
 *     30 June 2025 ("old-34", "old-336")
 * @param code the national statistics office code
 * @param name short name ("Hưng Yên")
 * @param fullName name with its kind ("Tỉnh Hưng Yên")
 * @param parentId the unit above it in its own era; {@code null} for provinces
 * @param path materialised path used for access scope: a current commune is "33/12133"; an old unit sits under
 *     the current province its old province merged into ("33/old-34/old-336"), so that scope by prefix over
 *     today's province covers records of old units that roll up into it
 * @param provinceCode the current province the unit belongs to or rolls up into
 * @param validFrom first day, {@code null} if unknown (old units)
 * @param validTo last day, {@code null} while in force
 */
public record AdminUnitView(
        String id,
        String code,
        UnitLevel level,
        UnitKind kind,
        String name,
        String fullName,
        @Nullable String nameEn,
        @Nullable String parentId,
        String path,
        String provinceCode,
        @Nullable LocalDate validFrom,
        @Nullable LocalDate validTo) {

    /** Whether the unit is in force on that day. */
    public boolean isValidAt(LocalDate day) {
        return (validFrom == null || !validFrom.isAfter(day)) && (validTo == null || !validTo.isBefore(day));
    }

    /** Whether the unit has no end date, i.e. belongs to the system in force. */
    public boolean isCurrent() {
        return validTo == null;
    }
}
