package vn.danvan.directive.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** A review's period, its closing, and how the report names its issuing body. */
class ReviewRulesTests {

    static final Instant NOW = Instant.parse("2026-11-29T03:00:00Z");
    static final LocalDate FROM = LocalDate.of(2022, 9, 22);
    static final LocalDate TO = LocalDate.of(2023, 3, 8);

    static Review review(LocalDate from, LocalDate to, LocalDate due) {
        return new Review(
                UUID.randomUUID(),
                ReviewKind.INTERIM,
                "Sơ kết",
                from,
                to,
                due,
                UUID.randomUUID(),
                "33",
                "33",
                false,
                NOW);
    }

    @Test
    void refusesAPeriodThatEndsBeforeItStarts() {
        assertThatThrownBy(() -> review(TO, FROM, TO)).isInstanceOf(PeriodEndsBeforeItStarts.class);
        assertThatThrownBy(() -> review(FROM, TO, FROM.minusDays(1))).isInstanceOf(PeriodEndsBeforeItStarts.class);
    }

    @Test
    void countsFiguresAtThePeriodsEndOrTodayWhileItRuns() {
        Review r = review(FROM, TO, TO);

        assertThat(r.asOf(LocalDate.of(2026, 11, 29))).isEqualTo(TO);
        assertThat(r.asOf(LocalDate.of(2023, 1, 1))).isEqualTo(LocalDate.of(2023, 1, 1));
    }

    @Test
    void aConsolidatedReviewTakesNoMoreReportsAndIsNotConsolidatedTwice() {
        Review r = review(FROM, TO, TO);
        ReviewUnit unit = new ReviewUnit(r, UUID.randomUUID(), "33/11953");

        r.consolidate("3-BC/BTGDVTU", LocalDate.of(2026, 11, 29), "Trần Thị Minh Hằng", NOW);

        assertThat(r.isOpen()).isFalse();
        assertThatThrownBy(() -> r.consolidate("4-BC/BTGDVTU", LocalDate.of(2026, 11, 29), "x", NOW))
                .isInstanceOf(ReviewClosed.class);
        assertThatThrownBy(() -> unit.submit(
                        r, ReviewUnit.Figures.NONE, new ReviewReportForm("Kết quả", null, null, null), "u", TO))
                .isInstanceOf(ReviewClosed.class);
        assertThat(unit.isSubmitted()).isFalse();
        assertThat(r.reportNumber()).isEqualTo("3-BC/BTGDVTU");
    }

    @Test
    void splitsTheBoardsNameIntoIssuingBodyParentAndPlace() {
        ReviewReport.Bodies b =
                ReviewReport.Bodies.of("Ban Tuyên giáo và Dân vận Tỉnh ủy Hưng Yên", "ignored", "ignored");

        assertThat(b).isEqualTo(new ReviewReport.Bodies("Ban Tuyên giáo và Dân vận", "Tỉnh ủy Hưng Yên", "Hưng Yên"));
        assertThat(ReviewReport.Bodies.of("Ủy ban MTTQ tỉnh", "Tỉnh ủy Hưng Yên", "Hưng Yên"))
                .isEqualTo(new ReviewReport.Bodies("Ủy ban MTTQ tỉnh", "Tỉnh ủy Hưng Yên", "Hưng Yên"));
    }
}
