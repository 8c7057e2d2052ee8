package vn.danvan.organisation.internal.account;

import java.security.SecureRandom;
import java.util.Locale;
import vn.danvan.organisation.internal.org.OrganisationRuleViolation;

/** What a password must be, and temporary passwords for new accounts and resets. */
final class PasswordPolicy {

    static final int MIN_LENGTH = 10;
    private static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnpqrstuvwxyz23456789";
    private static final SecureRandom RANDOM = new SecureRandom();

    private PasswordPolicy() {}

    /** Refuses a password that is too short, equal to the username, or made of one repeated character. */
    static void check(String username, String password) {
        if (password.length() < MIN_LENGTH) {
            throw new OrganisationRuleViolation("organisation.error.passwordTooShort", MIN_LENGTH);
        }
        if (password.toLowerCase(Locale.ROOT).contains(username.toLowerCase(Locale.ROOT))) {
            throw new OrganisationRuleViolation("organisation.error.passwordContainsUsername");
        }
        if (password.chars().distinct().count() < 4) {
            throw new OrganisationRuleViolation("organisation.error.passwordTooSimple");
        }
    }

    static String temporary() {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 14; i++) {
            sb.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return sb.toString();
    }
}
