package vn.danvan.covenant.internal;

import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** The commendation proposed for a party in a period (Cờ thi đua, Bằng khen, Giấy khen…) and why. */
record Award(
        UUID periodId, UUID partyId, String award, @Nullable String note) {}
