package vn.danvan.officialdoc.internal;

import java.text.Normalizer;
import vn.danvan.officialdoc.OfficialDocument.DocumentFamily;

/**
 * Số, ký hiệu: how a document number and its symbol are written in each family.
 *
 * <ul>
 *   <li>State (Nghị định 30/2020/NĐ-CP, Appendix I, box 3): "Số: 05/BC-UBND" — colon after "Số", a slash between
 *       the number and the symbol, a hyphen inside the symbol (type, then issuing agency).
 *   <li>Party (Hướng dẫn 36-HD/VPTW): "Số 05-BC/BTGDVTU" — no colon, a hyphen between the number and the type, a
 *       slash before the issuing body (as in Chỉ thị 29-CT/TU).
 * </ul>
 *
 * <p>Numbers below 10 are written with two digits in both families. ND 30 requires it for State documents; for
 * Party documents ⚠ it follows the practice of published Party documents (Chỉ thị 05-CT/TW, Kết luận 01-KL/TW)
 * and was not checked against the text of HD 36.
 */
final class DocumentNumberFormat {

    /** ND 30 box 3: "số thứ tự … nhỏ hơn 10 phải ghi thêm số 0 phía trước". */
    static final int MIN_DIGITS = 2;

    /** The width of {@code document_number_sequence.type_code}. */
    static final int MAX_TYPE_CODE = 10;

    static final int MAX_BODY_ABBREVIATION = 30;

    private DocumentNumberFormat() {}

    static String format(DocumentFamily family, int number, String typeCode, String bodyAbbreviation) {
        if (number < 1) {
            throw new IllegalArgumentException("A document number starts at 1, not " + number);
        }
        requireCode(typeCode, "typeCode", MAX_TYPE_CODE);
        requireCode(bodyAbbreviation, "bodyAbbreviation", MAX_BODY_ABBREVIATION);
        String digits = String.format("%0" + MIN_DIGITS + "d", number);
        return switch (family) {
            case PARTY -> digits + "-" + typeCode + "/" + bodyAbbreviation;
            case STATE -> digits + "/" + typeCode + "-" + bodyAbbreviation;
        };
    }

    static String numberLine(DocumentFamily family, String formatted) {
        return switch (family) {
            case PARTY -> "Số " + formatted;
            case STATE -> "Số: " + formatted;
        };
    }

    /**
     * A file name stem safe on every system: "05-BC/BTGDVTU" → "05-BC-BTGDVTU", "03-QĐi/TU" → "03-QDi-TU" (letters
     * without diacritics, any other character a hyphen).
     */
    static String fileStem(String formatted) {
        String ascii = Normalizer.normalize(formatted.replace('Đ', 'D').replace('đ', 'd'), Normalizer.Form.NFD)
                .replaceAll("\\p{M}+", "");
        String stem = ascii.replaceAll("[^A-Za-z0-9-]+", "-").replaceAll("-{2,}", "-");
        stem = stem.replaceAll("^-|-$", "");
        return stem.isEmpty() ? "van-ban" : stem;
    }

    static void requireCode(String code, String what, int maxLength) {
        if (code.isBlank()
                || code.length() > maxLength
                || code.chars().anyMatch(c -> Character.isWhitespace(c) || c == '/')) {
            throw new IllegalArgumentException(
                    what + " must be 1–" + maxLength + " characters without spaces or '/': '" + code + "'");
        }
    }
}
