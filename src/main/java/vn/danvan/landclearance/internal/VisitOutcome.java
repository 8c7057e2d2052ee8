package vn.danvan.landclearance.internal;

/** What an outreach visit came to. AGREED moves the household to the agreed stage. */
enum VisitOutcome {
    /** Chưa có chuyển biến. */
    NO_CHANGE,
    /** Hộ đồng ý. */
    AGREED,
    /** Hộ chưa đồng ý. */
    REFUSED,
    /** Phát sinh vướng mắc. */
    OBSTACLE
}
