package vn.danvan.meeting;

/** Permissions of the meeting module, granted through the organisation module's roles. */
public final class MeetingPermissions {

    /** See the meetings of one's area, their proposals and what became of them. */
    public static final String READ = "meeting:read";

    /**
     * Organise meetings of one's area: invite, record attendance and contributions, consolidate proposals into tasks,
     * issue the conclusion notice and record covenant signings.
     */
    public static final String MANAGE = "meeting:manage";

    private MeetingPermissions() {}
}
