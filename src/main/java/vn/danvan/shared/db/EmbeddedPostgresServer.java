package vn.danvan.shared.db;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.SpringApplication;

/**
 * A real PostgreSQL started by the application itself. One server per data directory and JVM: several Spring
 * contexts (as in a test run) share it; it stops when the JVM exits.
 */
public final class EmbeddedPostgresServer {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgresServer.class);
    private static final Map<Path, EmbeddedPostgres> RUNNING = new ConcurrentHashMap<>();

    private static @Nullable Path ephemeralDir;

    private EmbeddedPostgresServer() {}

    /** Starts (or reuses) the server for this data directory and returns its JDBC URL. */
    public static String jdbcUrl(Path dataDir, int port) {
        Path dir = dataDir.toAbsolutePath().normalize();
        EmbeddedPostgres pg = RUNNING.computeIfAbsent(dir, d -> start(d, port));
        return pg.getJdbcUrl("postgres", "postgres");
    }

    /** A server on a free port with its data in a temporary directory, the same for the whole JVM. */
    public static synchronized String ephemeralJdbcUrl() {
        if (ephemeralDir == null) {
            try {
                ephemeralDir = Files.createTempDirectory("danvan-pg-");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return jdbcUrl(ephemeralDir, 0);
    }

    private static EmbeddedPostgres start(Path dir, int port) {
        try {
            Files.createDirectories(dir);
            long started = System.nanoTime();
            EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                    .setDataDirectory(dir)
                    .setCleanDataDirectory(false)
                    .setPGStartupWait(Duration.ofSeconds(60))
                    .setServerConfig("max_connections", "200")
                    .setServerConfig("shared_buffers", "256MB")
                    .setLocaleConfig("locale", "C.UTF-8")
                    .setLocaleConfig("encoding", "UTF8");
            if (port > 0) {
                builder.setPort(port);
            }
            EmbeddedPostgres pg = builder.start();
            log.info(
                    "Embedded PostgreSQL started on port {} with data in {} ({} ms)",
                    pg.getPort(),
                    dir,
                    Duration.ofNanos(System.nanoTime() - started).toMillis());
            // Stopped after every Spring context has closed, so no connection is cut while beans shut down.
            SpringApplication.getShutdownHandlers().add(() -> close(pg));
            return pg;
        } catch (IOException e) {
            throw new UncheckedIOException(
                    "Could not start the embedded PostgreSQL in " + dir
                            + " (is another DanVan using this data directory or port?)",
                    e);
        }
    }

    private static void close(EmbeddedPostgres pg) {
        try {
            pg.close();
        } catch (IOException e) {
            log.warn("Embedded PostgreSQL did not stop cleanly", e);
        }
    }
}
