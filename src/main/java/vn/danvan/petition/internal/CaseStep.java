package vn.danvan.petition.internal;

/**
 * The status a case is in, which is also the step whose time limit runs (DOMAIN §4.2): a step row is written each
 * time the case enters one.
 */
enum CaseStep {
    RECEIVED,
    CLASSIFIED,
    ACCEPTED,
    TRANSFERRED,
    GUIDED,
    FILED,
    VERIFYING,
    DIALOGUE,
    DECIDED,
    CLOSED;

    /** Whether the case is finished with at this status (no time limit runs, nothing more to do). */
    public boolean isEnd() {
        return this == CLOSED || this == FILED || this == TRANSFERRED || this == GUIDED;
    }
}
