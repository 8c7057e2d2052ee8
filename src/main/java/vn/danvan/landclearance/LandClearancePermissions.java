package vn.danvan.landclearance;

/**
 * The land-clearance module's permissions, granted through roles. Where they apply is the user's scope: a project is
 * seen by its owner's area and by the communes it crosses; a household only by its commune's area (and the areas
 * above it).
 */
public final class LandClearancePermissions {

    /** Xem dự án trọng điểm và tiến độ GPMB: projects, households (identity numbers masked), pages and charts. */
    public static final String READ = "landclearance:read";

    /**
     * Quản lý dự án: the board registers key projects, records the steps reached, keeps the time-limit rules and
     * answers obstacles escalated to the province.
     */
    public static final String MANAGE = "landclearance:manage";

    /**
     * Cập nhật hộ dân: the commune (and the Front) keeps households, plots and stages, imports household lists,
     * records outreach visits and obstacles, and escalates those it cannot solve.
     */
    public static final String RECORD = "landclearance:record";

    private LandClearancePermissions() {}
}
