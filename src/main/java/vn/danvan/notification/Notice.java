package vn.danvan.notification;

import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * Something a person should know. {@code messageKey} and {@code args} are rendered in the person's language (the
 * key lives in the sending module's bundle); {@code link} is a path in the application; {@code dedupKey}, when
 * given, makes the same notice to the same person on the same day count once (a daily reminder job may run twice).
 */
public record Notice(
        UUID recipientUserId,
        String category,
        String messageKey,
        List<String> args,
        @Nullable String link,
        @Nullable String dedupKey) {}
