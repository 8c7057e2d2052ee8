package vn.danvan.covenant.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The scoring rules of a covenant, without Spring. */
class ScoringTests {

    static BigDecimal n(String value) {
        return new BigDecimal(value);
    }

    @Test
    void scoresTheShareOfTheTargetReached() {
        assertThat(Scoring.computed(n("40"), n("80"), n("70"), false)).isEqualByComparingTo("35.00");
        assertThat(Scoring.computed(n("15"), n("150"), n("50"), false)).isEqualByComparingTo("5.00");
    }

    @Test
    void capsTheScoreAtTheMaximumWhenTheTargetIsExceeded() {
        assertThat(Scoring.computed(n("40"), n("80"), n("95"), false)).isEqualByComparingTo("40.00");
    }

    @Test
    void givesNoScoreWithoutAnActualValue() {
        assertThat(Scoring.computed(n("40"), n("80"), null, false)).isNull();
        assertThat(Scoring.percentOfTarget(n("80"), null)).isNull();
    }

    @Test
    void invertsTheRatioWhenLowerIsBetter() {
        // Target at most 10 days; 20 days earns half the points, 5 days all of them.
        assertThat(Scoring.computed(n("20"), n("10"), n("20"), true)).isEqualByComparingTo("10.00");
        assertThat(Scoring.computed(n("20"), n("10"), n("5"), true)).isEqualByComparingTo("20.00");
    }

    @Test
    void givesFullPointsForZeroWhenLowerIsBetter() {
        assertThat(Scoring.computed(n("20"), n("10"), BigDecimal.ZERO, true)).isEqualByComparingTo("20.00");
    }

    @Test
    void showsTheActualValueAsAShareOfTheTarget() {
        assertThat(Scoring.percentOfTarget(n("60"), n("42"))).isEqualByComparingTo("70.0");
    }

    @Test
    void theReviewedScoreOverridesTheSelfScoreWhichOverridesTheComputedScore() {
        assertThat(Scoring.finalScore(n("8"), n("10"), n("12")))
                .isEqualTo(new Scoring.Final(n("8"), Scoring.Source.REVIEWED));
        assertThat(Scoring.finalScore(null, n("10"), n("12")))
                .isEqualTo(new Scoring.Final(n("10"), Scoring.Source.SELF));
        assertThat(Scoring.finalScore(null, null, n("12")))
                .isEqualTo(new Scoring.Final(n("12"), Scoring.Source.COMPUTED));
        assertThat(Scoring.finalScore(null, null, null).score()).isEqualByComparingTo("0");
        assertThat(Scoring.finalScore(null, null, null).source()).isEqualTo(Scoring.Source.NONE);
    }

    @Test
    void aReviewedScoreOfZeroStillOverrides() {
        assertThat(Scoring.finalScore(BigDecimal.ZERO, n("10"), n("12")).source())
                .isEqualTo(Scoring.Source.REVIEWED);
    }

    @Test
    void ranksFromTheHighestTotalAndTiesShareARank() {
        List<Scoring.Ranked<String>> ranked = Scoring.rank(List.of(
                new Scoring.Total<>("A", n("70")),
                new Scoring.Total<>("B", n("90")),
                new Scoring.Total<>("C", n("70.00")),
                new Scoring.Total<>("D", n("50"))));

        assertThat(ranked).extracting(Scoring.Ranked::party).containsExactly("B", "A", "C", "D");
        assertThat(ranked).extracting(Scoring.Ranked::rank).containsExactly(1, 2, 2, 4);
    }

    @Test
    void everyoneSharesTheFirstRankWhenAllTotalsAreEqual() {
        List<Scoring.Ranked<String>> ranked =
                Scoring.rank(List.of(new Scoring.Total<>("A", n("0")), new Scoring.Total<>("B", n("0"))));

        assertThat(ranked).extracting(Scoring.Ranked::rank).containsExactly(1, 1);
    }

    @Test
    void aScoreMustLieBetweenZeroAndTheMaximum() {
        assertThat(Scoring.withinPoints(n("15"), n("15"))).isTrue();
        assertThat(Scoring.withinPoints(BigDecimal.ZERO, n("15"))).isTrue();
        assertThat(Scoring.withinPoints(n("15.01"), n("15"))).isFalse();
        assertThat(Scoring.withinPoints(n("-1"), n("15"))).isFalse();
    }

    @Test
    void suggestsTheFlagForTheLeaderAndACertificateForTheNextTwo() {
        assertThat(ScoringService.suggestedAward(1, n("90"))).isEqualTo("cv.award.suggest.flag");
        assertThat(ScoringService.suggestedAward(3, n("60"))).isEqualTo("cv.award.suggest.merit");
        assertThat(ScoringService.suggestedAward(4, n("50"))).isNull();
        assertThat(ScoringService.suggestedAward(1, BigDecimal.ZERO)).isNull();
    }
}
