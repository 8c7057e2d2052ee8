package vn.danvan.notification.internal;

import java.nio.file.Path;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code danvan.mail.outbox}: where e-mails are written as {@code .eml} files when no mail server is configured
 * (default {@code ./data/outbox}, below {@code DANVAN_DATA_DIR}); {@code danvan.mail.from}: the sender address.
 */
@ConfigurationProperties("danvan.mail")
record OutboxProperties(@Nullable Path outbox, @Nullable String from) {

    Path directory() {
        return outbox != null ? outbox : Path.of(System.getenv().getOrDefault("DANVAN_DATA_DIR", "./data"), "outbox");
    }

    String sender() {
        return from == null || from.isBlank() ? "DanVan <no-reply@danvan.local>" : from;
    }
}
