package vn.danvan.covenant.internal;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/** The reviewer's score for a cell and the comment that explains it; an empty score clears the review. */
record ReviewForm(
        @DecimalMin(value = "0", message = "{cv.validation.score}") @Nullable
        BigDecimal reviewedScore,

        @Size(max = 2000, message = "{cv.validation.noteLength}") @Nullable
        String comment) {}
