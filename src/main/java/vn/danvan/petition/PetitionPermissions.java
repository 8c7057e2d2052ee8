package vn.danvan.petition;

/**
 * The petition module's permissions, granted through roles. Where they apply is the user's scope: a case is seen in
 * the area of the commune it concerns and in the area of the organisation handling it.
 */
public final class PetitionPermissions {

    /** Xem đơn thư, vụ việc trong phạm vi (without a denouncer's identity). */
    public static final String READ = "petition:read";

    /** Tiếp nhận, xử lý đơn: register letters and receptions, classify, accept, transfer, answer and close. */
    public static final String HANDLE = "petition:handle";

    /**
     * Quản lý: routing table, categories, time-limit rules, Open311 clients, and granting access to a denouncer's
     * identity case by case.
     */
    public static final String MANAGE = "petition:manage";

    /**
     * May be granted access to the identity of a confidential case's sender; access itself is given case by case and
     * every view is audited.
     */
    public static final String IDENTITY = "petition:identity";

    private PetitionPermissions() {}
}
