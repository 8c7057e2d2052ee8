package vn.danvan.covenant.internal;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * The form that adds a criterion: what it asks, how it is measured (a metric of the catalogue, or reported by the
 * party), its maximum points and one target per party ({@code targetParty[i]} ↔ {@code target[i]}).
 */
record CriterionForm(
        @NotBlank(message = "{cv.validation.code}") @Size(max = 20, message = "{cv.validation.codeLength}") @Nullable
        String code,

        @NotBlank(message = "{cv.validation.text}") @Size(max = 1000, message = "{cv.validation.textLength}") @Nullable
        String text,

        @Size(max = 60, message = "{cv.validation.unitLength}") @Nullable
        String unitOfMeasure,

        @NotNull(message = "{cv.validation.criterionKind}") @Nullable
        CriterionKind kind,

        @Nullable String metricCode,
        @Nullable String metricSubject,
        @Nullable Integer metricDays,

        @NotNull(message = "{cv.validation.maxPoints}")
        @DecimalMin(value = "0.01", message = "{cv.validation.maxPoints}")
        @DecimalMax(value = "1000", message = "{cv.validation.maxPoints}")
        @Nullable
        BigDecimal maxPoints,

        @Nullable Boolean lowerIsBetter,
        @Nullable Boolean evidenceRequired,

        @Size(max = 1000, message = "{cv.validation.howMeasuredLength}") @Nullable
        String howMeasured,

        @Nullable List<UUID> targetParty,
        @Nullable List<String> target) {

    static CriterionForm empty(@Nullable CriterionKind kind, @Nullable String metricCode) {
        return new CriterionForm(
                null, null, null, kind, metricCode, null, null, null, false, false, null, List.of(), List.of());
    }

    /** The target typed for a party, as text ("" when none). */
    public String targetFor(UUID partyId) {
        if (targetParty == null || target == null) {
            return "";
        }
        int i = targetParty.indexOf(partyId);
        return i >= 0 && i < target.size() && target.get(i) != null ? target.get(i) : "";
    }
}
