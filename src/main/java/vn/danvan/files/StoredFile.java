package vn.danvan.files;

import java.time.Instant;
import java.util.UUID;

/** A stored attachment: its detected content type (not the one the browser claimed), size and SHA-256. */
public record StoredFile(
        UUID id,
        FileOwner owner,
        String filename,
        String contentType,
        long size,
        String sha256,
        Instant uploadedAt,
        String uploadedBy) {}
