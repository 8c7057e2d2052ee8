package vn.danvan.audit;

/** Permissions of the audit module. The organisation module grants them through roles. */
public final class AuditPermissions {

    /** Browse the audit trail and run the chain check. Granted to system administrators. */
    public static final String READ = "audit:read";

    private AuditPermissions() {}
}
