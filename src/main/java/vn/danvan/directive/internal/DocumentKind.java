package vn.danvan.directive.internal;

/** Kinds of document that assign work, with the type code used in their symbol. */
enum DocumentKind {
    /** Chỉ thị. */
    CHI_THI,
    /** Nghị quyết. */
    NGHI_QUYET,
    /** Kết luận. */
    KET_LUAN,
    /** Kế hoạch. */
    KE_HOACH,
    /** Hướng dẫn. */
    HUONG_DAN,
    /** Quy định. */
    QUY_DINH,
    /** Quyết định. */
    QUYET_DINH,
    /** Thông báo (kết luận). */
    THONG_BAO,
    /** Công văn. */
    CONG_VAN
}
