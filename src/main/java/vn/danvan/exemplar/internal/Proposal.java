package vn.danvan.exemplar.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Collection;

/**
 * The council's proposal for a candidate: the average of the members' total scores must reach the pass mark and a
 * majority of the council's members (not only of those who voted) must vote in favour.
 *
 * @param average average total of the members who scored (0 if none)
 * @param inFavour votes in favour
 * @param members members of the council
 * @param proposed whether the council proposes recognition
 */
record Proposal(BigDecimal average, int inFavour, int members, boolean proposed) {

    static Proposal compute(Collection<BigDecimal> memberTotals, int inFavour, int members, BigDecimal passMark) {
        BigDecimal average = memberTotals.isEmpty()
                ? BigDecimal.ZERO
                : memberTotals.stream()
                        .reduce(BigDecimal.ZERO, BigDecimal::add)
                        .divide(BigDecimal.valueOf(memberTotals.size()), 2, RoundingMode.HALF_UP);
        boolean majority = members > 0 && inFavour * 2 > members;
        return new Proposal(average, inFavour, members, average.compareTo(passMark) >= 0 && majority);
    }
}
