package vn.danvan.landclearance.internal;

/** Whether a project recovers mainly agricultural or non-agricultural land: the notice period depends on it. */
enum LandKind {
    AGRICULTURAL,
    NON_AGRICULTURAL
}
