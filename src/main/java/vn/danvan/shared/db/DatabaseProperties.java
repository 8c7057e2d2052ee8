package vn.danvan.shared.db;

import java.nio.file.Path;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where the database lives. Without {@code url} the application starts its own PostgreSQL (the embedded default)
 * with its data directory under {@code dataDir}; with {@code url} (environment {@code DANVAN_DB_URL}) it uses an
 * external PostgreSQL 15+. {@code ephemeral} (used by the tests) puts the embedded data in a fresh temporary
 * directory shared by every context of this JVM and removed at exit.
 */
@ConfigurationProperties("danvan.db")
public record DatabaseProperties(
        @Nullable String url,
        @Nullable String username,
        @Nullable String password,
        @Nullable Path dataDir,
        int embeddedPort,
        boolean ephemeral,
        int maxPoolSize) {

    public DatabaseProperties {
        if (embeddedPort < 0) {
            throw new IllegalArgumentException("danvan.db.embedded-port must be 0 (any free port) or positive");
        }
        if (maxPoolSize <= 0) {
            maxPoolSize = 10;
        }
    }

    public boolean isEmbedded() {
        return url == null || url.isBlank();
    }
}
