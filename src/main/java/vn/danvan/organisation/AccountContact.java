package vn.danvan.organisation;

import java.util.Locale;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * How to reach the person behind an account: the name to greet them by, their e-mail address from their personal
 * record (hồ sơ cán bộ), absent when none is recorded, and the language they read (Vietnamese unless they chose
 * another).
 */
public record AccountContact(
        UUID userId, String displayName, @Nullable String email, Locale locale) {

    /** Vietnamese, the language of the application unless a person chose another. */
    public static final Locale VIETNAMESE = Locale.forLanguageTag("vi-VN");

    public boolean hasEmail() {
        return email != null && !email.isBlank();
    }
}
