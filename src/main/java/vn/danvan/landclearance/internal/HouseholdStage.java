package vn.danvan.landclearance.internal;

/**
 * Where a household stands in the clearance of its land, in order. A household moves forward one or more stages at a
 * time (never to hand-over before consent); every change is kept in {@code lc_stage_change}.
 */
enum HouseholdStage {
    /** Chưa kiểm đếm. */
    NOT_INVENTORIED,
    /** Đã kiểm đếm. */
    INVENTORIED,
    /** Đã niêm yết phương án. */
    PLAN_POSTED,
    /** Đồng thuận. */
    AGREED,
    /** Đã chi trả. */
    PAID,
    /** Đã bàn giao mặt bằng. */
    HANDED_OVER;

    boolean isBefore(HouseholdStage other) {
        return ordinal() < other.ordinal();
    }

    /** Whether the household has consented (agreed, paid or handed over). */
    boolean consented() {
        return ordinal() >= AGREED.ordinal();
    }
}
