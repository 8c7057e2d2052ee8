package vn.danvan.landclearance.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import vn.danvan.shared.security.Scope;

/**
 * What a household list is checked against: the project's communes, the user's scope, the plots and household
 * codes already in the project, today's date, and whether a unit code exists at all (to tell an unknown commune from
 * one the project does not cross).
 */
record HouseholdImportContext(
        List<ProjectCommune> communes,
        Scope scope,
        Set<String> existingPlots,
        Set<String> existingCodes,
        LocalDate today,
        Predicate<String> unitExists) {

    /** A commune the project crosses. */
    record ProjectCommune(String unitId, String unitName, String unitPath) {

        /** The statistics code: the unit id without the "old-" prefix of units before 1 July 2025. */
        public String code() {
            return unitId.startsWith("old-") ? unitId.substring(4) : unitId;
        }
    }

    /** The key of a plot for duplicate checks: map sheet and plot number, trimmed, upper case, leading zeros dropped. */
    static String plotKey(String mapSheet, String plotNumber) {
        return normalisePlot(mapSheet) + "|" + normalisePlot(plotNumber);
    }

    private static String normalisePlot(String s) {
        String t = s.strip().toUpperCase(java.util.Locale.ROOT).replaceAll("\\s+", "");
        String stripped = t.replaceFirst("^0+(?=.)", "");
        return stripped;
    }
}
