package vn.danvan.directive.internal;

/** Hiệu lực: a document is in force until another amends or replaces it. */
enum DocumentState {
    /** Còn hiệu lực. */
    IN_FORCE,
    /** Đã được sửa đổi, bổ sung. */
    AMENDED,
    /** Đã được thay thế. */
    REPLACED
}
