package vn.danvan.officialdoc.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.util.List;
import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.Borders;
import org.apache.poi.xwpf.usermodel.LineSpacingRule;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.TableWidthType;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFHeader;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTable.XWPFBorderType;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTBody;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblGrid;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STFldCharType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STPageOrientation;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblLayoutType;
import vn.danvan.officialdoc.OfficialDocument;
import vn.danvan.officialdoc.OfficialDocument.DocumentFamily;
import vn.danvan.officialdoc.internal.EmbeddedFonts.Face;

/**
 * Writes a document as DOCX (Office Open XML) with Apache POI: A4, the family's margins, every run in Times New
 * Roman, the header as a borderless two-column table, lines under header text drawn as paragraph borders sized to
 * the text, page numbers centred in the header from page 2.
 */
final class DocxWriter {

    private static final double TWIPS_PER_MM = 1440 / 25.4;

    private static final int TWIPS_PER_PT = 20;

    private static final int TEXT_WIDTH = twips(DocumentLayout.TEXT_WIDTH_MM);

    private final DocumentText text;
    private final DocumentLayout layout;
    private final XWPFDocument doc = new XWPFDocument();

    private DocxWriter(DocumentText text, DocumentLayout layout) {
        this.text = text;
        this.layout = layout;
    }

    static byte[] write(DocumentText text, DocumentLayout layout) {
        DocxWriter writer = new DocxWriter(text, layout);
        try (XWPFDocument doc = writer.doc;
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            writer.page();
            writer.header();
            writer.title();
            writer.addressees();
            writer.body();
            writer.closing();
            doc.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("The DOCX could not be written", e);
        }
    }

    private void page() {
        CTBody body = doc.getDocument().getBody();
        CTSectPr section = body.isSetSectPr() ? body.getSectPr() : body.addNewSectPr();
        CTPageSz size = section.isSetPgSz() ? section.getPgSz() : section.addNewPgSz();
        size.setW(BigInteger.valueOf(twips(DocumentLayout.PAGE_WIDTH_MM)));
        size.setH(BigInteger.valueOf(twips(DocumentLayout.PAGE_HEIGHT_MM)));
        size.setOrient(STPageOrientation.PORTRAIT);
        CTPageMar margins = section.isSetPgMar() ? section.getPgMar() : section.addNewPgMar();
        margins.setTop(BigInteger.valueOf(twips(DocumentLayout.MARGIN_TOP_MM)));
        margins.setBottom(BigInteger.valueOf(twips(DocumentLayout.MARGIN_BOTTOM_MM)));
        margins.setLeft(BigInteger.valueOf(twips(DocumentLayout.MARGIN_LEFT_MM)));
        margins.setRight(BigInteger.valueOf(twips(DocumentLayout.MARGIN_RIGHT_MM)));
        margins.setHeader(BigInteger.valueOf(twips(DocumentLayout.MARGIN_TOP_MM / 2)));
        margins.setFooter(BigInteger.valueOf(twips(DocumentLayout.MARGIN_BOTTOM_MM / 2)));
        margins.setGutter(BigInteger.ZERO);

        // Page numbers from page 2 (ND 30 Appendix I §II.9): an empty first-page header and a title-page section.
        doc.createHeader(HeaderFooterType.FIRST);
        XWPFHeader header = doc.createHeader(HeaderFooterType.DEFAULT);
        XWPFParagraph number = header.createParagraph();
        number.setAlignment(ParagraphAlignment.CENTER);
        field(number, "PAGE", DocumentLayout.PAGE_NUMBER_SIZE);
        if (!section.isSetTitlePg()) {
            section.addNewTitlePg();
        }
    }

    private void header() {
        int left = (int) Math.round(TEXT_WIDTH * layout.headerLeftShare(text));
        int right = TEXT_WIDTH - left;
        XWPFTable table = table(2, new int[] {left, right}, false);
        XWPFTableCell agency = table.getRow(0).getCell(0);
        XWPFTableCell heading = table.getRow(0).getCell(1);

        XWPFParagraph parent = first(agency);
        centred(parent, 0);
        run(parent, text.parentBody(), layout.parentBodySize(), false, false);
        XWPFParagraph issuing = centred(agency.addParagraph(), 0);
        run(issuing, text.issuingBody(), layout.issuingBodySize(), true, false);
        if (text.family() == DocumentFamily.PARTY) {
            XWPFParagraph mark = centred(agency.addParagraph(), 0);
            run(mark, DocumentText.PARTY_MARK, layout.issuingBodySize(), false, false);

            XWPFParagraph partyHeading = centred(first(heading), 0);
            run(partyHeading, DocumentText.PARTY_HEADING, layout.headingSize(), true, false);
            shortLine(
                    heading.addParagraph(),
                    right,
                    EmbeddedFonts.widthPt(DocumentText.PARTY_HEADING, Face.BOLD, layout.headingSize()));
        } else {
            double nameWidth = EmbeddedFonts.widthPt(text.issuingBody(), Face.BOLD, layout.issuingBodySize());
            shortLine(agency.addParagraph(), left, Math.min(nameWidth, pt(left)) * 0.4);

            XWPFParagraph national = centred(first(heading), 0);
            run(national, DocumentText.NATIONAL_TITLE, layout.headingSize(), true, false);
            XWPFParagraph motto = centred(heading.addParagraph(), 0);
            run(motto, DocumentText.MOTTO, layout.mottoSize(), true, false);
            shortLine(
                    heading.addParagraph(),
                    right,
                    EmbeddedFonts.widthPt(DocumentText.MOTTO, Face.BOLD, layout.mottoSize()));
        }

        XWPFParagraph number = centred(first(table.getRow(1).getCell(0)), 0);
        number.setSpacingBefore(TWIPS_PER_PT * 6);
        run(number, text.numberLine(), layout.numberSize(), false, false);
        XWPFParagraph date = centred(first(table.getRow(1).getCell(1)), 0);
        date.setSpacingBefore(TWIPS_PER_PT * 6);
        run(date, text.dateLine(), layout.dateSize(), false, true);
    }

    private void title() {
        XWPFParagraph type = centred(doc.createParagraph(), 0);
        type.setSpacingBefore(TWIPS_PER_PT * 18);
        run(type, text.type(), layout.typeSize(), true, false);
        XWPFParagraph summary = centred(doc.createParagraph(), 0);
        run(summary, text.summary(), layout.summarySize(), true, false);
        // The short line under the trích yếu (ND 30 box 5a; ⚠ HD 36 practice).
        shortLine(doc.createParagraph(), TEXT_WIDTH, 60);
    }

    private void addressees() {
        if (text.addressees().isEmpty()) {
            return;
        }
        XWPFParagraph gap = doc.createParagraph();
        gap.setSpacingAfter(0);
        for (String line : text.addressees()) {
            XWPFParagraph p = centred(doc.createParagraph(), 0);
            run(p, line, layout.bodySize(), false, false);
        }
    }

    private void body() {
        doc.createParagraph().setSpacingAfter(0);
        for (OfficialDocument.Section section : text.body()) {
            if (section.heading() != null && !section.heading().isBlank()) {
                run(bodyParagraph(), section.heading().strip(), layout.bodySize(), true, false);
            }
            for (String paragraph : section.paragraphs()) {
                run(bodyParagraph(), paragraph.strip(), layout.bodySize(), false, false);
            }
            for (String bullet : section.bullets()) {
                run(bodyParagraph(), "- " + bullet.strip(), layout.bodySize(), false, false);
            }
            if (section.table() != null) {
                dataTable(section.table());
                doc.createParagraph().setSpacingAfter(0);
            }
        }
    }

    private void closing() {
        int half = (int) Math.round(TEXT_WIDTH * DocumentLayout.RECIPIENTS_SHARE);
        XWPFTable table = table(1, new int[] {half, TEXT_WIDTH - half}, false);
        XWPFTableCell recipients = table.getRow(0).getCell(0);
        XWPFTableCell signature = table.getRow(0).getCell(1);

        XWPFParagraph title = plain(first(recipients));
        title.setSpacingBefore(TWIPS_PER_PT * 12);
        run(title, DocumentText.RECIPIENTS_LABEL, layout.recipientsTitleSize(), true, true);
        for (String line : text.recipients()) {
            run(plain(recipients.addParagraph()), line, layout.recipientsSize(), false, false);
        }

        XWPFParagraph first = centred(first(signature), 0);
        first.setSpacingBefore(TWIPS_PER_PT * 12);
        if (text.signatureAuthority() != null) {
            run(first, text.signatureAuthority(), layout.signatureSize(), true, false);
            first = centred(signature.addParagraph(), 0);
        }
        run(first, text.signatureTitle(), layout.signatureSize(), true, false);
        XWPFParagraph space = centred(signature.addParagraph(), 0);
        space.setSpacingBefore(twips(DocumentLayout.SIGNATURE_SPACE_MM));
        XWPFParagraph name = centred(signature.addParagraph(), 0);
        run(name, text.signerName(), layout.signatureSize(), true, false);
    }

    private void dataTable(OfficialDocument.Table data) {
        int columns = Math.max(
                data.header().size(),
                data.rows().stream().mapToInt(List::size).max().orElse(0));
        if (columns == 0) {
            return;
        }
        XWPFTable table = table(1 + data.rows().size(), TableColumns.widths(data, columns, TEXT_WIDTH), true);
        fillRow(table.getRow(0), data.header(), true);
        for (int i = 0; i < data.rows().size(); i++) {
            fillRow(table.getRow(i + 1), data.rows().get(i), false);
        }
    }

    private void fillRow(XWPFTableRow row, List<String> cells, boolean header) {
        if (header) {
            row.setRepeatHeader(true);
        }
        for (int c = 0; c < row.getTableCells().size(); c++) {
            String value = c < cells.size() ? cells.get(c) : "";
            XWPFParagraph p = first(row.getCell(c));
            if (header || TableColumns.isNumber(value)) {
                centred(p, 0);
            } else {
                plain(p);
            }
            run(p, value.strip(), layout.tableSize(), header, false);
        }
    }

    private XWPFTable table(int rows, int[] widths, boolean bordered) {
        XWPFTable table = doc.createTable(rows, widths.length);
        CTTblPr properties = table.getCTTbl().getTblPr();
        (properties.isSetTblLayout() ? properties.getTblLayout() : properties.addNewTblLayout())
                .setType(STTblLayoutType.FIXED);
        table.setWidthType(TableWidthType.DXA);
        table.setWidth(String.valueOf(TEXT_WIDTH));
        CTTblGrid grid = table.getCTTbl().getTblGrid();
        if (grid == null) {
            grid = table.getCTTbl().addNewTblGrid();
        }
        while (grid.sizeOfGridColArray() > 0) {
            grid.removeGridCol(0);
        }
        for (int width : widths) {
            grid.addNewGridCol().setW(BigInteger.valueOf(width));
        }
        for (XWPFTableRow row : table.getRows()) {
            for (int c = 0; c < widths.length; c++) {
                row.getCell(c).setWidthType(TableWidthType.DXA);
                row.getCell(c).setWidth(String.valueOf(widths[c]));
            }
        }
        XWPFBorderType border = bordered ? XWPFBorderType.SINGLE : XWPFBorderType.NONE;
        int size = bordered ? 4 : 0;
        table.setTopBorder(border, size, 0, "000000");
        table.setBottomBorder(border, size, 0, "000000");
        table.setLeftBorder(border, size, 0, "000000");
        table.setRightBorder(border, size, 0, "000000");
        table.setInsideHBorder(border, size, 0, "000000");
        table.setInsideVBorder(border, size, 0, "000000");
        int side = bordered ? TWIPS_PER_PT * 4 : 0;
        table.setCellMargins(bordered ? TWIPS_PER_PT * 2 : 0, side, bordered ? TWIPS_PER_PT * 2 : 0, side);
        return table;
    }

    private XWPFParagraph bodyParagraph() {
        XWPFParagraph p = doc.createParagraph();
        p.setAlignment(ParagraphAlignment.BOTH);
        p.setIndentationFirstLine(twips(DocumentLayout.FIRST_LINE_INDENT_MM));
        p.setSpacingBefore(0);
        p.setSpacingAfter(TWIPS_PER_PT * DocumentLayout.PARAGRAPH_SPACING_PT);
        p.setSpacingBetween(DocumentLayout.LINE_SPACING, LineSpacingRule.AUTO);
        return p;
    }

    /**
     * An empty, almost flat paragraph whose bottom border is a line {@code lengthPt} long centred in its column:
     * the line under a header text, drawn apart from the text so that the text's own width is never constrained.
     */
    private static void shortLine(XWPFParagraph p, int columnTwips, double lengthPt) {
        centred(p, 0);
        run(p, "", 2, false, false);
        int indent = Math.max(0, (columnTwips - (int) Math.round(lengthPt * TWIPS_PER_PT)) / 2);
        p.setIndentationLeft(indent);
        p.setIndentationRight(indent);
        p.setBorderBottom(Borders.SINGLE);
    }

    private static XWPFParagraph centred(XWPFParagraph p, int after) {
        p.setAlignment(ParagraphAlignment.CENTER);
        p.setSpacingBefore(0);
        p.setSpacingAfter(after);
        p.setSpacingBetween(1.0, LineSpacingRule.AUTO);
        return p;
    }

    private static XWPFParagraph plain(XWPFParagraph p) {
        p.setAlignment(ParagraphAlignment.LEFT);
        p.setSpacingBefore(0);
        p.setSpacingAfter(0);
        p.setSpacingBetween(1.0, LineSpacingRule.AUTO);
        return p;
    }

    private static XWPFParagraph first(XWPFTableCell cell) {
        return cell.getParagraphs().isEmpty()
                ? cell.addParagraph()
                : cell.getParagraphs().get(0);
    }

    private static XWPFRun run(XWPFParagraph p, String value, int size, boolean bold, boolean italic) {
        XWPFRun run = p.createRun();
        run.setText(printable(value));
        style(run, size, bold, italic);
        return run;
    }

    /** Line breaks become spaces; control characters, which XML cannot carry, are dropped. */
    private static String printable(String value) {
        return value.replaceAll("\\R", " ").replaceAll("[\\p{Cc}&&[^\\t]]", "");
    }

    private static void style(XWPFRun run, int size, boolean bold, boolean italic) {
        run.setFontFamily(DocumentLayout.FONT_FAMILY);
        run.setFontSize(size);
        run.setBold(bold);
        run.setItalic(italic);
        run.setLang("vi-VN");
    }

    /** A field (e.g. PAGE) as begin / instruction / separate / result / end runs. */
    private static void field(XWPFParagraph p, String instruction, int size) {
        XWPFRun begin = p.createRun();
        style(begin, size, false, false);
        begin.getCTR().addNewFldChar().setFldCharType(STFldCharType.BEGIN);
        XWPFRun code = p.createRun();
        style(code, size, false, false);
        code.getCTR().addNewInstrText().setStringValue(" " + instruction + " ");
        XWPFRun separate = p.createRun();
        style(separate, size, false, false);
        separate.getCTR().addNewFldChar().setFldCharType(STFldCharType.SEPARATE);
        run(p, "2", size, false, false);
        XWPFRun end = p.createRun();
        style(end, size, false, false);
        end.getCTR().addNewFldChar().setFldCharType(STFldCharType.END);
    }

    private static int twips(double mm) {
        return (int) Math.round(mm * TWIPS_PER_MM);
    }

    private static double pt(int twips) {
        return twips / (double) TWIPS_PER_PT;
    }
}
