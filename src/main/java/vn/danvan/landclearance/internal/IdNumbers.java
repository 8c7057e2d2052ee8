package vn.danvan.landclearance.internal;

import org.jspecify.annotations.Nullable;

/**
 * Số CMND/CCCD: a household head's identity number is personal data. Lists, exports for readers and pages for users
 * who do not keep household records show it masked, keeping only the first and last three digits.
 */
final class IdNumbers {

    private IdNumbers() {}

    /** {@code 001234567789} → {@code 001******789}; a short number is masked entirely; none gives "". */
    static String mask(@Nullable String idNumber) {
        if (idNumber == null || idNumber.isBlank()) {
            return "";
        }
        String s = idNumber.strip();
        if (s.length() <= 6) {
            return "*".repeat(s.length());
        }
        return s.substring(0, 3) + "*".repeat(s.length() - 6) + s.substring(s.length() - 3);
    }

    /** The number as the user may see it: whole for those who keep household records, masked for others. */
    static String shown(@Nullable String idNumber, boolean full) {
        if (idNumber == null) {
            return "";
        }
        return full ? idNumber : mask(idNumber);
    }
}
