package vn.danvan.covenant.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The scoring rules of a covenant (quy chế chấm điểm): the score a value earns against its target, which score
 * counts, and how parties are ranked. Pure functions, so that the rules can be read and tested on their own.
 */
final class Scoring {

    static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private Scoring() {}

    /**
     * The computed score: {@code maxPoints × min(1, actual / target)}; when lower is better
     * {@code maxPoints × min(1, target / actual)}, full points for an actual of zero. Two decimals; {@code null} when
     * there is no actual value.
     */
    static @Nullable BigDecimal computed(
            BigDecimal maxPoints, BigDecimal target, @Nullable BigDecimal actual, boolean lowerIsBetter) {
        if (actual == null || target.signum() <= 0) {
            return null;
        }
        BigDecimal ratio;
        if (lowerIsBetter) {
            ratio = actual.signum() <= 0 ? BigDecimal.ONE : target.divide(actual, 10, RoundingMode.HALF_UP);
        } else {
            ratio = actual.divide(target, 10, RoundingMode.HALF_UP);
        }
        if (ratio.compareTo(BigDecimal.ONE) > 0) {
            ratio = BigDecimal.ONE;
        }
        if (ratio.signum() < 0) {
            ratio = BigDecimal.ZERO;
        }
        return maxPoints.multiply(ratio).setScale(2, RoundingMode.HALF_UP);
    }

    /** The actual value as a share of the target, one decimal; {@code null} without an actual value. */
    static @Nullable BigDecimal percentOfTarget(BigDecimal target, @Nullable BigDecimal actual) {
        if (actual == null || target.signum() <= 0) {
            return null;
        }
        return actual.multiply(HUNDRED).divide(target, 1, RoundingMode.HALF_UP);
    }

    /** Where the score that counts came from. */
    enum Source {
        REVIEWED,
        SELF,
        COMPUTED,
        NONE
    }

    /** The score that counts and where it came from. */
    record Final(BigDecimal score, Source source) {}

    /** The reviewed score if set, else the self-score if set, else the computed score (zero without any). */
    static Final finalScore(@Nullable BigDecimal reviewed, @Nullable BigDecimal self, @Nullable BigDecimal computed) {
        if (reviewed != null) {
            return new Final(reviewed, Source.REVIEWED);
        }
        if (self != null) {
            return new Final(self, Source.SELF);
        }
        if (computed != null) {
            return new Final(computed, Source.COMPUTED);
        }
        return new Final(BigDecimal.ZERO, Source.NONE);
    }

    /** A party's total in a period, to be ranked. */
    record Total<K>(K party, BigDecimal total) {}

    /** A ranked total: equal totals share a rank, the next rank skips the places they took (1, 1, 3). */
    record Ranked<K>(K party, BigDecimal total, int rank) {}

    /** Ranks totals from the highest down; ties share the rank and keep their given order. */
    static <K> List<Ranked<K>> rank(List<Total<K>> totals) {
        List<Total<K>> sorted = new ArrayList<>(totals);
        sorted.sort(Comparator.comparing((Total<K> t) -> t.total()).reversed());
        List<Ranked<K>> ranked = new ArrayList<>();
        int rank = 0;
        BigDecimal previous = null;
        for (int i = 0; i < sorted.size(); i++) {
            Total<K> t = sorted.get(i);
            if (previous == null || t.total().compareTo(previous) != 0) {
                rank = i + 1;
                previous = t.total();
            }
            ranked.add(new Ranked<>(t.party(), t.total(), rank));
        }
        return ranked;
    }

    /** Whether a score lies within 0..maxPoints. */
    static boolean withinPoints(BigDecimal score, BigDecimal maxPoints) {
        return score.signum() >= 0 && score.compareTo(maxPoints) <= 0;
    }
}
