package vn.danvan.audit;

import java.nio.charset.StandardCharsets;

/**
 * Makes a string storable exactly as it will be hashed: PostgreSQL text cannot hold NUL, and a lone UTF-16
 * surrogate does not survive the round trip through UTF-8, so both are replaced before the entry is hashed.
 */
final class AuditText {

    private AuditText() {}

    static String clean(String value, int maxLength) {
        String cut = value.length() > maxLength ? value.substring(0, maxLength) : value;
        String wellFormed = new String(cut.getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8);
        return wellFormed.replace('\u0000', '\uFFFD');
    }
}
