package vn.danvan.notification.internal;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** A row of the notice table. */
record StoredNotice(
        UUID id,
        UUID recipientUserId,
        String category,
        String messageKey,
        List<String> args,
        @Nullable String link,
        Instant createdAt,
        @Nullable Instant readAt,
        @Nullable Instant emailedAt) {

    boolean isRead() {
        return readAt != null;
    }
}
