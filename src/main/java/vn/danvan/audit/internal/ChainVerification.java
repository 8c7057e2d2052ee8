package vn.danvan.audit.internal;

import org.jspecify.annotations.Nullable;

/**
 * The result of checking the chain: intact after {@code entriesChecked} entries, or broken at {@code brokenEntryId}
 * for {@code problem} (after {@code entriesChecked} intact entries).
 */
record ChainVerification(
        boolean intact,
        long entriesChecked,
        @Nullable Long brokenEntryId,
        @Nullable Problem problem) {

    /** Why an entry breaks the chain. */
    enum Problem {
        /** The entry's content no longer gives its hash: the entry was changed. */
        HASH_MISMATCH,
        /** The entry does not follow the one before it: an entry was removed, inserted or reordered before it. */
        PREV_HASH_MISMATCH
    }

    static ChainVerification intact(long entriesChecked) {
        return new ChainVerification(true, entriesChecked, null, null);
    }

    static ChainVerification broken(long entriesChecked, long entryId, Problem problem) {
        return new ChainVerification(false, entriesChecked, entryId, problem);
    }
}
