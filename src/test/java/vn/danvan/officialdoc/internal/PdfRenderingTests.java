package vn.danvan.officialdoc.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import vn.danvan.officialdoc.RenderedDocument;

/** The PDF, read back with PDFBox, carries the exact Vietnamese text in embedded fonts on A4 pages. */
class PdfRenderingTests {

    private final DocumentRenderer renderer = new DocumentRenderer();

    @Test
    void printsThePartyHeaderWithEveryDiacritic() throws IOException {
        String text = text(renderer.render(OfficialDocumentFixtures.partyReport()));

        assertThat(text)
                .contains("TỈNH ỦY HƯNG YÊN")
                .contains("BAN TUYÊN GIÁO VÀ DÂN VẬN")
                .contains("ĐẢNG CỘNG SẢN VIỆT NAM")
                .contains("Số 12-BC/BTGDVTU")
                .contains("Hưng Yên, ngày 05 tháng 01 năm 2026")
                .contains("BÁO CÁO")
                .contains("Nguyễn Văn An")
                .contains("- Lưu Văn phòng BTGDVTU.")
                .doesNotContain("Số:")
                .doesNotContain("CỘNG HÒA");
        assertThat(text.lines().map(String::strip)).contains("*");
    }

    @Test
    void printsTheStateHeaderWithTheNationalTitleAndMotto() throws IOException {
        String text = text(renderer.render(OfficialDocumentFixtures.stateReport()));

        assertThat(text)
                .contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM")
                .contains("Độc lập - Tự do - Hạnh phúc")
                .contains("Số: 05/BC-UBND")
                .contains("Phố Hiến, ngày 09 tháng 02 năm 2026")
                .contains("Kính gửi: Ủy ban nhân dân tỉnh Hưng Yên")
                .contains("- Lưu: VT, VP.")
                .doesNotContain("ĐẢNG CỘNG SẢN");
    }

    @Test
    void embedsEveryFontOnEveryPage() throws IOException {
        try (PDDocument pdf = Loader.loadPDF(
                renderer.render(OfficialDocumentFixtures.partyReport()).pdf())) {
            List<PDFont> fonts = new ArrayList<>();
            for (PDPage page : pdf.getPages()) {
                PDResources resources = page.getResources();
                for (COSName name : resources.getFontNames()) {
                    fonts.add(resources.getFont(name));
                }
            }

            assertThat(fonts).isNotEmpty();
            assertThat(fonts).allSatisfy(font -> {
                assertThat(font.isEmbedded()).as(font.getName()).isTrue();
                assertThat(font.getName()).contains("LiberationSerif");
            });
        }
    }

    @Test
    void printsOnA4Pages() throws IOException {
        try (PDDocument pdf = Loader.loadPDF(
                renderer.render(OfficialDocumentFixtures.stateReport()).pdf())) {
            assertThat(pdf.getNumberOfPages()).isPositive();
            for (PDPage page : pdf.getPages()) {
                PDRectangle box = page.getMediaBox();
                assertThat(box.getWidth())
                        .isCloseTo(PDRectangle.A4.getWidth(), org.assertj.core.data.Offset.offset(1f));
                assertThat(box.getHeight())
                        .isCloseTo(PDRectangle.A4.getHeight(), org.assertj.core.data.Offset.offset(1f));
            }
        }
    }

    @Test
    void printsTableCells() throws IOException {
        String text = text(renderer.render(OfficialDocumentFixtures.partyReport()));

        assertThat(text)
                .contains("Số hộ đã vận động")
                .contains("Phường Phố Hiến")
                .contains("92,5");
    }

    static String text(RenderedDocument rendered) throws IOException {
        try (PDDocument pdf = Loader.loadPDF(rendered.pdf())) {
            return new PDFTextStripper().getText(pdf);
        }
    }
}
