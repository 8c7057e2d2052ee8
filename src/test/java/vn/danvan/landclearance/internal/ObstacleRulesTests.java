package vn.danvan.landclearance.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Obstacles: resolution dates, escalation to the province and its answer. */
class ObstacleRulesTests {

    static final LocalDate TODAY = LocalDate.of(2026, 3, 10);
    static final Instant NOW = Instant.parse("2026-03-10T03:00:00Z");

    static Obstacle obstacle() {
        return new Obstacle(
                HouseholdRulesTests.household(),
                ObstacleReason.INHERITANCE,
                "Thừa kế chưa chia",
                LocalDate.of(2026, 3, 1),
                TODAY,
                NOW);
    }

    @Test
    void isResolvedOnADateNotBeforeItWasRaised() {
        Obstacle o = obstacle();

        assertThatThrownBy(() -> o.resolve(LocalDate.of(2026, 2, 28), "Đã chia", TODAY, NOW))
                .hasMessage("lc.obstacle.error.resolvedBeforeRaised");
        assertThatThrownBy(() -> o.resolve(TODAY.plusDays(1), "Đã chia", TODAY, NOW))
                .hasMessage("lc.household.error.dateInFuture");
        assertThat(o.open()).isTrue();

        o.resolve(LocalDate.of(2026, 3, 1), "Đã chia", TODAY, NOW);
        assertThat(o.open()).isFalse();
        assertThatThrownBy(() -> o.resolve(TODAY, "Lần nữa", TODAY, NOW))
                .hasMessage("lc.obstacle.error.alreadyResolved");
    }

    @Test
    void isEscalatedOnceWithAnAnswerDateAfterToday() {
        Obstacle o = obstacle();

        assertThatThrownBy(() -> o.escalate(TODAY, TODAY, NOW)).hasMessage("lc.obstacle.error.answerDateNotAfterToday");
        assertThat(o.escalatedOn()).isNull();

        o.escalate(TODAY.plusDays(7), TODAY, NOW);
        assertThat(o.escalatedOn()).isEqualTo(TODAY);
        assertThat(o.awaitingAnswer()).isTrue();
        assertThatThrownBy(() -> o.escalate(TODAY.plusDays(9), TODAY, NOW))
                .hasMessage("lc.obstacle.error.alreadyEscalated");
    }

    @Test
    void countsDaysWaitingAndIsOverdueAfterTheRequestedDate() {
        Obstacle o = obstacle();
        o.escalate(TODAY.plusDays(7), TODAY, NOW);

        assertThat(o.daysWaiting(TODAY.plusDays(7))).isEqualTo(7);
        assertThat(o.isOverdue(TODAY.plusDays(7))).isFalse();
        assertThat(o.isOverdue(TODAY.plusDays(8))).isTrue();

        o.answer("Áp dụng hỗ trợ theo quyết định của tỉnh", "Chuyên viên", TODAY.plusDays(9), NOW);
        assertThat(o.answeredOn()).isEqualTo(TODAY.plusDays(9));
        assertThat(o.isOverdue(TODAY.plusDays(20))).isFalse();
        assertThat(o.daysWaiting(TODAY.plusDays(20))).isEqualTo(9);
    }

    @Test
    void onlyAnEscalatedObstacleIsAnsweredAndOnlyOnce() {
        Obstacle o = obstacle();

        assertThatThrownBy(() -> o.answer("Trả lời", "Chuyên viên", TODAY, NOW))
                .hasMessage("lc.obstacle.error.notEscalated");
        o.escalate(TODAY.plusDays(3), TODAY, NOW);
        o.answer("Trả lời", "Chuyên viên", TODAY, NOW);
        assertThatThrownBy(() -> o.answer("Lần hai", "Chuyên viên", TODAY, NOW))
                .hasMessage("lc.obstacle.error.alreadyAnswered");
    }
}
