package vn.danvan.notification.internal;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** A notice as its recipient sees it: the text already rendered in their language, and whether it was read. */
public record NoticeView(
        UUID id, String category, String text, @Nullable String link, Instant createdAt, boolean read) {

    private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

    /** The time in Vietnam, for display. */
    public LocalDateTime localTime() {
        return LocalDateTime.ofInstant(createdAt, VIETNAM);
    }
}
