package vn.danvan.covenant.internal;

import java.math.BigDecimal;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * Tiêu chí: a criterion of a covenant with its maximum points; measured from a metric of the catalogue (with the
 * metric's subject and number of days where it needs them) or reported by the party, with evidence if required.
 */
record Criterion(
        UUID id,
        UUID covenantId,
        int position,
        String code,
        String text,
        String unitOfMeasure,
        CriterionKind kind,
        @Nullable String metricCode,
        @Nullable String metricSubject,
        @Nullable Integer metricDays,
        BigDecimal maxPoints,
        boolean lowerIsBetter,
        boolean evidenceRequired,
        @Nullable String howMeasured) {

    public boolean isMeasured() {
        return kind == CriterionKind.MEASURED;
    }
}
