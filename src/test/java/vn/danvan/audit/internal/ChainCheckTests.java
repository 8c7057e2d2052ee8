package vn.danvan.audit.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.danvan.audit.internal.ChainVerification.Problem;

class ChainCheckTests {

    private static ChainVerification check(List<AuditEntry> entries) {
        ChainCheck check = new ChainCheck();
        for (AuditEntry e : entries) {
            if (!check.accept(e)) {
                break;
            }
        }
        return check.result();
    }

    @Test
    void anEmptyTrailIsIntact() {
        assertThat(check(List.of())).isEqualTo(ChainVerification.intact(0));
    }

    @Test
    void aCorrectlyChainedTrailIsIntactAndEveryEntryIsCounted() {
        assertThat(check(AuditFixtures.chain(5))).isEqualTo(ChainVerification.intact(5));
    }

    @Test
    void aChangedEntryIsReportedAsAHashMismatchAtThatEntry() {
        List<AuditEntry> entries = new ArrayList<>(AuditFixtures.chain(5));
        entries.set(2, AuditFixtures.withActorName(entries.get(2), "someone-else"));

        assertThat(check(entries)).isEqualTo(ChainVerification.broken(2, 3, Problem.HASH_MISMATCH));
    }

    @Test
    void aChangedEntryWhoseHashWasRecomputedIsReportedAtTheNextEntry() {
        List<AuditEntry> entries = new ArrayList<>(AuditFixtures.chain(5));
        entries.set(2, AuditFixtures.sealed(AuditFixtures.withActorName(entries.get(2), "someone-else")));

        assertThat(check(entries)).isEqualTo(ChainVerification.broken(3, 4, Problem.PREV_HASH_MISMATCH));
    }

    @Test
    void aRemovedEntryIsReportedAtTheEntryAfterIt() {
        List<AuditEntry> entries = new ArrayList<>(AuditFixtures.chain(5));
        entries.remove(1);

        assertThat(check(entries)).isEqualTo(ChainVerification.broken(1, 3, Problem.PREV_HASH_MISMATCH));
    }

    @Test
    void swappedEntriesAreReported() {
        List<AuditEntry> entries = new ArrayList<>(AuditFixtures.chain(5));
        AuditEntry third = entries.get(2);
        entries.set(2, entries.get(3));
        entries.set(3, third);

        assertThat(check(entries)).isEqualTo(ChainVerification.broken(2, 4, Problem.PREV_HASH_MISMATCH));
    }

    @Test
    void aTrailThatDoesNotStartFromTheGenesisHashIsReportedAtItsFirstEntry() {
        List<AuditEntry> entries = AuditFixtures.chain(5).subList(1, 5);

        assertThat(check(entries)).isEqualTo(ChainVerification.broken(0, 2, Problem.PREV_HASH_MISMATCH));
    }

    @Test
    void gapsInIdsLeftByRolledBackAppendsDoNotBreakTheChain() {
        List<AuditEntry> entries = AuditFixtures.chain(3);
        // ids 1, 2, 3 renumbered 1, 5, 9: the link is the hash, not the id
        List<AuditEntry> gapped = new ArrayList<>();
        String prev = HashChain.GENESIS;
        long id = 1;
        for (AuditEntry e : entries) {
            AuditEntry moved = AuditFixtures.sealed(new AuditEntry(
                    id,
                    e.occurredAt(),
                    e.actorId(),
                    e.actorName(),
                    e.action(),
                    e.targetType(),
                    e.targetId(),
                    e.details(),
                    e.clientAddress(),
                    e.outcome(),
                    prev,
                    ""));
            gapped.add(moved);
            prev = moved.hash();
            id += 4;
        }

        assertThat(check(gapped)).isEqualTo(ChainVerification.intact(3));
    }

    @Test
    void nothingIsAcceptedOnceTheChainIsBroken() {
        List<AuditEntry> entries = new ArrayList<>(AuditFixtures.chain(3));
        ChainCheck check = new ChainCheck();
        check.accept(entries.get(0));

        assertThat(check.accept(entries.get(2))).isFalse();
        assertThat(check.accept(entries.get(1))).isFalse();
        assertThat(check.result()).isEqualTo(ChainVerification.broken(1, 3, Problem.PREV_HASH_MISMATCH));
    }
}
