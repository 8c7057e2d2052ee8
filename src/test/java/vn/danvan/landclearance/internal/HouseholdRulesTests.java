package vn.danvan.landclearance.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The rules a household's stage follows, without Spring. */
class HouseholdRulesTests {

    static final LocalDate TODAY = LocalDate.of(2026, 3, 10);

    static Household household() {
        return new Household(
                UUID.randomUUID(),
                "H-001",
                new Household.Commune("11953", "Phường Phố Hiến", "33/11953"),
                new Household.Details(
                        "Nguyễn Văn An",
                        "001234567789",
                        "Thôn 1",
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        List.of(),
                        List.of()),
                Instant.parse("2026-03-01T00:00:00Z"));
    }

    @Test
    void startsNotInventoried() {
        assertThat(household().stage()).isEqualTo(HouseholdStage.NOT_INVENTORIED);
    }

    @Test
    void movesForwardThroughTheActionsAndReportsEachMove() {
        Household h = household();

        var inventory = h.recordInventory(LocalDate.of(2026, 1, 5), TODAY);
        var posted = h.recordPlanPosted(LocalDate.of(2026, 2, 1), TODAY);
        var consent = h.recordConsent(LocalDate.of(2026, 2, 20), TODAY, null);
        var paid = h.recordPayment(new BigDecimal("150000000"), LocalDate.of(2026, 3, 1), false, TODAY);
        var handedOver = h.handOver(LocalDate.of(2026, 3, 9), TODAY);

        assertThat(inventory)
                .contains(new HouseholdStageMove(
                        HouseholdStage.NOT_INVENTORIED, HouseholdStage.INVENTORIED, LocalDate.of(2026, 1, 5), null));
        assertThat(posted.orElseThrow().to()).isEqualTo(HouseholdStage.PLAN_POSTED);
        assertThat(consent.orElseThrow().from()).isEqualTo(HouseholdStage.PLAN_POSTED);
        assertThat(paid.orElseThrow().to()).isEqualTo(HouseholdStage.PAID);
        assertThat(handedOver.orElseThrow().to()).isEqualTo(HouseholdStage.HANDED_OVER);
        assertThat(h.stage()).isEqualTo(HouseholdStage.HANDED_OVER);
        assertThat(h.paidAmount()).isEqualByComparingTo("150000000");
        assertThat(h.handedOverOn()).isEqualTo(LocalDate.of(2026, 3, 9));
    }

    @Test
    void neverMovesBackThroughAnAction() {
        Household h = household();
        h.recordInventory(LocalDate.of(2026, 1, 5), TODAY);
        h.recordConsent(LocalDate.of(2026, 2, 20), TODAY, null);

        var again = h.recordInventory(LocalDate.of(2026, 1, 6), TODAY);

        assertThat(again).isEmpty();
        assertThat(h.stage()).isEqualTo(HouseholdStage.AGREED);
        assertThat(h.inventoriedOn()).isEqualTo(LocalDate.of(2026, 1, 6));
    }

    @Test
    void refusesHandOverBeforeConsentAndChangesNothing() {
        Household h = household();
        h.recordPlanPosted(LocalDate.of(2026, 2, 1), TODAY);

        assertThatThrownBy(() -> h.handOver(LocalDate.of(2026, 3, 1), TODAY))
                .isInstanceOf(HandOverBeforeConsent.class)
                .hasMessage("lc.household.error.handOverBeforeConsent");
        assertThat(h.stage()).isEqualTo(HouseholdStage.PLAN_POSTED);
        assertThat(h.handedOverOn()).isNull();
    }

    @Test
    void refusesPaymentBeforeConsent() {
        Household h = household();

        assertThatThrownBy(() -> h.recordPayment(BigDecimal.TEN, LocalDate.of(2026, 3, 1), false, TODAY))
                .isInstanceOf(HouseholdRuleViolation.class)
                .hasMessage("lc.household.error.paymentBeforeConsent");
        assertThat(h.paidOn()).isNull();
    }

    @Test
    void refusesANegativePayment() {
        Household h = household();
        h.recordConsent(LocalDate.of(2026, 2, 20), TODAY, null);

        assertThatThrownBy(() -> h.recordPayment(new BigDecimal("-1"), LocalDate.of(2026, 3, 1), false, TODAY))
                .hasMessage("lc.household.error.amountNegative");
        assertThat(h.stage()).isEqualTo(HouseholdStage.AGREED);
    }

    @Test
    void refusesDatesInTheFuture() {
        Household h = household();

        assertThatThrownBy(() -> h.recordInventory(TODAY.plusDays(1), TODAY))
                .hasMessage("lc.household.error.dateInFuture");
        assertThat(h.stage()).isEqualTo(HouseholdStage.NOT_INVENTORIED);
        assertThat(h.recordInventory(TODAY, TODAY)).isPresent();
    }

    @Test
    void correctsBackWithAReasonAndClearsTheLaterDates() {
        Household h = household();
        h.recordConsent(LocalDate.of(2026, 2, 20), TODAY, null);
        h.recordPayment(BigDecimal.TEN, LocalDate.of(2026, 3, 1), true, TODAY);

        HouseholdStageMove move = h.correctStage(HouseholdStage.PLAN_POSTED, " Ghi nhầm hộ ", TODAY, TODAY);

        assertThat(move)
                .isEqualTo(
                        new HouseholdStageMove(HouseholdStage.PAID, HouseholdStage.PLAN_POSTED, TODAY, "Ghi nhầm hộ"));
        assertThat(h.stage()).isEqualTo(HouseholdStage.PLAN_POSTED);
        assertThat(h.agreedOn()).isNull();
        assertThat(h.paidOn()).isNull();
        assertThat(h.paidAmount()).isNull();
        assertThat(h.latePayment()).isFalse();
    }

    @Test
    void aCorrectionNeedsAReasonAndOnlyGoesBack() {
        Household h = household();
        h.recordPlanPosted(LocalDate.of(2026, 2, 1), TODAY);

        assertThatThrownBy(() -> h.correctStage(HouseholdStage.INVENTORIED, " ", TODAY, TODAY))
                .hasMessage("lc.household.error.correctionReason");
        assertThatThrownBy(() -> h.correctStage(HouseholdStage.AGREED, "Sai", TODAY, TODAY))
                .hasMessage("lc.household.error.correctionBackwards");
        assertThatThrownBy(() -> h.correctStage(HouseholdStage.PLAN_POSTED, "Sai", TODAY, TODAY))
                .hasMessage("lc.household.error.correctionBackwards");
        assertThat(h.stage()).isEqualTo(HouseholdStage.PLAN_POSTED);
    }

    @Test
    void paymentIsLateMoreThanThirtyDaysAfterApproval() {
        LocalDate approved = LocalDate.of(2026, 1, 1);

        assertThat(Household.paidLate(LocalDate.of(2026, 1, 31), approved, true))
                .isFalse();
        assertThat(Household.paidLate(LocalDate.of(2026, 2, 1), approved, false))
                .isTrue();
    }

    @Test
    void withoutAnApprovalDateLatenessIsWhatTheUserSays() {
        assertThat(Household.paidLate(LocalDate.of(2026, 6, 1), null, true)).isTrue();
        assertThat(Household.paidLate(LocalDate.of(2026, 6, 1), null, false)).isFalse();
    }

    @Test
    void refusesTheSamePlotTwiceAndKeepsPlotsInPlaceWhenEdited() {
        Household h = household();
        var plot = new Household.PlotEntry("12", "345", LandType.LUA, new BigDecimal("120.5"));

        assertThatThrownBy(() -> h.replacePlots(List.of(plot, plot))).isInstanceOf(PlotAlreadyRecorded.class);

        h.replacePlots(List.of(plot));
        UUID kept = h.plots().get(0).id();
        h.replacePlots(List.of(
                new Household.PlotEntry(" 12 ", "345", LandType.HNK, new BigDecimal("100")),
                new Household.PlotEntry("12", "346", LandType.LUA, new BigDecimal("50"))));

        assertThat(h.plots()).hasSize(2);
        assertThat(h.plots()).anySatisfy(p -> {
            assertThat(p.id()).isEqualTo(kept);
            assertThat(p.landType()).isEqualTo(LandType.HNK);
        });
        assertThat(h.recoveredArea()).isEqualByComparingTo("150");
    }

    @Test
    void refusesAPlotWithoutArea() {
        Household h = household();

        assertThatThrownBy(
                        () -> h.replacePlots(List.of(new Household.PlotEntry("1", "2", LandType.LUA, BigDecimal.ZERO))))
                .hasMessage("lc.household.error.areaPositive");
    }
}
