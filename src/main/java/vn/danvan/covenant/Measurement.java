package vn.danvan.covenant;

import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/**
 * A measured value and the figures that produced it: for a share, the count and the total it was taken from (so that
 * a score can show "42 of 60 households"); for a plain count, the value alone.
 */
public record Measurement(
        BigDecimal value,
        @Nullable BigDecimal numerator,
        @Nullable BigDecimal denominator) {

    public static Measurement count(long value) {
        return new Measurement(BigDecimal.valueOf(value), null, null);
    }

    public static Measurement of(BigDecimal value) {
        return new Measurement(value, null, null);
    }

    /** A percentage of part in whole, two decimals; zero when the whole is zero. */
    public static Measurement share(BigDecimal part, BigDecimal whole) {
        BigDecimal value = whole.signum() == 0
                ? BigDecimal.ZERO
                : part.multiply(BigDecimal.valueOf(100)).divide(whole, 2, java.math.RoundingMode.HALF_UP);
        return new Measurement(value, part, whole);
    }
}
