package vn.danvan.audit.internal;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * How an entry is hashed, so that anyone can recompute the chain, with this code or without it.
 *
 * <p>The hash is the SHA-256, in lower-case hex, of the canonical form of the entry. The canonical form is the
 * UTF-8 text {@code danvan-audit-v1}, a line feed, then these fields in this order, each written as
 * {@code <number of UTF-8 bytes>:<value>} followed by a line feed, or as {@code -} and a line feed when absent:
 * id (decimal); occurred_at (microseconds since 1970-01-01T00:00Z, decimal); actor_id (UUID, lower case);
 * actor_name; action; target_type; target_id; the number of details (decimal), then each detail's key and value,
 * keys in ascending order; client_address; outcome ({@code SUCCESS} or {@code FAILURE}); prev_hash. The length
 * prefix makes the form unambiguous whatever the values contain. The first entry's prev_hash is {@link #GENESIS}.
 */
final class HashChain {

    static final String GENESIS = "0".repeat(64);
    static final String VERSION = "danvan-audit-v1";

    private static final HexFormat HEX = HexFormat.of();

    private HashChain() {}

    /** The hash an entry must carry, computed from everything but its own {@code hash}. */
    static String hashOf(AuditEntry e) {
        try {
            return HEX.formatHex(MessageDigest.getInstance("SHA-256").digest(canonicalForm(e)));
        } catch (NoSuchAlgorithmException ex) {
            throw new IllegalStateException("Every Java runtime has SHA-256", ex);
        }
    }

    static byte[] canonicalForm(AuditEntry e) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(256);
        raw(out, VERSION);
        field(out, Long.toString(e.id()));
        field(out, Long.toString(ChronoUnit.MICROS.between(Instant.EPOCH, e.occurredAt())));
        field(out, e.actorId() == null ? null : e.actorId().toString());
        field(out, e.actorName());
        field(out, e.action());
        field(out, e.targetType());
        field(out, e.targetId());
        field(out, Integer.toString(e.details().size()));
        for (Map.Entry<String, String> detail : e.details().entrySet()) {
            field(out, detail.getKey());
            field(out, detail.getValue());
        }
        field(out, e.clientAddress());
        field(out, e.outcome().name());
        field(out, e.prevHash());
        return out.toByteArray();
    }

    private static void field(ByteArrayOutputStream out, @Nullable String value) {
        if (value == null) {
            raw(out, "-");
            return;
        }
        byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
        out.writeBytes(Integer.toString(bytes.length).getBytes(StandardCharsets.US_ASCII));
        out.write(':');
        out.writeBytes(bytes);
        out.write('\n');
    }

    private static void raw(ByteArrayOutputStream out, String value) {
        out.writeBytes(value.getBytes(StandardCharsets.UTF_8));
        out.write('\n');
    }
}
