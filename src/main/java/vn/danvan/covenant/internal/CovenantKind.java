package vn.danvan.covenant.internal;

/** Hình thức thi đua: regular (annual, usually within a cluster) or thematic / campaign emulation. */
enum CovenantKind {
    ANNUAL,
    CAMPAIGN
}
