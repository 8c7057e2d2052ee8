package vn.danvan.audit;

/** Whether the audited action happened ({@code SUCCESS}) or was attempted and refused ({@code FAILURE}). */
public enum AuditOutcome {
    SUCCESS,
    FAILURE
}
