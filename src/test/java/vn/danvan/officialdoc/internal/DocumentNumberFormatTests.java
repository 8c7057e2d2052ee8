package vn.danvan.officialdoc.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import vn.danvan.officialdoc.OfficialDocument.DocumentFamily;

class DocumentNumberFormatTests {

    @Test
    void writesPartyNumbersWithAHyphenBeforeTheTypeAndASlashBeforeTheBody() {
        assertThat(DocumentNumberFormat.format(DocumentFamily.PARTY, 12, "BC", "BTGDVTU"))
                .isEqualTo("12-BC/BTGDVTU");
        assertThat(DocumentNumberFormat.format(DocumentFamily.PARTY, 29, "CT", "TU"))
                .isEqualTo("29-CT/TU");
    }

    @Test
    void writesStateNumbersWithASlashBeforeTheSymbolAndAHyphenInsideIt() {
        assertThat(DocumentNumberFormat.format(DocumentFamily.STATE, 12, "BC", "UBND"))
                .isEqualTo("12/BC-UBND");
        assertThat(DocumentNumberFormat.format(DocumentFamily.STATE, 125, "TB", "UBND"))
                .isEqualTo("125/TB-UBND");
    }

    @Test
    void padsNumbersBelowTenToTwoDigits() {
        assertThat(DocumentNumberFormat.format(DocumentFamily.STATE, 5, "BC", "UBND"))
                .isEqualTo("05/BC-UBND");
        assertThat(DocumentNumberFormat.format(DocumentFamily.PARTY, 1, "KL", "TW"))
                .isEqualTo("01-KL/TW");
        assertThat(DocumentNumberFormat.format(DocumentFamily.STATE, 10, "BC", "UBND"))
                .isEqualTo("10/BC-UBND");
    }

    @Test
    void putsAColonAfterSoOnlyInStateDocuments() {
        assertThat(DocumentNumberFormat.numberLine(DocumentFamily.PARTY, "12-BC/BTGDVTU"))
                .isEqualTo("Số 12-BC/BTGDVTU");
        assertThat(DocumentNumberFormat.numberLine(DocumentFamily.STATE, "05/BC-UBND"))
                .isEqualTo("Số: 05/BC-UBND");
    }

    @Test
    void refusesNumbersBelowOneAndCodesWithSpacesOrSlashes() {
        assertThatThrownBy(() -> DocumentNumberFormat.format(DocumentFamily.STATE, 0, "BC", "UBND"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> DocumentNumberFormat.format(DocumentFamily.STATE, 1, "B C", "UBND"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> DocumentNumberFormat.format(DocumentFamily.PARTY, 1, "BC", "TU/X"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> DocumentNumberFormat.format(DocumentFamily.PARTY, 1, "", "TU"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> DocumentNumberFormat.format(DocumentFamily.PARTY, 1, "ABCDEFGHIJK", "TU"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void makesFileStemsWithoutSlashesOrDiacritics() {
        assertThat(DocumentNumberFormat.fileStem("12-BC/BTGDVTU")).isEqualTo("12-BC-BTGDVTU");
        assertThat(DocumentNumberFormat.fileStem("05/BC-UBND")).isEqualTo("05-BC-UBND");
        assertThat(DocumentNumberFormat.fileStem("03-QĐi/TU")).isEqualTo("03-QDi-TU");
        assertThat(DocumentNumberFormat.fileStem("../..")).isEqualTo("van-ban");
    }
}
