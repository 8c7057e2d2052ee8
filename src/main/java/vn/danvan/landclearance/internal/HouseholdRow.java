package vn.danvan.landclearance.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** A household in a list: the identity number is already masked. */
record HouseholdRow(
        UUID id,
        String code,
        String headName,
        String maskedIdNumber,
        String unitName,
        String address,
        HouseholdStage stage,
        @Nullable LocalDate agreedOn,
        @Nullable BigDecimal paidAmount,
        @Nullable LocalDate paidOn,
        @Nullable LocalDate handedOverOn,
        @Nullable ObstacleReason openReason) {}
