package vn.danvan.officialdoc.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import vn.danvan.officialdoc.OfficialDocument;
import vn.danvan.officialdoc.OfficialDocument.DocumentFamily;
import vn.danvan.officialdoc.OfficialDocument.Section;
import vn.danvan.officialdoc.OfficialDocument.Signature;
import vn.danvan.officialdoc.OfficialDocument.Table;
import vn.danvan.officialdoc.RenderedDocument;

/** Text from users is printed as written, never read as markup. */
class EscapingTests {

    static final String MARKUP = "Vốn <b>5 tỷ</b> & \"dự phòng\" <script>x</script> 'hết'";

    @Test
    void printsMarkupCharactersAsText() throws IOException {
        RenderedDocument rendered = new DocumentRenderer().render(documentWith(MARKUP));

        assertThat(PdfRenderingTests.text(rendered)).contains(MARKUP).contains("A < B & C");
        try (XWPFDocument docx = DocxRenderingTests.docx(rendered)) {
            assertThat(DocxRenderingTests.paragraphTexts(docx)).contains(MARKUP);
            assertThat(docx.getTables().get(1).getRow(1).getCell(0).getText()).isEqualTo("A < B & C");
        }
    }

    @Test
    void escapesEveryMarkupCharacterAndDropsControlCharacters() {
        assertThat(PdfWriter.escape("<a href='x'>&amp;\"\u0007</a>"))
                .isEqualTo("&lt;a href=&#39;x&#39;&gt;&amp;amp;&quot;&lt;/a&gt;");
    }

    @Test
    void survivesControlCharactersInTheDocx() throws IOException {
        RenderedDocument rendered = new DocumentRenderer().render(documentWith("Dòng một\u0000\u0007 tiếp"));

        try (XWPFDocument docx = DocxRenderingTests.docx(rendered)) {
            assertThat(DocxRenderingTests.paragraphTexts(docx)).contains("Dòng một tiếp");
        }
    }

    private static OfficialDocument documentWith(String text) {
        return new OfficialDocument(
                DocumentFamily.PARTY,
                "Tỉnh ủy Hưng Yên",
                "Ban Tuyên giáo và Dân vận",
                "07-TB/BTGDVTU",
                "Hưng Yên",
                LocalDate.of(2026, 4, 1),
                "Thông báo kết luận",
                "Hội nghị <giao ban> & sơ kết",
                List.of(),
                List.of(new Section(
                        null, List.of(text), List.of(), new Table(List.of("Nội dung"), List.of(List.of("A < B & C"))))),
                new Signature(null, "Trưởng ban", "Lê Văn <C>"),
                List.of("Các chi bộ & đảng bộ"),
                "BTGDVTU");
    }
}
