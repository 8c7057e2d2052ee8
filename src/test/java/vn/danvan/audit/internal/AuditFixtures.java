package vn.danvan.audit.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.UUID;
import vn.danvan.audit.AuditOutcome;
import vn.danvan.audit.AuditPermissions;
import vn.danvan.shared.security.CurrentUser;
import vn.danvan.shared.security.Scope;

/** Users and entries for the audit module's tests. */
final class AuditFixtures {

    static final Instant T0 = Instant.parse("2026-11-29T01:02:03.456789Z");

    private AuditFixtures() {}

    /** A system administrator, who may read the audit trail. */
    static CurrentUser administrator() {
        return user("admin-" + shortId(), Set.of(AuditPermissions.READ, "organisation:manage"));
    }

    /** A commune officer, who may not. */
    static CurrentUser officer() {
        return user("officer-" + shortId(), Set.of("petition:handle"));
    }

    static CurrentUser user(String username, Set<String> permissions) {
        return new CurrentUser(
                UUID.randomUUID(), username, username, null, permissions, Scope.everything(), true, false, false);
    }

    static String shortId() {
        return UUID.randomUUID().toString().substring(0, 8);
    }

    /** A correctly chained trail of {@code count} entries, ids 1 to count. */
    static List<AuditEntry> chain(int count) {
        List<AuditEntry> entries = new ArrayList<>();
        String prev = HashChain.GENESIS;
        for (int i = 1; i <= count; i++) {
            SortedMap<String, String> details = new TreeMap<>();
            details.put("step", Integer.toString(i));
            AuditEntry entry = sealed(new AuditEntry(
                    i,
                    T0.plusSeconds(i),
                    null,
                    "admin",
                    "organisation.account.created",
                    "user_account",
                    "acc-" + i,
                    details,
                    "10.0.0." + i,
                    AuditOutcome.SUCCESS,
                    prev,
                    ""));
            entries.add(entry);
            prev = entry.hash();
        }
        return entries;
    }

    /** The entry with the hash its content gives. */
    static AuditEntry sealed(AuditEntry e) {
        return withHash(e, HashChain.hashOf(e));
    }

    static AuditEntry withHash(AuditEntry e, String hash) {
        return new AuditEntry(
                e.id(),
                e.occurredAt(),
                e.actorId(),
                e.actorName(),
                e.action(),
                e.targetType(),
                e.targetId(),
                e.details(),
                e.clientAddress(),
                e.outcome(),
                e.prevHash(),
                hash);
    }

    static AuditEntry withActorName(AuditEntry e, String actorName) {
        return new AuditEntry(
                e.id(),
                e.occurredAt(),
                e.actorId(),
                actorName,
                e.action(),
                e.targetType(),
                e.targetId(),
                e.details(),
                e.clientAddress(),
                e.outcome(),
                e.prevHash(),
                e.hash());
    }
}
