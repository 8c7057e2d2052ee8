package vn.danvan.officialdoc.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.util.List;
import java.util.stream.Stream;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.junit.jupiter.api.Test;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import vn.danvan.officialdoc.RenderedDocument;

/** The DOCX, read back with Apache POI, carries each family's layout. */
class DocxRenderingTests {

    private final DocumentRenderer renderer = new DocumentRenderer();

    @Test
    void printsThePartyHeaderInOrderWithTheAsteriskAndNoColonAfterSo() throws IOException {
        try (XWPFDocument doc = docx(renderer.render(OfficialDocumentFixtures.partyReport()))) {
            XWPFTable header = doc.getTables().get(0);

            assertThat(texts(header.getRow(0).getCell(0)))
                    .containsExactly("TỈNH ỦY HƯNG YÊN", "BAN TUYÊN GIÁO VÀ DÂN VẬN", "*");
            assertThat(texts(header.getRow(0).getCell(1))).startsWith("ĐẢNG CỘNG SẢN VIỆT NAM");
            assertThat(header.getRow(1).getCell(0).getText()).isEqualTo("Số 12-BC/BTGDVTU");
            assertThat(header.getRow(1).getCell(1).getText()).isEqualTo("Hưng Yên, ngày 05 tháng 01 năm 2026");

            XWPFRun parent = firstRun(header.getRow(0).getCell(0), 0);
            assertThat(parent.isBold()).isFalse();
            assertThat(parent.getFontSizeAsDouble()).isEqualTo(14.0);
            XWPFRun issuing = firstRun(header.getRow(0).getCell(0), 1);
            assertThat(issuing.isBold()).isTrue();
            XWPFRun heading = firstRun(header.getRow(0).getCell(1), 0);
            assertThat(heading.isBold()).isTrue();
            assertThat(heading.getFontSizeAsDouble()).isEqualTo(15.0);
            XWPFRun date = firstRun(header.getRow(1).getCell(1), 0);
            assertThat(date.isItalic()).isTrue();
            assertThat(date.isBold()).isFalse();

            // The full-length line under "ĐẢNG CỘNG SẢN VIỆT NAM".
            assertThat(header.getRow(0)
                            .getCell(1)
                            .getParagraphs()
                            .get(1)
                            .getCTP()
                            .getPPr()
                            .getPBdr()
                            .isSetBottom())
                    .isTrue();
        }
    }

    @Test
    void printsTheStateHeaderWithTheNationalTitleMottoAndSoWithAColon() throws IOException {
        try (XWPFDocument doc = docx(renderer.render(OfficialDocumentFixtures.stateReport()))) {
            XWPFTable header = doc.getTables().get(0);

            assertThat(texts(header.getRow(0).getCell(0)))
                    .startsWith("UBND TỈNH HƯNG YÊN", "ỦY BAN NHÂN DÂN PHƯỜNG PHỐ HIẾN")
                    .doesNotContain("*");
            assertThat(texts(header.getRow(0).getCell(1)))
                    .startsWith("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc");
            assertThat(header.getRow(1).getCell(0).getText()).isEqualTo("Số: 05/BC-UBND");
            assertThat(header.getRow(1).getCell(1).getText()).isEqualTo("Phố Hiến, ngày 09 tháng 02 năm 2026");
            assertThat(firstRun(header.getRow(0).getCell(1), 0).getFontSizeAsDouble())
                    .isEqualTo(13.0);
            assertThat(firstRun(header.getRow(0).getCell(1), 1).isBold()).isTrue();
            assertThat(paragraphTexts(doc)).contains("Kính gửi: Ủy ban nhân dân tỉnh Hưng Yên");
        }
    }

    @Test
    void centresTheTypeInUpperCaseBoldAndTheSummaryBold() throws IOException {
        try (XWPFDocument doc = docx(renderer.render(OfficialDocumentFixtures.partyReport()))) {
            XWPFParagraph type = paragraph(doc, "BÁO CÁO");
            XWPFParagraph summary = paragraph(doc, "Sơ kết 6 tháng thực hiện Chỉ thị số 29-CT/TU");

            assertThat(type.getRuns().get(0).isBold()).isTrue();
            assertThat(type.getRuns().get(0).getFontSizeAsDouble()).isEqualTo(16.0);
            assertThat(type.getAlignment().name()).isEqualTo("CENTER");
            assertThat(summary.getRuns().get(0).isBold()).isTrue();
            assertThat(paragraphTexts(doc)).containsSubsequence("BÁO CÁO", summary.getText(), "I. KẾT QUẢ THỰC HIỆN");
        }
    }

    @Test
    void justifiesTheBodyWithAFirstLineIndentAndBoldHeadingsAndBullets() throws IOException {
        try (XWPFDocument doc = docx(renderer.render(OfficialDocumentFixtures.partyReport()))) {
            XWPFParagraph heading = paragraph(doc, "I. KẾT QUẢ THỰC HIỆN");
            XWPFParagraph text = paragraph(doc, "Sau 6 tháng triển khai");

            assertThat(heading.getRuns().get(0).isBold()).isTrue();
            assertThat(text.getRuns().get(0).isBold()).isFalse();
            assertThat(text.getAlignment().name()).isEqualTo("BOTH");
            assertThat(text.getIndentationFirstLine()).isEqualTo(720);
            assertThat(text.getSpacingAfter()).isEqualTo(120);
            assertThat(paragraphTexts(doc)).contains("- Phường Phố Hiến hoàn thành 100% kế hoạch");
        }
    }

    @Test
    void writesBodyTablesWithTheirCellsAndBorders() throws IOException {
        try (XWPFDocument doc = docx(renderer.render(OfficialDocumentFixtures.partyReport()))) {
            XWPFTable table = doc.getTables().get(1);

            assertThat(table.getRow(0).getCell(1).getText()).isEqualTo("Đơn vị");
            assertThat(table.getRow(2).getCell(1).getText()).isEqualTo("Xã Tân Hưng");
            assertThat(table.getRow(2).getCell(3).getText()).isEqualTo("92,5");
            assertThat(firstRun(table.getRow(0).getCell(0), 0).isBold()).isTrue();
            assertThat(table.getTopBorderType()).isEqualTo(XWPFTable.XWPFBorderType.SINGLE);
            assertThat(doc.getTables().get(0).getTopBorderType()).isEqualTo(XWPFTable.XWPFBorderType.NONE);
        }
    }

    @Test
    void signsOnTheRightAndListsRecipientsOnTheLeft() throws IOException {
        try (XWPFDocument doc = docx(renderer.render(OfficialDocumentFixtures.partyReport()))) {
            XWPFTable closing = doc.getTables().get(doc.getTables().size() - 1);
            XWPFTableCell recipients = closing.getRow(0).getCell(0);
            XWPFTableCell signature = closing.getRow(0).getCell(1);

            assertThat(texts(recipients))
                    .containsExactly(
                            "Nơi nhận:",
                            "- Thường trực Tỉnh ủy (để b/c),",
                            "- Các đảng bộ trực thuộc Tỉnh ủy,",
                            "- Lưu Văn phòng BTGDVTU.");
            XWPFRun label = firstRun(recipients, 0);
            assertThat(label.isBold()).isTrue();
            assertThat(label.isItalic()).isTrue();
            assertThat(label.getFontSizeAsDouble()).isEqualTo(12.0);
            assertThat(firstRun(recipients, 1).getFontSizeAsDouble()).isEqualTo(11.0);
            assertThat(firstRun(recipients, 1).isItalic()).isFalse();

            assertThat(texts(signature).stream().filter(t -> !t.isEmpty()))
                    .containsExactly("T/M BAN THƯỜNG VỤ", "PHÓ TRƯỞNG BAN THƯỜNG TRỰC", "Nguyễn Văn An");
            assertThat(signature.getParagraphs().stream()
                            .flatMap(p -> p.getRuns().stream())
                            .filter(r -> !r.text().isEmpty()))
                    .allMatch(XWPFRun::isBold);
        }
    }

    @Test
    void archivesStateDocumentsWithTheClerk() throws IOException {
        try (XWPFDocument doc = docx(renderer.render(OfficialDocumentFixtures.stateReport()))) {
            XWPFTable closing = doc.getTables().get(doc.getTables().size() - 1);

            assertThat(texts(closing.getRow(0).getCell(0)))
                    .containsExactly("Nơi nhận:", "- Như trên;", "- Thường trực Đảng ủy phường;", "- Lưu: VT, VP.");
            assertThat(texts(closing.getRow(0).getCell(1))).contains("TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH");
        }
    }

    @Test
    void setsAnA4PageWithTheFormatsMarginsAndPageNumbersFromPageTwo() throws IOException {
        try (XWPFDocument doc = docx(renderer.render(OfficialDocumentFixtures.partyReport()))) {
            CTSectPr section = doc.getDocument().getBody().getSectPr();
            CTPageSz size = section.getPgSz();
            CTPageMar margins = section.getPgMar();

            assertThat(twips(size.getW())).isEqualTo(11906); // 210 mm
            assertThat(twips(size.getH())).isEqualTo(16838); // 297 mm
            assertThat(twips(margins.getTop())).isEqualTo(1134); // 20 mm
            assertThat(twips(margins.getBottom())).isEqualTo(1134);
            assertThat(twips(margins.getLeft())).isEqualTo(1701); // 30 mm
            assertThat(twips(margins.getRight())).isEqualTo(850); // 15 mm
            assertThat(section.isSetTitlePg()).isTrue();
            assertThat(doc.getHeaderList())
                    .anySatisfy(h -> assertThat(h._getHdrFtr().xmlText()).contains("PAGE"));
        }
    }

    @Test
    void setsTimesNewRomanOnEveryRun() throws IOException {
        try (XWPFDocument doc = docx(renderer.render(OfficialDocumentFixtures.stateReport()))) {
            List<XWPFRun> runs =
                    allParagraphs(doc).flatMap(p -> p.getRuns().stream()).toList();

            assertThat(runs).hasSizeGreaterThan(20);
            assertThat(runs).allSatisfy(run -> assertThat(run.getFontFamily()).isEqualTo("Times New Roman"));
        }
    }

    static XWPFDocument docx(RenderedDocument rendered) throws IOException {
        return new XWPFDocument(new ByteArrayInputStream(rendered.docx()));
    }

    static List<String> texts(XWPFTableCell cell) {
        return cell.getParagraphs().stream().map(XWPFParagraph::getText).toList();
    }

    static XWPFRun firstRun(XWPFTableCell cell, int paragraph) {
        return cell.getParagraphs().get(paragraph).getRuns().get(0);
    }

    static List<String> paragraphTexts(XWPFDocument doc) {
        return doc.getParagraphs().stream().map(XWPFParagraph::getText).toList();
    }

    static XWPFParagraph paragraph(XWPFDocument doc, String start) {
        return doc.getParagraphs().stream()
                .filter(p -> p.getText().startsWith(start))
                .findFirst()
                .orElseThrow(() -> new AssertionError("No paragraph starts with " + start));
    }

    static Stream<XWPFParagraph> allParagraphs(XWPFDocument doc) {
        return doc.getBodyElements().stream().flatMap(DocxRenderingTests::paragraphsOf);
    }

    private static Stream<XWPFParagraph> paragraphsOf(IBodyElement element) {
        if (element instanceof XWPFParagraph p) {
            return Stream.of(p);
        }
        if (element instanceof XWPFTable t) {
            return t.getRows().stream()
                    .flatMap(r -> r.getTableCells().stream())
                    .flatMap(c -> c.getParagraphs().stream());
        }
        return Stream.empty();
    }

    private static long twips(Object value) {
        return ((BigInteger) value).longValue();
    }
}
