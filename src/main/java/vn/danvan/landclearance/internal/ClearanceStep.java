package vn.danvan.landclearance.internal;

/** The statutory steps of a project's land clearance (DOMAIN §6.1), in order. */
enum ClearanceStep {
    /** Chủ đầu tư đề nghị, kèm hồ sơ dự án. */
    REQUEST,
    /** Kế hoạch thu hồi đất, điều tra, khảo sát, đo đạc, kiểm đếm. */
    SURVEY_PLAN,
    /** Họp với người sử dụng đất trong khu vực thu hồi. */
    MEETING,
    /** Thông báo thu hồi đất. */
    NOTICE,
    /** Kiểm đếm đất đai, tài sản; xác định nguồn gốc đất. */
    INVENTORY,
    /** Niêm yết công khai phương án bồi thường, hỗ trợ, tái định cư và lấy ý kiến. */
    PLAN_POSTED,
    /** Đối thoại với người còn chưa đồng ý. */
    DIALOGUE,
    /** Thẩm định, phê duyệt phương án. */
    APPROVAL,
    /** Chi trả bồi thường, hỗ trợ. */
    PAYMENT,
    /** Quyết định thu hồi đất. */
    RECOVERY_DECISION,
    /** Bàn giao mặt bằng. */
    HANDOVER
}
