package vn.danvan.audit.internal;

import org.jspecify.annotations.Nullable;

/**
 * Walks the trail in id order, one entry at a time and in constant memory, and stops at the first entry that
 * breaks the chain: one whose own hash does not match its content, or whose {@code prevHash} is not the hash of
 * the entry before it (the first entry follows {@link HashChain#GENESIS}).
 */
final class ChainCheck {

    private String expectedPrevHash = HashChain.GENESIS;
    private long checked;
    private @Nullable ChainVerification broken;

    /** Checks the next entry; {@code false} once the chain is broken (further entries are not looked at). */
    boolean accept(AuditEntry entry) {
        if (broken != null) {
            return false;
        }
        if (!HashChain.hashOf(entry).equals(entry.hash())) {
            broken = ChainVerification.broken(checked, entry.id(), ChainVerification.Problem.HASH_MISMATCH);
            return false;
        }
        if (!entry.prevHash().equals(expectedPrevHash)) {
            broken = ChainVerification.broken(checked, entry.id(), ChainVerification.Problem.PREV_HASH_MISMATCH);
            return false;
        }
        expectedPrevHash = entry.hash();
        checked++;
        return true;
    }

    ChainVerification result() {
        return broken != null ? broken : ChainVerification.intact(checked);
    }
}
