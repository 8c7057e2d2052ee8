package vn.danvan.organisation;

/**
 * One link of the 2025 reorganisation seen from a unit: the unit on the other side (a predecessor or a
 * successor) and whether only part of the predecessor went into the successor ("một phần", "phần còn lại").
 */
public record UnitLineageView(AdminUnitView unit, boolean partial) {}
