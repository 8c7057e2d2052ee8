package vn.danvan.audit.internal;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import vn.danvan.audit.AuditOutcome;

/** An audit entry as the browse page and the API show it. {@code occurredAt} is an instant (UTC in JSON). */
record AuditEntryView(
        long id,
        Instant occurredAt,
        @Nullable UUID actorId,
        String actorName,
        String action,
        String targetType,
        @Nullable String targetId,
        Map<String, String> details,
        @Nullable String clientAddress,
        AuditOutcome outcome,
        String prevHash,
        String hash) {

    static AuditEntryView of(AuditEntry e) {
        return new AuditEntryView(
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
                e.hash());
    }

    /** The time in Vietnam, for the page. */
    public LocalDateTime localTime() {
        return LocalDateTime.ofInstant(occurredAt, AuditSearch.VIETNAM);
    }
}
