package vn.danvan.organisation.internal.account;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import vn.danvan.shared.Ids;

/**
 * A personal access token for the API. The token is shown once when created; only its SHA-256 is kept, with a
 * short prefix so the user can tell their tokens apart.
 */
@Entity
@Table(name = "access_token")
public class AccessToken {

    static final String PREFIX = "dvt_";
    private static final SecureRandom RANDOM = new SecureRandom();

    @Id
    private UUID id;

    private UUID userId;
    private String name;
    private String tokenHash;
    private String tokenPrefix;
    private Instant createdAt;
    private @Nullable Instant expiresAt;
    private @Nullable Instant lastUsedAt;
    private @Nullable Instant revokedAt;

    protected AccessToken() {}

    private AccessToken(UUID userId, String name, String secret, @Nullable Instant expiresAt, Instant now) {
        this.id = Ids.newId();
        this.userId = userId;
        this.name = name.strip();
        this.tokenHash = hash(secret);
        this.tokenPrefix = secret.substring(0, PREFIX.length() + 4);
        this.createdAt = now;
        this.expiresAt = expiresAt;
    }

    /** A new token and its secret value, which is never stored. */
    static Issued issue(UUID userId, String name, @Nullable Instant expiresAt, Instant now) {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        String secret = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        return new Issued(new AccessToken(userId, name, secret, expiresAt, now), secret);
    }

    static String hash(String secret) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(sha.digest(secret.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    boolean isUsable(Instant now) {
        return revokedAt == null && (expiresAt == null || expiresAt.isAfter(now));
    }

    void used(Instant now) {
        this.lastUsedAt = now;
    }

    void revoke(Instant now) {
        if (revokedAt == null) {
            revokedAt = now;
        }
    }

    public UUID id() {
        return id;
    }

    public UUID userId() {
        return userId;
    }

    public String name() {
        return name;
    }

    public String tokenPrefix() {
        return tokenPrefix;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public @Nullable Instant expiresAt() {
        return expiresAt;
    }

    public @Nullable Instant lastUsedAt() {
        return lastUsedAt;
    }

    public @Nullable Instant revokedAt() {
        return revokedAt;
    }

    /** A token just created, with the secret to show once. */
    record Issued(AccessToken token, String secret) {}
}
