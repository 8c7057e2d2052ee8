package vn.danvan.petition.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.jspecify.annotations.Nullable;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;
import vn.danvan.petition.NewPetition.Sender;
import vn.danvan.shared.text.VietnameseText;

/**
 * The only place a sender's identity exists in plain text. Each field is encrypted with AES-256-GCM under a key kept
 * outside the database ({@code danvan.petition.identity-key}, base64 of 32 bytes, or a key file generated once at
 * {@code danvan.petition.identity-key-file}, by default {@code ${DANVAN_DATA_DIR:./data}/keys/petition-identity.key},
 * readable by the owner only), with a random 12-byte IV prepended to each value. The fingerprint used to suggest
 * duplicates is an HMAC-SHA256, under a key derived from the same secret, of the folded name and the phone's digits.
 */
@Component
class IdentityVault {

    private static final int IV_BYTES = 12;
    private static final int TAG_BITS = 128;

    private final SecretKeySpec encryptionKey;
    private final SecretKeySpec fingerprintKey;
    private final String keyId;
    private final SecureRandom random = new SecureRandom();

    IdentityVault(Environment environment) {
        byte[] master = masterKey(environment);
        if (master.length != 32) {
            throw new IllegalStateException("The petition identity key must be 32 bytes (base64)");
        }
        this.encryptionKey = new SecretKeySpec(derive(master, "danvan-petition-identity-encryption"), "AES");
        this.fingerprintKey = new SecretKeySpec(derive(master, "danvan-petition-identity-fingerprint"), "HmacSHA256");
        this.keyId = "k-" + HexFormat.of().formatHex(sha256(master), 0, 8);
    }

    /** A sender's identity as stored: encrypted fields, the key id, the fingerprint and whether anonymous. */
    record Sealed(
            String keyId,
            byte @Nullable [] name,
            byte @Nullable [] idNumber,
            byte @Nullable [] address,
            byte @Nullable [] phone,
            byte @Nullable [] email,
            @Nullable String fingerprint,
            boolean anonymous) {

        @Override
        public String toString() {
            return "Sealed[" + keyId + "]";
        }
    }

    String keyId() {
        return keyId;
    }

    Sealed seal(Sender sender) {
        String name = clean(sender.name());
        String phone = clean(sender.phone());
        return new Sealed(
                keyId,
                encrypt(name),
                encrypt(clean(sender.idNumber())),
                encrypt(clean(sender.address())),
                encrypt(phone),
                encrypt(clean(sender.email())),
                fingerprint(name, phone),
                name == null);
    }

    Sender open(Sealed sealed) {
        if (!sealed.keyId().equals(keyId)) {
            throw new IllegalStateException("The identity was sealed with another key (" + sealed.keyId() + ")");
        }
        return new Sender(
                decrypt(sealed.name()),
                decrypt(sealed.idNumber()),
                decrypt(sealed.address()),
                decrypt(sealed.phone()),
                decrypt(sealed.email()));
    }

    /** The keyed hash of a person's folded name and phone digits; {@code null} without name and phone. */
    @Nullable
    String fingerprint(@Nullable String name, @Nullable String phone) {
        String folded = name == null
                ? ""
                : VietnameseText.fold(name).replaceAll("\\s+", " ").strip();
        String digits = phone == null ? "" : phone.replaceAll("\\D", "");
        if (folded.isEmpty() && digits.isEmpty()) {
            return null;
        }
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(fingerprintKey);
            return HexFormat.of().formatHex(mac.doFinal((folded + "|" + digits).getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC unavailable", e);
        }
    }

    byte @Nullable [] encrypt(@Nullable String text) {
        if (text == null) {
            return null;
        }
        try {
            byte[] iv = new byte[IV_BYTES];
            random.nextBytes(iv);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, encryptionKey, new GCMParameterSpec(TAG_BITS, iv));
            byte[] sealed = cipher.doFinal(text.getBytes(StandardCharsets.UTF_8));
            return ByteBuffer.allocate(iv.length + sealed.length)
                    .put(iv)
                    .put(sealed)
                    .array();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Encryption failed", e);
        }
    }

    @Nullable
    String decrypt(byte @Nullable [] value) {
        if (value == null) {
            return null;
        }
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, encryptionKey, new GCMParameterSpec(TAG_BITS, value, 0, IV_BYTES));
            return new String(cipher.doFinal(value, IV_BYTES, value.length - IV_BYTES), StandardCharsets.UTF_8);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Decryption failed", e);
        }
    }

    private static @Nullable String clean(@Nullable String value) {
        if (value == null) {
            return null;
        }
        String s = Texts.clean(value);
        return s.isEmpty() ? null : s;
    }

    private static byte[] masterKey(Environment environment) {
        String configured = environment.getProperty("danvan.petition.identity-key");
        if (configured != null && !configured.isBlank()) {
            return Base64.getDecoder().decode(configured.strip());
        }
        String file = environment.getProperty(
                "danvan.petition.identity-key-file",
                Path.of(System.getenv().getOrDefault("DANVAN_DATA_DIR", "./data"), "keys", "petition-identity.key")
                        .toString());
        return keyFile(Path.of(file));
    }

    /** Reads the key file, creating it (owner-only) with a new random key the first time. */
    static byte[] keyFile(Path path) {
        try {
            if (!Files.exists(path)) {
                Files.createDirectories(path.toAbsolutePath().getParent());
                byte[] key = new byte[32];
                new SecureRandom().nextBytes(key);
                try {
                    if (path.getFileSystem().supportedFileAttributeViews().contains("posix")) {
                        Files.createFile(
                                path,
                                PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
                    } else {
                        Files.createFile(path);
                    }
                    Files.writeString(path, Base64.getEncoder().encodeToString(key) + "\n");
                } catch (FileAlreadyExistsException raced) {
                    // another process created it first: read theirs
                }
            }
            return Base64.getDecoder().decode(Files.readString(path).strip());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read or create the petition identity key file", e);
        }
    }

    private static byte[] derive(byte[] master, String purpose) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(master, "HmacSHA256"));
            return mac.doFinal(purpose.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC unavailable", e);
        }
    }

    private static byte[] sha256(byte[] bytes) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(bytes);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("SHA-256 unavailable", e);
        }
    }
}
