package vn.danvan.landclearance.internal;

/** A plot (map sheet + plot number) belongs to one household of a project only. */
class PlotAlreadyRecorded extends HouseholdRuleViolation {

    PlotAlreadyRecorded(String mapSheet, String plotNumber) {
        super("lc.household.error.plotTaken", plotNumber, mapSheet);
    }
}
