package vn.danvan.petition.internal;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.LocalDate;
import java.util.Base64;
import org.springframework.stereotype.Component;
import vn.danvan.petition.PetitionKind;

/**
 * Tracking codes ("PA-26-7K3QX9": kind, year, six random characters) and secrets (twelve random characters), both
 * from an alphabet without look-alike characters so they can be read out over the phone. A secret is stored only as
 * a salted SHA-256 and compared in constant time.
 */
@Component
class TrackingCodes {

    static final String ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";
    static final int SECRET_LENGTH = 12;
    private final SecureRandom random = new SecureRandom();

    String newCode(PetitionKind kind, LocalDate on) {
        String prefix = switch (kind) {
            case REFLECTION -> "PA";
            case COMPLAINT, COMPLAINT_SECOND -> "KN";
            case DENUNCIATION -> "TC";
        };
        return prefix + "-" + String.format("%02d", on.getYear() % 100) + "-" + randomText(6);
    }

    String newSecret() {
        return randomText(SECRET_LENGTH);
    }

    /** {@code sha256$<salt>$<hash>}, both base64. */
    String hash(String secret) {
        byte[] salt = new byte[16];
        random.nextBytes(salt);
        return "sha256$" + Base64.getEncoder().encodeToString(salt) + "$"
                + Base64.getEncoder().encodeToString(digest(salt, normalise(secret)));
    }

    /** Whether the secret matches the stored hash, in time independent of where they differ. */
    boolean matches(String secret, String stored) {
        String[] parts = stored.split("\\$");
        if (parts.length != 3 || !parts[0].equals("sha256")) {
            return false;
        }
        byte[] expected = Base64.getDecoder().decode(parts[2]);
        byte[] actual = digest(Base64.getDecoder().decode(parts[1]), normalise(secret));
        return MessageDigest.isEqual(expected, actual);
    }

    /** Spends the same work as a real check when there is nothing to compare with. */
    void dummyCheck(String secret) {
        digest(new byte[16], normalise(secret));
    }

    static String normalise(String text) {
        return text.strip().toUpperCase(java.util.Locale.ROOT).replaceAll("[\\s-]", "");
    }

    private String randomText(int length) {
        StringBuilder b = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            b.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return b.toString();
    }

    private static byte[] digest(byte[] salt, String secret) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(salt);
            return sha.digest(secret.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("SHA-256 unavailable", e);
        }
    }
}
