package vn.danvan.organisation;

/** Permissions of the organisation module, granted through {@link Role}s. */
public final class OrganisationPermissions {

    /** See organisations, people and positions in one's scope. */
    public static final String ORGANISATIONS_READ = "organisation:read";

    /** Create and change organisations, people and positions in one's scope. */
    public static final String ORGANISATIONS_MANAGE = "organisation:manage";

    /** Create user accounts and grant or revoke roles. */
    public static final String USERS_MANAGE = "organisation:users";

    /** Administer the reference data of administrative units (e.g. review unmatched lineage). */
    public static final String UNITS_ADMIN = "organisation:units-admin";

    private OrganisationPermissions() {}
}
