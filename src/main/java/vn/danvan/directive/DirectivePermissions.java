package vn.danvan.directive;

/**
 * The directive module's permissions, granted through roles. Where they apply is the user's scope: a task belongs
 * to the area of its lead organisation.
 */
public final class DirectivePermissions {

    /** Xem văn bản chỉ đạo, kế hoạch, nhiệm vụ: everyone with a role. */
    public static final String READ = "directive:read";

    /**
     * Quản lý chỉ đạo: the board registers documents, plans and tasks, splits tasks, opens reviews and consolidates.
     */
    public static final String MANAGE = "directive:manage";

    /** Báo cáo tiến độ: the lead unit of a task reports its progress. */
    public static final String REPORT = "directive:report";

    private DirectivePermissions() {}
}
