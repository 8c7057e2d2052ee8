package vn.danvan.covenant.internal;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A party's entry for one criterion in one period: reported value and evidence, the measured value frozen at
 * closing, the self-score and the reviewed score with the reviewer's comment.
 */
record ScoreEntry(
        UUID id,
        UUID periodId,
        UUID criterionId,
        UUID partyId,
        @Nullable BigDecimal reportedValue,
        @Nullable UUID evidenceFileId,
        @Nullable String evidenceNote,
        @Nullable BigDecimal measuredValue,
        @Nullable BigDecimal selfScore,
        @Nullable String selfNote,
        @Nullable BigDecimal reviewedScore,
        @Nullable String reviewComment,
        @Nullable String reviewedByName,
        @Nullable Instant reviewedAt) {}
