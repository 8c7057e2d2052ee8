package vn.danvan.officialdoc.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import vn.danvan.officialdoc.OfficialDocument;
import vn.danvan.officialdoc.OfficialDocument.DocumentFamily;

/**
 * The words of a document as they are printed, worked out once so that the DOCX and the PDF say the same thing:
 * upper case where the format wants it, the number line, the place and date line, the "Kính gửi" and "Nơi nhận"
 * lines with their punctuation, the fixed phrases of the header.
 */
record DocumentText(
        DocumentFamily family,
        String parentBody,
        String issuingBody,
        String numberLine,
        String dateLine,
        String type,
        String summary,
        List<String> addressees,
        List<OfficialDocument.Section> body,
        @Nullable String signatureAuthority,
        String signatureTitle,
        String signerName,
        List<String> recipients) {

    static final Locale VIETNAMESE = Locale.forLanguageTag("vi-VN");

    /** Party header, top right (HD 36). */
    static final String PARTY_HEADING = "ĐẢNG CỘNG SẢN VIỆT NAM";

    /** The mark under the Party issuing body (HD 36). */
    static final String PARTY_MARK = "*";

    /** Quốc hiệu (ND 30 box 1). */
    static final String NATIONAL_TITLE = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM";

    /** Tiêu ngữ (ND 30 box 1). */
    static final String MOTTO = "Độc lập - Tự do - Hạnh phúc";

    static final String ADDRESSEE_LABEL = "Kính gửi:";

    static final String RECIPIENTS_LABEL = "Nơi nhận:";

    static DocumentText of(OfficialDocument document) {
        DocumentLayout layout = DocumentLayout.of(document.family());
        var signature = document.signature();
        return new DocumentText(
                document.family(),
                upper(document.parentBody()),
                upper(document.issuingBody()),
                DocumentNumberFormat.numberLine(
                        document.family(), document.number().strip()),
                dateLine(document.place(), document.date()),
                upper(document.type()),
                document.summary().strip(),
                addresseeLines(document.addressees()),
                document.body(),
                signature.authority() == null || signature.authority().isBlank() ? null : upper(signature.authority()),
                upper(signature.title()),
                signature.name().strip(),
                recipientLines(document.recipients(), layout, document.archiveUnit()));
    }

    /**
     * "Hưng Yên, ngày 05 tháng 01 năm 2026": days below 10 and the months January and February take a leading zero
     * (ND 30 box 4, "ngày nhỏ hơn 10 và tháng 1, 2"), so that a date cannot be lengthened by hand; applied to Party
     * documents too.
     */
    static String dateLine(String place, LocalDate date) {
        String day = date.getDayOfMonth() < 10 ? "0" + date.getDayOfMonth() : String.valueOf(date.getDayOfMonth());
        String month = date.getMonthValue() <= 2 ? "0" + date.getMonthValue() : String.valueOf(date.getMonthValue());
        return place.strip() + ", ngày " + day + " tháng " + month + " năm " + date.getYear();
    }

    /** One addressee on the "Kính gửi:" line itself, without punctuation; several as "- …;" lines, the last ending with a full stop. */
    static List<String> addresseeLines(List<String> addressees) {
        List<String> cleaned = addressees.stream()
                .map(DocumentText::withoutEndPunctuation)
                .filter(a -> !a.isEmpty())
                .toList();
        if (cleaned.size() <= 1) {
            return cleaned.stream().map(a -> ADDRESSEE_LABEL + " " + a).toList();
        }
        List<String> lines = new ArrayList<>();
        lines.add(ADDRESSEE_LABEL);
        for (int i = 0; i < cleaned.size(); i++) {
            lines.add("- " + cleaned.get(i) + (i == cleaned.size() - 1 ? "." : ";"));
        }
        return lines;
    }

    /** "- Thường trực Tỉnh ủy (để b/c)," … then the archive line: "- Lưu: VT, BDV." or "- Lưu Văn phòng BDV.". */
    static List<String> recipientLines(List<String> recipients, DocumentLayout layout, String archiveUnit) {
        List<String> lines = new ArrayList<>();
        for (String recipient : recipients) {
            String cleaned = withoutEndPunctuation(recipient);
            if (cleaned.startsWith("-")) {
                cleaned = cleaned.substring(1).strip();
            }
            if (!cleaned.isEmpty()) {
                lines.add("- " + cleaned + layout.recipientSeparator());
            }
        }
        lines.add(layout.archivePrefix() + archiveUnit.strip() + ".");
        return lines;
    }

    static String upper(String text) {
        return text.strip().toUpperCase(VIETNAMESE);
    }

    private static String withoutEndPunctuation(String text) {
        return text.strip().replaceAll("[\\s,;.]+$", "");
    }
}
