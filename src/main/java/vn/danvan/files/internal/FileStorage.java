package vn.danvan.files.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import vn.danvan.files.FileRejected;

/**
 * Attachments on the local disk, in folders by year and month, each under a random key: the user's file name never
 * becomes a path. An upload is first received into a temporary file (counted and hashed as it arrives), then moved
 * into place once it has been accepted.
 */
@Component
class FileStorage {

    private static final Logger log = LoggerFactory.getLogger(FileStorage.class);

    private final Path root;
    private final long maxBytes;

    FileStorage(FilesProperties properties) {
        this.root = properties.directory().toAbsolutePath().normalize();
        this.maxBytes = properties.limit().toBytes();
    }

    /** Reads an upload into a temporary file, refusing it once it passes the size limit, or when it is empty. */
    Received receive(InputStream content) {
        Path temp = null;
        try {
            Path incoming = Files.createDirectories(root.resolve("incoming"));
            temp = Files.createTempFile(incoming, "upload-", ".part");
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            long size = 0;
            byte[] buffer = new byte[64 * 1024];
            try (OutputStream out = new DigestOutputStream(Files.newOutputStream(temp), sha256)) {
                int n;
                while ((n = content.read(buffer)) > 0) {
                    size += n;
                    if (size > maxBytes) {
                        throw new FileRejected("files.error.tooLarge", maxBytes / (1024 * 1024));
                    }
                    out.write(buffer, 0, n);
                }
            }
            if (size == 0) {
                throw new FileRejected("files.error.empty");
            }
            return new Received(temp, size, HexFormat.of().formatHex(sha256.digest()));
        } catch (IOException e) {
            discard(temp);
            throw new UncheckedIOException("Cannot receive the upload", e);
        } catch (RuntimeException e) {
            discard(temp);
            throw e;
        } catch (NoSuchAlgorithmException e) {
            discard(temp);
            throw new IllegalStateException(e);
        }
    }

    /** Moves an accepted upload to its place and returns its storage key ({@code 2026/11/<random>}). */
    String keep(Received received, LocalDate today) {
        String key = "%04d/%02d/%s".formatted(today.getYear(), today.getMonthValue(), UUID.randomUUID());
        try {
            Path target = resolve(key);
            Files.createDirectories(target.getParent());
            Files.move(received.file(), target, StandardCopyOption.ATOMIC_MOVE);
            return key;
        } catch (IOException e) {
            discard(received.file());
            throw new UncheckedIOException("Cannot store the upload", e);
        }
    }

    InputStream open(String key) {
        try {
            return Files.newInputStream(resolve(key));
        } catch (IOException e) {
            throw new UncheckedIOException("Stored file " + key + " cannot be read", e);
        }
    }

    /** Removes stored bytes whose record was not kept (its transaction rolled back). */
    void remove(String key) {
        try {
            Files.deleteIfExists(resolve(key));
        } catch (IOException e) {
            log.warn("Could not remove the stored file {} of a rolled-back upload", key, e);
        }
    }

    boolean exists(String key) {
        return Files.exists(resolve(key));
    }

    void discard(Received received) {
        discard(received.file());
    }

    private static void discard(@Nullable Path temp) {
        if (temp == null) {
            return;
        }
        try {
            Files.deleteIfExists(temp);
        } catch (NoSuchFileException ignored) {
            // already gone
        } catch (IOException e) {
            log.warn("Could not remove the temporary upload {}", temp, e);
        }
    }

    private Path resolve(String key) {
        Path path = root.resolve(key).normalize();
        if (!path.startsWith(root)) {
            throw new IllegalArgumentException("Storage key outside the storage directory: " + key);
        }
        return path;
    }

    /** An upload received into a temporary file, with its size and SHA-256 (hex). */
    record Received(Path file, long size, String sha256) {}
}
