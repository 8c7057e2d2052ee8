package vn.danvan.directive.internal;

/** A review of how a document was carried out. */
enum ReviewKind {
    /** Sơ kết: after a period (6 months, a year). */
    INTERIM,
    /** Tổng kết: at the end. */
    FINAL
}
