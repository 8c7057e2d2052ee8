package vn.danvan.covenant.internal;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/** A party's own entry for a criterion: the value it reports with its evidence note, and its self-score. */
record SelfScoreForm(
        @DecimalMin(value = "0", message = "{cv.validation.reportedValue}") @Nullable
        BigDecimal reportedValue,

        @Size(max = 2000, message = "{cv.validation.noteLength}") @Nullable
        String evidenceNote,

        @DecimalMin(value = "0", message = "{cv.validation.score}") @Nullable
        BigDecimal selfScore,

        @Size(max = 2000, message = "{cv.validation.noteLength}") @Nullable
        String selfNote) {}
