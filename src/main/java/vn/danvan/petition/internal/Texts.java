package vn.danvan.petition.internal;

import java.text.Normalizer;
import org.jspecify.annotations.Nullable;

/** Text as received from outside: composed Unicode, no control characters except line breaks and tabs, trimmed. */
final class Texts {

    private Texts() {}

    static String clean(String text) {
        String s = Normalizer.normalize(text, Normalizer.Form.NFC).replace("\r\n", "\n");
        s = s.replaceAll("[\\p{Cntrl}&&[^\n\t]]", "").replaceAll("[\\u200B-\\u200F\\u202A-\\u202E\\u2066-\\u2069]", "");
        return s.strip();
    }

    static @Nullable String cleanOrNull(@Nullable String text) {
        if (text == null) {
            return null;
        }
        String s = clean(text);
        return s.isEmpty() ? null : s;
    }

    /** A single line: line breaks and tabs become spaces. */
    static @Nullable String line(@Nullable String text) {
        String s = cleanOrNull(text);
        return s == null ? null : s.replaceAll("\\s+", " ");
    }
}
