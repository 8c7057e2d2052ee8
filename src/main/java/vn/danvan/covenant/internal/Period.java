package vn.danvan.covenant.internal;

import java.time.LocalDate;
import java.util.UUID;

/** Kỳ chấm điểm (sơ kết, tổng kết): measured values are taken as of its end; once closed it is read-only. */
record Period(UUID id, UUID covenantId, String name, LocalDate endsOn, boolean closed) {

    /** The date values are measured as of: the period's end, or today while it has not ended. */
    public LocalDate asOf(LocalDate today) {
        return endsOn.isAfter(today) ? today : endsOn;
    }
}
