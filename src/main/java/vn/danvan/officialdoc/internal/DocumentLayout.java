package vn.danvan.officialdoc.internal;

import vn.danvan.officialdoc.OfficialDocument.DocumentFamily;

/**
 * Thể thức và kỹ thuật trình bày: the measures of a family's layout, in points and millimetres, as the format
 * texts give them (DOMAIN.md §9). Where a text gives a range, the value used is named here so that it can be
 * corrected in one place.
 *
 * <p>State: Nghị định 30/2020/NĐ-CP, Appendix I. Party: Hướng dẫn 36-HD/VPTW (3/4/2018); ⚠ its margins are
 * believed to be those of ND 30's lower bounds and were not checked against the text.
 *
 * @param headerMinLeftShare the least share of the text width for the header's left column (agency, number)
 * @param parentBodySize cơ quan chủ quản / cấp ủy cấp trên: upper case, upright
 * @param issuingBodySize cơ quan ban hành: upper case, bold
 * @param headingSize Party "ĐẢNG CỘNG SẢN VIỆT NAM" (15) / State Quốc hiệu (13)
 * @param mottoSize State Tiêu ngữ "Độc lập - Tự do - Hạnh phúc" (bold, underlined); unused for the Party
 * @param numberSize the "Số" line
 * @param dateSize the place and date line (italic)
 * @param typeSize the document type, e.g. "BÁO CÁO" (upper, bold)
 * @param summarySize trích yếu (bold)
 * @param bodySize body text
 * @param tableSize table cells
 * @param signatureSize signature block
 * @param recipientsTitleSize "Nơi nhận:" (italic, bold)
 * @param recipientsSize the recipient lines (upright)
 * @param recipientSeparator punctuation that ends every recipient line but the last
 * @param archivePrefix the last recipient line before the archive unit: "- Lưu: VT, " or "- Lưu Văn phòng "
 */
record DocumentLayout(
        double headerMinLeftShare,
        int parentBodySize,
        int issuingBodySize,
        int headingSize,
        int mottoSize,
        int numberSize,
        int dateSize,
        int typeSize,
        int summarySize,
        int bodySize,
        int tableSize,
        int signatureSize,
        int recipientsTitleSize,
        int recipientsSize,
        String recipientSeparator,
        String archivePrefix) {

    /** A4 portrait (ND 30 Appendix I §II; HD 36). */
    static final double PAGE_WIDTH_MM = 210;

    static final double PAGE_HEIGHT_MM = 297;

    /** ND 30: top 20–25 mm; ⚠ HD 36 believed 20 mm. */
    static final double MARGIN_TOP_MM = 20;

    /** ND 30: bottom 20–25 mm; ⚠ HD 36 believed 20 mm. */
    static final double MARGIN_BOTTOM_MM = 20;

    /** ND 30: left 30–35 mm; ⚠ HD 36 believed 30 mm. */
    static final double MARGIN_LEFT_MM = 30;

    /** ND 30: right 15–20 mm; ⚠ HD 36 believed 15 mm. */
    static final double MARGIN_RIGHT_MM = 15;

    static final double TEXT_WIDTH_MM = PAGE_WIDTH_MM - MARGIN_LEFT_MM - MARGIN_RIGHT_MM;

    /** ND 30 box 6: first-line indent 1 or 1.27 cm. */
    static final double FIRST_LINE_INDENT_MM = 12.7;

    /** ND 30 box 6: at least 6 pt between paragraphs. */
    static final int PARAGRAPH_SPACING_PT = 6;

    /** ND 30 box 6: line spacing from single to 1.5 lines. */
    static final double LINE_SPACING = 1.15;

    /** Space left for the handwritten signature and the seal (ND 30 boxes 7 and 8). */
    static final double SIGNATURE_SPACE_MM = 25;

    /** The page number: centred in the top margin, from page 2 (ND 30 Appendix I §II.9). */
    static final int PAGE_NUMBER_SIZE = 13;

    /** The face of every run: Times New Roman (ND 30 §II.2, TCVN 6909:2001); the PDF embeds its metric twin. */
    static final String FONT_FAMILY = "Times New Roman";

    static final String PDF_FONT_FAMILY = "Liberation Serif";

    /** Hướng dẫn 36-HD/VPTW. */
    static final DocumentLayout PARTY =
            new DocumentLayout(0.38, 14, 14, 15, 0, 14, 14, 16, 14, 14, 13, 14, 12, 11, ",", "- Lưu Văn phòng ");

    /** Nghị định 30/2020/NĐ-CP, Appendix I. */
    static final DocumentLayout STATE =
            new DocumentLayout(0.38, 13, 13, 13, 14, 13, 14, 14, 14, 14, 13, 14, 12, 11, ";", "- Lưu: VT, ");

    /** Room left on each side of a header line, so that a renderer's rounding never wraps it. */
    static final double HEADER_SLACK_PT = 10;

    /** The share of the signature row given to "Nơi nhận"; the signature takes the rest. */
    static final double RECIPIENTS_SHARE = 0.45;

    /**
     * The share of the text width for the header's left column: the right column (national or Party heading, the
     * date) keeps its lines whole; the left one gets the rest, split evenly when both fit, but never less than
     * {@link #headerMinLeftShare} (a long agency name then wraps, as it does on paper).
     */
    double headerLeftShare(DocumentText text) {
        double total = TEXT_WIDTH_MM / 25.4 * 72;
        double right = Math.max(
                        EmbeddedFonts.widthPt(text.dateLine(), EmbeddedFonts.Face.ITALIC, dateSize),
                        text.family() == DocumentFamily.PARTY
                                ? EmbeddedFonts.widthPt(
                                        DocumentText.PARTY_HEADING, EmbeddedFonts.Face.BOLD, headingSize)
                                : EmbeddedFonts.widthPt(
                                        DocumentText.NATIONAL_TITLE, EmbeddedFonts.Face.BOLD, headingSize))
                + HEADER_SLACK_PT;
        double left = Math.max(
                        Math.max(
                                EmbeddedFonts.widthPt(text.parentBody(), EmbeddedFonts.Face.REGULAR, parentBodySize),
                                EmbeddedFonts.widthPt(text.issuingBody(), EmbeddedFonts.Face.BOLD, issuingBodySize)),
                        EmbeddedFonts.widthPt(text.numberLine(), EmbeddedFonts.Face.REGULAR, numberSize))
                + HEADER_SLACK_PT;
        double share = left + right <= total ? (left + (total - left - right) / 2) / total : 1 - right / total;
        return Math.min(1 - headerMinLeftShare, Math.max(headerMinLeftShare, share));
    }

    static DocumentLayout of(DocumentFamily family) {
        return switch (family) {
            case PARTY -> PARTY;
            case STATE -> STATE;
        };
    }
}
