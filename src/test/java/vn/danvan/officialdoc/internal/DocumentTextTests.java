package vn.danvan.officialdoc.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class DocumentTextTests {

    @Test
    void padsDaysBelowTenAndOnlyTheMonthsJanuaryAndFebruary() {
        assertThat(DocumentText.dateLine("Hưng Yên", LocalDate.of(2026, 1, 5)))
                .isEqualTo("Hưng Yên, ngày 05 tháng 01 năm 2026");
        assertThat(DocumentText.dateLine("Hưng Yên", LocalDate.of(2026, 2, 28)))
                .isEqualTo("Hưng Yên, ngày 28 tháng 02 năm 2026");
        assertThat(DocumentText.dateLine("Hưng Yên", LocalDate.of(2026, 3, 15)))
                .isEqualTo("Hưng Yên, ngày 15 tháng 3 năm 2026");
        assertThat(DocumentText.dateLine("Phố Hiến", LocalDate.of(2025, 12, 9)))
                .isEqualTo("Phố Hiến, ngày 09 tháng 12 năm 2025");
    }

    @Test
    void endsPartyRecipientLinesWithCommasAndArchivesInTheOffice() {
        assertThat(DocumentText.recipientLines(
                        List.of("Thường trực Tỉnh ủy (để b/c)", "- Các đảng bộ trực thuộc;"),
                        DocumentLayout.PARTY,
                        "BTGDVTU"))
                .containsExactly(
                        "- Thường trực Tỉnh ủy (để b/c),", "- Các đảng bộ trực thuộc,", "- Lưu Văn phòng BTGDVTU.");
    }

    @Test
    void endsStateRecipientLinesWithSemicolonsAndArchivesWithTheClerk() {
        assertThat(DocumentText.recipientLines(List.of("Như trên"), DocumentLayout.STATE, "VP"))
                .containsExactly("- Như trên;", "- Lưu: VT, VP.");
    }

    @Test
    void putsOneAddresseeOnTheKinhGuiLineAndSeveralAsAList() {
        assertThat(DocumentText.addresseeLines(List.of("Ủy ban nhân dân tỉnh Hưng Yên")))
                .containsExactly("Kính gửi: Ủy ban nhân dân tỉnh Hưng Yên");
        assertThat(DocumentText.addresseeLines(List.of("Thường trực Tỉnh ủy", "Ban Thường vụ Tỉnh ủy.")))
                .containsExactly("Kính gửi:", "- Thường trực Tỉnh ủy;", "- Ban Thường vụ Tỉnh ủy.");
        assertThat(DocumentText.addresseeLines(List.of())).isEmpty();
    }

    @Test
    void upperCasesVietnameseLettersWithTheirMarks() {
        DocumentText text = DocumentText.of(OfficialDocumentFixtures.partyReport());

        assertThat(text.parentBody()).isEqualTo("TỈNH ỦY HƯNG YÊN");
        assertThat(text.issuingBody()).isEqualTo("BAN TUYÊN GIÁO VÀ DÂN VẬN");
        assertThat(text.type()).isEqualTo("BÁO CÁO");
        assertThat(text.signatureAuthority()).isEqualTo("T/M BAN THƯỜNG VỤ");
        assertThat(text.signatureTitle()).isEqualTo("PHÓ TRƯỞNG BAN THƯỜNG TRỰC");
        assertThat(text.signerName()).isEqualTo("Nguyễn Văn An");
    }
}
