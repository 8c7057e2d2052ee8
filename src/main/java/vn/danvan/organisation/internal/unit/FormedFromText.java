package vn.danvan.organisation.internal.unit;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import vn.danvan.organisation.UnitKind;
import vn.danvan.organisation.UnitLevel;

/**
 * Reads the published "formed from" text (trước sáp nhập) of a unit created on 1 July 2025 into fragments, one per
 * old unit it names. The texts are free Vietnamese, written by hand:
 *
 * <ul>
 *   <li>"Phường Dị Sử, Phường Phùng Chí Kiên, Xã Xuân Dục và Xã Ngọc Lâm": units separated by ", " and " và ";
 *   <li>"Xã Tân Hòa (huyện Vũ Thư)": a note in parentheses naming the old district tells same-named communes apart;
 *   <li>"Xã Tân Ân (phần còn lại sau khi sáp nhập vào xã Phan Ngọc Hiển)", "phần còn lại củ Xã Ngọc Thanh" (sic),
 *       "một phần diện tích TN, quy mô dân số của các phường Cửa Nam, Điện Biên": only part of the old unit went
 *       into this one. Such a qualifier applies to every unit named after it, until the next qualifier ("toàn bộ …"
 *       starts a whole group again): marking a whole unit as partial is the safer error;
 *   <li>"các phường Cửa Nam, Điện Biên": the kind is said once for a list of bare names;
 *   <li>"Huyện Côn Đảo": a whole old district became a special zone;
 *   <li>"giữ nguyên": unchanged;
 *   <li>a note after a full stop ("… tỉnh Đồng Nai. Từ ngày 30/04/2026, …") is not part of the list.
 * </ul>
 */
final class FormedFromText {

    /**
     * One old unit named in the text.
     *
     * @param text the piece of the text, as published (shown to an administrator if it cannot be matched)
     * @param kind the kind it was named with, {@code null} if named without one (or as "thành phố", which is
     *     ambiguous among district-level cities)
     * @param name the name without its kind
     * @param districtHint the old district named in parentheses, without its kind ("Vũ Thư", "5")
     * @param partial only part of the old unit went into the new one
     */
    record Fragment(
            String text,
            UnitLevel level,
            @Nullable UnitKind kind,
            String name,
            @Nullable String districtHint,
            boolean partial) {}

    private static final Pattern NOTE_AFTER_FULL_STOP = Pattern.compile("(?<!\\bTP)\\.\\s+(?=\\p{Lu})");
    private static final Pattern PARENTHESES = Pattern.compile("\\(([^()]*)\\)");
    private static final Pattern DISTRICT_HINT = Pattern.compile("^(?:huyện|quận|thị xã|thành phố|tp\\.?)\\s*(.+)$");
    private static final Pattern PARTIAL = Pattern.compile("một phần|phần còn lại|phần còn lai");
    private static final Pattern AFTER_REARRANGEMENT = Pattern.compile("\\s+sau khi s[aắ]p xếp\\b.*$");
    private static final String WHOLE = "(?:toàn bộ|toàn bố)";
    private static final String AREA = "diện tích(?:\\s+(?:tn|tự nhiên))?";
    private static final String POPULATION = "(?:" + WHOLE + "\\s+)?quy mô dân số";
    private static final Pattern QUALIFIER = Pattern.compile("^(?:và\\s+)?(?:sắp xếp\\s+)?"
            + "(?:(?:một phần|" + WHOLE + "|phần còn lại|phần còn lai)(?:\\s+" + AREA + ")?|" + AREA + "|" + POPULATION
            + ")"
            + "(?:\\s*,?\\s*" + POPULATION + ")?"
            + "(?:\\s+(?:của|củ))*"
            + "(?:\\s+các)?"
            + "(?=\\s|$)");
    private static final Pattern LEADING_JOINERS = Pattern.compile("^(?:và\\s+)?(?:(các)\\s+)?");
    private static final Pattern COMMUNE_KIND = Pattern.compile("^(xã|phường|thị trấn)\\s+");
    private static final Pattern DISTRICT_KIND = Pattern.compile("^(huyện|quận|thị xã|thành phố)\\s+");
    private static final Pattern WHITE_SPACE = Pattern.compile("[\\s\\u00a0]+");
    private static final Pattern TRAILING_DOTS = Pattern.compile("[.\\s]+$");
    private static final Pattern TRAILING_PUNCTUATION = Pattern.compile("[.;:]+$");
    private static final Pattern PROVINCE_KIND = Pattern.compile("^(?:tỉnh|thành phố|tp\\.?)\\s+");

    private FormedFromText() {}

    /** Whether the text says the unit was kept as it was ("giữ nguyên"). */
    static boolean isUnchanged(String text) {
        return TRAILING_DOTS
                .matcher(NameKeys.folded(text))
                .replaceAll("")
                .strip()
                .equals("giu nguyen");
    }

    /** The names of old provinces in a province's text ("tỉnh Thái Bình và tỉnh Hưng Yên"), without their kind. */
    static List<String> provinceNames(String text) {
        List<String> names = new ArrayList<>();
        for (String piece : pieces(withoutNotes(normalise(text)))) {
            String lower = lower(piece);
            Matcher kind = PROVINCE_KIND.matcher(lower);
            String name = kind.find() ? piece.substring(kind.end()) : piece;
            if (!name.isBlank()) {
                names.add(name.strip());
            }
        }
        return names;
    }

    /** The old communes (or whole districts) named in a commune's text, in order. */
    static List<Fragment> fragments(String text) {
        List<Fragment> fragments = new ArrayList<>();
        boolean groupPartial = false;
        boolean qualifierOpen = false;
        UnitKind groupKind = null;
        for (String piece : pieces(withoutNotes(normalise(text)))) {
            String districtHint = null;
            boolean partial = false;
            Matcher note = PARENTHESES.matcher(piece);
            while (note.find()) {
                String content = lower(note.group(1).strip());
                Matcher hint = DISTRICT_HINT.matcher(content);
                if (hint.matches()) {
                    districtHint = note.group(1).strip().substring(hint.start(1));
                }
                partial |= PARTIAL.matcher(content).find();
            }
            String rest = collapse(PARENTHESES.matcher(piece).replaceAll(" "));
            Matcher after = AFTER_REARRANGEMENT.matcher(lower(rest));
            if (after.find()) {
                rest = rest.substring(0, after.start());
            }

            boolean startsGroup;
            Matcher qualifier = QUALIFIER.matcher(lower(rest));
            if (qualifier.find()) {
                boolean saysPartial = PARTIAL.matcher(qualifier.group()).find();
                groupPartial = qualifierOpen ? groupPartial || saysPartial : saysPartial;
                groupKind = null;
                rest = rest.substring(qualifier.end()).strip();
                qualifierOpen = rest.isEmpty();
                if (qualifierOpen) {
                    continue;
                }
                startsGroup = true;
            } else {
                qualifierOpen = false;
                Matcher joiners = LEADING_JOINERS.matcher(lower(rest));
                joiners.find();
                startsGroup = joiners.group(1) != null;
                rest = rest.substring(joiners.end()).strip();
            }

            UnitLevel level = UnitLevel.COMMUNE;
            UnitKind kind = null;
            // "xã Xã Đình Dù", "các phường Phường Cửa Nam": the kind may be said twice
            for (int i = 0; i < 2; i++) {
                Matcher communeKind = COMMUNE_KIND.matcher(lower(rest));
                if (!communeKind.find() || (kind != null && communeKindOf(communeKind.group(1)) != kind)) {
                    break;
                }
                kind = communeKindOf(communeKind.group(1));
                rest = rest.substring(communeKind.end());
            }
            if (kind != null && startsGroup) {
                groupKind = kind;
            }
            if (kind == null) {
                Matcher districtKind = DISTRICT_KIND.matcher(lower(rest));
                if (districtKind.find()) {
                    level = UnitLevel.DISTRICT;
                    kind = districtKindOf(districtKind.group(1));
                    rest = rest.substring(districtKind.end());
                } else {
                    kind = groupKind;
                }
            }
            String name =
                    TRAILING_PUNCTUATION.matcher(rest.strip()).replaceAll("").strip();
            if (!name.isEmpty()) {
                fragments.add(new Fragment(piece.strip(), level, kind, name, districtHint, groupPartial || partial));
            }
        }
        return fragments;
    }

    /** NFC (the published files mix composed and decomposed letters), one space for any run of white space. */
    private static String normalise(String text) {
        return collapse(Normalizer.normalize(text, Normalizer.Form.NFC));
    }

    private static String collapse(String text) {
        return WHITE_SPACE.matcher(text).replaceAll(" ").strip();
    }

    private static String withoutNotes(String text) {
        Matcher fullStop = NOTE_AFTER_FULL_STOP.matcher(text);
        int from = 0;
        while (fullStop.find(from)) {
            if (depthAt(text, fullStop.start()) == 0) {
                return text.substring(0, fullStop.start());
            }
            from = fullStop.end();
        }
        return TRAILING_DOTS.matcher(text).replaceAll("");
    }

    private static int depthAt(String text, int index) {
        int depth = 0;
        for (int i = 0; i < index; i++) {
            char c = text.charAt(i);
            if (c == '(') {
                depth++;
            } else if (c == ')' && depth > 0) {
                depth--;
            }
        }
        return depth;
    }

    /** Splits on "," and " và " outside parentheses. */
    private static List<String> pieces(String text) {
        List<String> pieces = new ArrayList<>();
        String lower = lower(text);
        int depth = 0;
        int start = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '(') {
                depth++;
            } else if (c == ')' && depth > 0) {
                depth--;
            } else if (depth == 0 && (c == ',' || c == ';')) {
                pieces.add(text.substring(start, i));
                start = i + 1;
            } else if (depth == 0 && lower.startsWith(" và ", i)) {
                pieces.add(text.substring(start, i));
                start = i + " và ".length();
                i = start - 1;
            }
        }
        pieces.add(text.substring(start));
        return pieces.stream().map(String::strip).filter(p -> !p.isEmpty()).toList();
    }

    /** Lower case, one char for one char, so that indexes found in it apply to the original. */
    private static String lower(String text) {
        char[] chars = text.toCharArray();
        for (int i = 0; i < chars.length; i++) {
            chars[i] = Character.toLowerCase(chars[i]);
        }
        return new String(chars);
    }

    private static UnitKind communeKindOf(String word) {
        return switch (word) {
            case "phường" -> UnitKind.WARD;
            case "thị trấn" -> UnitKind.TOWNSHIP;
            default -> UnitKind.COMMUNE;
        };
    }

    private static @Nullable UnitKind districtKindOf(String word) {
        return switch (word) {
            case "huyện" -> UnitKind.DISTRICT;
            case "quận" -> UnitKind.URBAN_DISTRICT;
            case "thị xã" -> UnitKind.DISTRICT_TOWN;
            default -> null;
        };
    }
}
