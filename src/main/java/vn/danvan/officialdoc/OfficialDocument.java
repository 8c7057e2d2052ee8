package vn.danvan.officialdoc;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A document to render. The renderer lays it out in its family's format; the caller only says what it contains.
 *
 * @param family Party (HD 36) or State (ND 30)
 * @param parentBody the body above the issuer, e.g. "ĐẢNG BỘ TỈNH HƯNG YÊN" or "TỈNH ỦY HƯNG YÊN" (upper case is
 *     applied by the renderer)
 * @param issuingBody e.g. "BAN TUYÊN GIÁO VÀ DÂN VẬN"
 * @param number the document number with its symbol, already formatted by {@link DocumentNumbers}
 * @param place place name for the date line, e.g. "Hưng Yên"
 * @param date the issue date
 * @param type document type in words, e.g. "BÁO CÁO", "THÔNG BÁO KẾT LUẬN"
 * @param summary trích yếu, e.g. "Sơ kết 6 tháng thực hiện Chỉ thị số 29-CT/TU"
 * @param addressees "Kính gửi" lines (may be empty)
 * @param body sections in order
 * @param signature who signs and how
 * @param recipients "Nơi nhận" lines, e.g. "Thường trực Tỉnh ủy (để b/c)"; "Lưu" is added by the renderer
 * @param archiveUnit the unit abbreviation for the "Lưu" line (e.g. "BTGDVTU")
 */
public record OfficialDocument(
        DocumentFamily family,
        String parentBody,
        String issuingBody,
        String number,
        String place,
        LocalDate date,
        String type,
        String summary,
        List<String> addressees,
        List<Section> body,
        Signature signature,
        List<String> recipients,
        String archiveUnit) {

    /** Party (Hướng dẫn 36-HD/VPTW) or State (Nghị định 30/2020/NĐ-CP) format. */
    public enum DocumentFamily {
        PARTY,
        STATE
    }

    /** A part of the body: an optional heading, paragraphs, bullet items and an optional table. */
    public record Section(
            @Nullable String heading,
            List<String> paragraphs,
            List<String> bullets,
            @Nullable Table table) {

        public static Section of(String heading, String... paragraphs) {
            return new Section(heading, List.of(paragraphs), List.of(), null);
        }
    }

    /** A simple table: header cells and rows of cells. */
    public record Table(List<String> header, List<List<String>> rows) {}

    /**
     * The signature block: authority line (e.g. "T/M BAN THƯỜNG VỤ", "K/T TRƯỞNG BAN" for Party; "TM.", "KT." for
     * State — given verbatim), the signer's title ("PHÓ TRƯỞNG BAN") and name.
     */
    public record Signature(@Nullable String authority, String title, String name) {}
}
