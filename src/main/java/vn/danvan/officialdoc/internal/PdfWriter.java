package vn.danvan.officialdoc.internal;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import vn.danvan.officialdoc.OfficialDocument;
import vn.danvan.officialdoc.OfficialDocument.DocumentFamily;
import vn.danvan.officialdoc.internal.EmbeddedFonts.Face;

/**
 * Writes a document as PDF: an XHTML page laid out with CSS paged media (A4, the family's margins, page numbers
 * from page 2), rendered by openhtmltopdf with Liberation Serif embedded in its four faces, so that every
 * Vietnamese letter prints the same on every machine. Every text from the caller is escaped.
 */
final class PdfWriter {

    private final DocumentText text;
    private final DocumentLayout layout;
    private final StringBuilder html = new StringBuilder(8192);

    private PdfWriter(DocumentText text, DocumentLayout layout) {
        this.text = text;
        this.layout = layout;
    }

    static byte[] write(DocumentText text, DocumentLayout layout) {
        return render(html(text, layout));
    }

    static String html(DocumentText text, DocumentLayout layout) {
        PdfWriter writer = new PdfWriter(text, layout);
        writer.page();
        return writer.html.toString();
    }

    static byte[] render(String xhtml) {
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.useFastMode();
            for (Face face : Face.values()) {
                builder.useFont(
                        face::open,
                        DocumentLayout.PDF_FONT_FAMILY,
                        face.weight,
                        face.italic ? FontStyle.ITALIC : FontStyle.NORMAL,
                        true);
            }
            builder.withHtmlContent(xhtml, null);
            builder.toStream(out);
            builder.run();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("The PDF could not be written", e);
        }
    }

    private void page() {
        html.append("<!DOCTYPE html>\n<html lang=\"vi\" xmlns=\"http://www.w3.org/1999/xhtml\"><head>")
                .append("<meta charset=\"UTF-8\"/><title>")
                .append(escape(text.type() + " " + text.summary()))
                .append("</title><style>")
                .append(css())
                .append("</style></head><body>");
        header();
        title();
        addressees();
        body();
        closing();
        html.append("</body></html>");
    }

    private String css() {
        String font = "'" + DocumentLayout.PDF_FONT_FAMILY + "'";
        return String.format(
                Locale.ROOT,
                """
                @page { size: %.0fmm %.0fmm; margin: %.1fmm %.1fmm %.1fmm %.1fmm;
                  @top-center { content: counter(page); font-family: %s; font-size: %dpt; } }
                @page :first { @top-center { content: none; } }
                body { font-family: %s; font-size: %dpt; line-height: 1.2; color: #000; margin: 0; }
                table { border-collapse: collapse; width: 100%%; table-layout: fixed; }
                td, th { vertical-align: top; padding: 0; }
                p { margin: 0; }
                .c { text-align: center; }
                .b { font-weight: bold; }
                .i { font-style: italic; }
                .ruled { display: inline-block; border-bottom: 0.75pt solid #000; padding-bottom: 1pt; }
                .line { border-top: 0.75pt solid #000; height: 0; margin: 3pt auto 0 auto; }
                .gap { margin-top: 6pt; }
                .type { margin-top: 18pt; }
                .body { text-align: justify; text-indent: %.1fmm; margin: 0 0 %dpt 0; line-height: %.2f; }
                .data { margin: 0 0 %dpt 0; }
                .data td, .data th { border: 0.75pt solid #000; padding: 2pt 4pt; font-size: %dpt; }
                .data th { font-weight: bold; text-align: center; vertical-align: middle; }
                .data thead { display: table-header-group; }
                .data tr { page-break-inside: avoid; }
                .closing { margin-top: 12pt; page-break-inside: avoid; }
                .signature-space { height: %.0fmm; }
                """,
                DocumentLayout.PAGE_WIDTH_MM,
                DocumentLayout.PAGE_HEIGHT_MM,
                DocumentLayout.MARGIN_TOP_MM,
                DocumentLayout.MARGIN_RIGHT_MM,
                DocumentLayout.MARGIN_BOTTOM_MM,
                DocumentLayout.MARGIN_LEFT_MM,
                font,
                DocumentLayout.PAGE_NUMBER_SIZE,
                font,
                layout.bodySize(),
                DocumentLayout.FIRST_LINE_INDENT_MM,
                DocumentLayout.PARAGRAPH_SPACING_PT,
                DocumentLayout.LINE_SPACING + 0.1,
                DocumentLayout.PARAGRAPH_SPACING_PT,
                layout.tableSize(),
                DocumentLayout.SIGNATURE_SPACE_MM);
    }

    private void header() {
        long left = Math.round(layout.headerLeftShare(text) * 100);
        html.append("<table class=\"header\"><colgroup><col style=\"width: ")
                .append(left)
                .append("%\"/><col style=\"width: ")
                .append(100 - left)
                .append("%\"/></colgroup><tr><td class=\"c\">");
        line(text.parentBody(), layout.parentBodySize(), "");
        line(text.issuingBody(), layout.issuingBodySize(), "b");
        if (text.family() == DocumentFamily.PARTY) {
            line(DocumentText.PARTY_MARK, layout.issuingBodySize(), "");
            html.append("</td><td class=\"c\">");
            html.append("<p style=\"font-size: ")
                    .append(layout.headingSize())
                    .append("pt\"><span class=\"b ruled\">")
                    .append(escape(DocumentText.PARTY_HEADING))
                    .append("</span></p>");
        } else {
            double nameWidth = EmbeddedFonts.widthPt(text.issuingBody(), Face.BOLD, layout.issuingBodySize());
            html.append("<div class=\"line\" style=\"width: ")
                    .append(String.format(Locale.ROOT, "%.0fpt", Math.min(nameWidth, 170) * 0.4))
                    .append("\"></div>");
            html.append("</td><td class=\"c\">");
            line(DocumentText.NATIONAL_TITLE, layout.headingSize(), "b");
            html.append("<p style=\"font-size: ")
                    .append(layout.mottoSize())
                    .append("pt\"><span class=\"b ruled\">")
                    .append(escape(DocumentText.MOTTO))
                    .append("</span></p>");
        }
        html.append("</td></tr><tr><td class=\"c\">");
        line(text.numberLine(), layout.numberSize(), "gap");
        html.append("</td><td class=\"c\">");
        line(text.dateLine(), layout.dateSize(), "i gap");
        html.append("</td></tr></table>");
    }

    private void title() {
        html.append("<div class=\"c\">");
        line(text.type(), layout.typeSize(), "b type");
        line(text.summary(), layout.summarySize(), "b");
        html.append("<div class=\"line\" style=\"width: 60pt\"></div></div>");
    }

    private void addressees() {
        if (text.addressees().isEmpty()) {
            return;
        }
        html.append("<div class=\"c gap\">");
        for (String line : text.addressees()) {
            line(line, layout.bodySize(), "");
        }
        html.append("</div>");
    }

    private void body() {
        html.append("<div class=\"gap\">");
        for (OfficialDocument.Section section : text.body()) {
            if (section.heading() != null && !section.heading().isBlank()) {
                paragraph(section.heading().strip(), "body b");
            }
            for (String paragraph : section.paragraphs()) {
                paragraph(paragraph.strip(), "body");
            }
            for (String bullet : section.bullets()) {
                paragraph("- " + bullet.strip(), "body");
            }
            if (section.table() != null) {
                table(section.table());
            }
        }
        html.append("</div>");
    }

    private void table(OfficialDocument.Table data) {
        int columns = Math.max(
                data.header().size(),
                data.rows().stream().mapToInt(List::size).max().orElse(0));
        if (columns == 0) {
            return;
        }
        int[] widths = TableColumns.widths(data, columns, 10_000);
        html.append("<table class=\"data\"><colgroup>");
        for (int width : widths) {
            html.append(String.format(Locale.ROOT, "<col style=\"width: %.2f%%\"/>", width / 100.0));
        }
        html.append("</colgroup>");
        if (!data.header().isEmpty()) {
            html.append("<thead><tr>");
            for (int c = 0; c < columns; c++) {
                html.append("<th>").append(escape(cell(data.header(), c))).append("</th>");
            }
            html.append("</tr></thead>");
        }
        html.append("<tbody>");
        for (List<String> row : data.rows()) {
            html.append("<tr>");
            for (int c = 0; c < columns; c++) {
                String value = cell(row, c);
                html.append(TableColumns.isNumber(value) ? "<td class=\"c\">" : "<td>")
                        .append(escape(value))
                        .append("</td>");
            }
            html.append("</tr>");
        }
        html.append("</tbody></table>");
    }

    private void closing() {
        html.append("<table class=\"closing\"><colgroup><col style=\"width: 45%\"/><col style=\"width: 55%\"/>")
                .append("</colgroup><tr><td>");
        line(DocumentText.RECIPIENTS_LABEL, layout.recipientsTitleSize(), "b i");
        for (String line : text.recipients()) {
            line(line, layout.recipientsSize(), "");
        }
        html.append("</td><td class=\"c\">");
        if (text.signatureAuthority() != null) {
            line(text.signatureAuthority(), layout.signatureSize(), "b");
        }
        line(text.signatureTitle(), layout.signatureSize(), "b");
        html.append("<div class=\"signature-space\"></div>");
        line(text.signerName(), layout.signatureSize(), "b");
        html.append("</td></tr></table>");
    }

    private void line(String value, int size, String classes) {
        html.append("<p");
        if (!classes.isEmpty()) {
            html.append(" class=\"").append(classes).append('"');
        }
        html.append(" style=\"font-size: ")
                .append(size)
                .append("pt\">")
                .append(escape(value))
                .append("</p>");
    }

    private void paragraph(String value, String classes) {
        html.append("<p class=\"")
                .append(classes)
                .append("\">")
                .append(escape(value))
                .append("</p>");
    }

    private static String cell(List<String> cells, int column) {
        return column < cells.size() ? cells.get(column).strip() : "";
    }

    /** XML-escapes text; characters XML 1.0 cannot carry (controls other than tab and line breaks) are dropped. */
    static String escape(String value) {
        StringBuilder out = new StringBuilder(value.length() + 16);
        value.codePoints().forEach(cp -> {
            switch (cp) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> {
                    if (cp >= 0x20 || cp == '\t' || cp == '\n' || cp == '\r') {
                        if (cp != 0xFFFE && cp != 0xFFFF) {
                            out.appendCodePoint(cp);
                        }
                    }
                }
            }
        });
        return out.toString();
    }
}
