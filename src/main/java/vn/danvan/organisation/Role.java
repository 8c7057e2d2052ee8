package vn.danvan.organisation;

import java.util.Set;
import vn.danvan.audit.AuditPermissions;

/**
 * A role is a set of permissions, granted to a user in an organisation; the organisation's area is where the
 * permissions apply. Other modules add their permissions here as they are built.
 */
public enum Role {
    /** Quản trị hệ thống: manages accounts and reference data everywhere. */
    SYSTEM_ADMIN(
            true,
            OrganisationPermissions.ORGANISATIONS_READ,
            OrganisationPermissions.ORGANISATIONS_MANAGE,
            OrganisationPermissions.USERS_MANAGE,
            OrganisationPermissions.UNITS_ADMIN,
            AuditPermissions.READ,
            "meeting:read" /* MeetingPermissions.READ */,
            "meeting:manage" /* MeetingPermissions.MANAGE */,
            "directive:read" /* DirectivePermissions.READ */,
            "directive:manage" /* DirectivePermissions.MANAGE */,
            "directive:report" /* DirectivePermissions.REPORT */,
            "landclearance:read" /* LandClearancePermissions.READ */,
            "landclearance:manage" /* LandClearancePermissions.MANAGE */,
            "landclearance:record" /* LandClearancePermissions.RECORD */,
            "covenant:read" /* CovenantPermissions.READ */,
            "covenant:manage" /* CovenantPermissions.MANAGE */,
            "covenant:report" /* CovenantPermissions.REPORT */,
            "petition:read" /* PetitionPermissions.READ */,
            "petition:handle" /* PetitionPermissions.HANDLE */,
            "petition:manage" /* PetitionPermissions.MANAGE */,
            "calendar:manage" /* CalendarPermissions.MANAGE */,
            "exemplar:read" /* ExemplarPermissions.READ */,
            "exemplar:register" /* ExemplarPermissions.REGISTER */,
            "exemplar:evaluate" /* ExemplarPermissions.EVALUATE */,
            "exemplar:manage" /* ExemplarPermissions.MANAGE */),
    /** Lãnh đạo Ban (tỉnh): directs and follows the work of the whole province. */
    PROVINCE_BOARD_LEADER(
            false,
            OrganisationPermissions.ORGANISATIONS_READ,
            "meeting:read" /* MeetingPermissions.READ */,
            "meeting:manage" /* MeetingPermissions.MANAGE */,
            "directive:read" /* DirectivePermissions.READ */,
            "directive:manage" /* DirectivePermissions.MANAGE */,
            "landclearance:read" /* LandClearancePermissions.READ */,
            "landclearance:manage" /* LandClearancePermissions.MANAGE */,
            "covenant:read" /* CovenantPermissions.READ */,
            "covenant:manage" /* CovenantPermissions.MANAGE */,
            "petition:read" /* PetitionPermissions.READ */,
            "petition:manage" /* PetitionPermissions.MANAGE */,
            "petition:identity" /* PetitionPermissions.IDENTITY */,
            "exemplar:read" /* ExemplarPermissions.READ */,
            "exemplar:evaluate" /* ExemplarPermissions.EVALUATE */),
    /** Chuyên viên Ban (tỉnh): keeps the province's organisations and people up to date. */
    PROVINCE_BOARD_SPECIALIST(
            false,
            OrganisationPermissions.ORGANISATIONS_READ,
            OrganisationPermissions.ORGANISATIONS_MANAGE,
            "meeting:read" /* MeetingPermissions.READ */,
            "meeting:manage" /* MeetingPermissions.MANAGE */,
            "directive:read" /* DirectivePermissions.READ */,
            "directive:manage" /* DirectivePermissions.MANAGE */,
            "directive:report" /* DirectivePermissions.REPORT */,
            "landclearance:read" /* LandClearancePermissions.READ */,
            "landclearance:manage" /* LandClearancePermissions.MANAGE */,
            "landclearance:record" /* LandClearancePermissions.RECORD */,
            "covenant:read" /* CovenantPermissions.READ */,
            "covenant:manage" /* CovenantPermissions.MANAGE */,
            "petition:read" /* PetitionPermissions.READ */,
            "petition:handle" /* PetitionPermissions.HANDLE */,
            "exemplar:read" /* ExemplarPermissions.READ */,
            "exemplar:register" /* ExemplarPermissions.REGISTER */,
            "exemplar:evaluate" /* ExemplarPermissions.EVALUATE */,
            "exemplar:manage" /* ExemplarPermissions.MANAGE */),
    /** Cán bộ xã/phường: records the work of one commune. */
    COMMUNE_OFFICER(
            false,
            OrganisationPermissions.ORGANISATIONS_READ,
            OrganisationPermissions.ORGANISATIONS_MANAGE,
            "meeting:read" /* MeetingPermissions.READ */,
            "meeting:manage" /* MeetingPermissions.MANAGE */,
            "directive:read" /* DirectivePermissions.READ */,
            "directive:report" /* DirectivePermissions.REPORT */,
            "landclearance:read" /* LandClearancePermissions.READ */,
            "landclearance:record" /* LandClearancePermissions.RECORD */,
            "covenant:read" /* CovenantPermissions.READ */,
            "covenant:report" /* CovenantPermissions.REPORT */,
            "petition:read" /* PetitionPermissions.READ */,
            "petition:handle" /* PetitionPermissions.HANDLE */,
            "exemplar:read" /* ExemplarPermissions.READ */,
            "exemplar:register" /* ExemplarPermissions.REGISTER */),
    /** Cán bộ Mặt trận: Fatherland Front work in its area. */
    FRONT_OFFICER(
            false,
            OrganisationPermissions.ORGANISATIONS_READ,
            "meeting:read" /* MeetingPermissions.READ */,
            "directive:read" /* DirectivePermissions.READ */,
            "directive:report" /* DirectivePermissions.REPORT */,
            "landclearance:read" /* LandClearancePermissions.READ */,
            "landclearance:record" /* LandClearancePermissions.RECORD */,
            "covenant:read" /* CovenantPermissions.READ */,
            "covenant:report" /* CovenantPermissions.REPORT */,
            "petition:read" /* PetitionPermissions.READ */,
            "exemplar:read" /* ExemplarPermissions.READ */,
            "exemplar:register" /* ExemplarPermissions.REGISTER */),
    /** Cán bộ xử lý (cơ quan): handles cases assigned to an agency. */
    AGENCY_HANDLER(
            false,
            OrganisationPermissions.ORGANISATIONS_READ,
            "meeting:read" /* MeetingPermissions.READ */,
            "directive:read" /* DirectivePermissions.READ */,
            "directive:report" /* DirectivePermissions.REPORT */,
            "petition:read" /* PetitionPermissions.READ */,
            "petition:handle" /* PetitionPermissions.HANDLE */,
            "petition:identity" /* PetitionPermissions.IDENTITY */,
            "exemplar:read" /* ExemplarPermissions.READ */);

    private final boolean everywhere;
    private final Set<String> permissions;

    Role(boolean everywhere, String... permissions) {
        this.everywhere = everywhere;
        this.permissions = Set.of(permissions);
    }

    /** Whether the role applies everywhere, whatever organisation it was granted in. */
    public boolean everywhere() {
        return everywhere;
    }

    public Set<String> permissions() {
        return permissions;
    }
}
