package vn.danvan.organisation.internal.unit;

import java.text.Normalizer;
import java.util.Locale;
import vn.danvan.shared.text.VietnameseText;

/**
 * Keys under which the name of an old unit is looked up, from strict to loose. The published texts spell names
 * slightly differently from the datasets, and folding away every diacritic is too loose on its own: "Hòa Lộc" and
 * "Hoa Lộc" are two communes of one district, as are "Vĩnh Hùng" and "Vĩnh Hưng".
 */
final class NameKeys {

    private NameKeys() {}

    /**
     * Case-insensitive, diacritics kept, tone mark placement ignored: "Hoà" (old style) and "Hòa" (new style) are
     * equal, "Hòa" and "Hoa" are not.
     */
    static String exact(String name) {
        String decomposed =
                Normalizer.normalize(name.strip(), Normalizer.Form.NFD).toLowerCase(Locale.ROOT);
        StringBuilder key = new StringBuilder(decomposed.length());
        StringBuilder tones = new StringBuilder(2);
        for (int i = 0; i < decomposed.length(); i++) {
            char c = decomposed.charAt(i);
            if (isToneMark(c)) {
                tones.append(c);
            } else if (Character.isWhitespace(c)) {
                key.append(tones);
                tones.setLength(0);
                if (key.length() > 0 && key.charAt(key.length() - 1) != ' ') {
                    key.append(' ');
                }
            } else {
                key.append(isApostrophe(c) ? '\'' : c);
            }
        }
        return key.append(tones).toString().strip();
    }

    /** Without diacritics or case ({@link VietnameseText#fold}). */
    static String folded(String name) {
        return VietnameseText.fold(name);
    }

    /**
     * Folded, and also without spaces, apostrophes, hyphens or dots, with i and y as one letter (both spellings are
     * in use: "Quí"/"Quý", "Sĩ"/"Sỹ") and "Nông trường" as "NT": "Ea H'leo" = "EaHleo", "Văn Miếu - Quốc Tử Giám" =
     * "Văn Miếu Quốc Tử Giám", "Thị trấn Nông trường Lệ Ninh" = "Thị trấn NT Lệ Ninh".
     */
    static String loose(String name) {
        String folded = VietnameseText.fold(name).replace("nong truong", "nt");
        StringBuilder key = new StringBuilder(folded.length());
        for (int i = 0; i < folded.length(); i++) {
            char c = folded.charAt(i);
            if (c == ' ' || c == '\'' || c == '-' || c == '.' || c == '–') {
                continue;
            }
            key.append(c == 'y' ? 'i' : c);
        }
        return key.toString();
    }

    private static boolean isToneMark(char c) {
        return c == '\u0300' || c == '\u0301' || c == '\u0303' || c == '\u0309' || c == '\u0323';
    }

    private static boolean isApostrophe(char c) {
        return c == '\u2019' || c == '\u2018' || c == '\u02bc' || c == '`';
    }
}
