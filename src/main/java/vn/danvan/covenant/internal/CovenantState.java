package vn.danvan.covenant.internal;

/** A covenant is drafted, then in force once its criteria and targets are complete, then closed after review. */
enum CovenantState {
    DRAFT,
    ACTIVE,
    CLOSED
}
