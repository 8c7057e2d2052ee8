package vn.danvan.landclearance.internal;

import java.util.List;

/**
 * The outcome of checking an uploaded list: every household read (good and bad), every error, and the counts shown
 * to the user.
 */
record HouseholdImportValidation(
        List<HouseholdImportDraft> households, List<ImportRowError> errors, int rows, int goodRows, int badRows) {

    List<HouseholdImportDraft> goodHouseholds() {
        return households.stream().filter(h -> !h.bad).toList();
    }

    int goodPlots() {
        return goodHouseholds().stream().mapToInt(h -> h.plots.size()).sum();
    }

    boolean clean() {
        return errors.isEmpty();
    }
}
