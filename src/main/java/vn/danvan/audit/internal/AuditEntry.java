package vn.danvan.audit.internal;

import java.time.Instant;
import java.util.SortedMap;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import vn.danvan.audit.AuditOutcome;

/** One stored entry of the audit trail, with its link to the previous entry ({@code prevHash}) and its own hash. */
record AuditEntry(
        long id,
        Instant occurredAt,
        @Nullable UUID actorId,
        String actorName,
        String action,
        String targetType,
        @Nullable String targetId,
        SortedMap<String, String> details,
        @Nullable String clientAddress,
        AuditOutcome outcome,
        String prevHash,
        String hash) {}
