package vn.danvan.shared.text;

import com.ibm.icu.text.Collator;
import com.ibm.icu.util.ULocale;
import java.text.Normalizer;
import java.util.Comparator;

/**
 * Vietnamese text for search and sorting.
 *
 * <p>{@link #fold} makes search ignore case and diacritics ("THAI THUY" finds "Thái Thụy"); it uses the JDK
 * {@link Normalizer} rather than ICU transliteration because it runs on every indexed and every searched string.
 * {@link #sortKey} and {@link #collator} give Vietnamese alphabetical order (a, ă, â, b, c, d, đ, e, ê, …), which
 * neither code-point order nor the database's C collation gives: store the key in a {@code bytea} column and
 * {@code ORDER BY} it.
 */
public final class VietnameseText {

    /** ICU's Vietnamese rules; frozen, so one instance is safe to share between threads. */
    private static final Collator COLLATOR =
            Collator.getInstance(new ULocale("vi")).freeze();

    private VietnameseText() {}

    /**
     * The search form of a text: lower case, without diacritics, đ as d, typographic apostrophes as {@code '},
     * runs of white space as one space, trimmed. "Thái  Thụy", "THAI THUY" and "thai thuy" all give "thai thuy".
     */
    public static String fold(String text) {
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD);
        StringBuilder folded = new StringBuilder(decomposed.length());
        boolean pendingSpace = false;
        for (int i = 0; i < decomposed.length(); i++) {
            char c = decomposed.charAt(i);
            if (Character.getType(c) == Character.NON_SPACING_MARK) {
                continue;
            }
            if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                pendingSpace = folded.length() > 0;
                continue;
            }
            if (pendingSpace) {
                folded.append(' ');
                pendingSpace = false;
            }
            folded.append(foldLetter(c));
        }
        return folded.toString();
    }

    /**
     * The ICU collation key of a text under Vietnamese rules. Comparing two keys byte by byte (unsigned, as
     * PostgreSQL compares {@code bytea}) gives the same order as {@link #collator()}.
     */
    public static byte[] sortKey(String text) {
        return COLLATOR.getCollationKey(text).toByteArray();
    }

    /** Vietnamese alphabetical order: "An", "Ăn", "Ân", "Bình", "Dương", "Đông". Thread-safe. */
    public static Comparator<String> collator() {
        return COLLATOR::compare;
    }

    private static char foldLetter(char c) {
        return switch (c) {
            case 'đ', 'Đ', 'ð', 'Ð' -> 'd';
            case '\u2019', '\u2018', '\u02bc', '`', '\u00b4' -> '\'';
            default -> Character.toLowerCase(c);
        };
    }
}
