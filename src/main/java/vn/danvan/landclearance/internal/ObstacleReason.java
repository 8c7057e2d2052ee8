package vn.danvan.landclearance.internal;

/** Why a household's clearance is held up (vướng mắc). */
enum ObstacleReason {
    /** Không đồng ý đơn giá, mức bồi thường. */
    PRICE,
    /** Tranh chấp, chưa xác định được nguồn gốc đất. */
    LAND_ORIGIN,
    /** Thừa kế chưa phân chia. */
    INHERITANCE,
    /** Chủ sử dụng vắng mặt. */
    ABSENT_OWNER,
    /** Đất đang thế chấp. */
    MORTGAGE,
    /** Lý do khác. */
    OTHER
}
