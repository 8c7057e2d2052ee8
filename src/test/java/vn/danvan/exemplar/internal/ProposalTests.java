package vn.danvan.exemplar.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The council's proposal: average total at or above the pass mark and a majority of all members in favour. */
class ProposalTests {

    static final BigDecimal PASS = new BigDecimal("60");

    @Test
    void averageAtThePassMarkAndAMajorityProposes() {
        Proposal p = Proposal.compute(List.of(new BigDecimal("55"), new BigDecimal("65")), 2, 3, PASS);
        assertThat(p.average()).isEqualByComparingTo("60");
        assertThat(p.proposed()).isTrue();
    }

    @Test
    void averageBelowThePassMarkDoesNotPropose() {
        assertThat(Proposal.compute(List.of(new BigDecimal("59"), new BigDecimal("60")), 3, 3, PASS)
                        .proposed())
                .isFalse();
    }

    @Test
    void halfOfTheMembersIsNotAMajority() {
        assertThat(Proposal.compute(List.of(new BigDecimal("80")), 2, 4, PASS).proposed())
                .isFalse();
        assertThat(Proposal.compute(List.of(new BigDecimal("80")), 3, 4, PASS).proposed())
                .isTrue();
    }

    @Test
    void noScoresIsNotProposed() {
        Proposal p = Proposal.compute(List.of(), 3, 3, PASS);
        assertThat(p.average()).isEqualByComparingTo("0");
        assertThat(p.proposed()).isFalse();
    }
}
