package vn.danvan.covenant.internal;

/** A criterion is measured from live data through the metric catalogue, or reported by the party with evidence. */
enum CriterionKind {
    MEASURED,
    REPORTED
}
