package vn.danvan.organisation.internal.unit;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NameKeysTests {

    @Test
    void exactKeyIgnoresCaseAndWhereTheToneMarkIsPlaced() {
        assertThat(NameKeys.exact("Khánh Hoà")).isEqualTo(NameKeys.exact("khánh hòa"));
        assertThat(NameKeys.exact("Thái Thuỵ")).isEqualTo(NameKeys.exact("Thái Thụy"));
    }

    @Test
    void exactKeyKeepsDiacriticsThatMakeADifferentName() {
        assertThat(NameKeys.exact("Hòa Lộc")).isNotEqualTo(NameKeys.exact("Hoa Lộc"));
        assertThat(NameKeys.exact("Vĩnh Hùng")).isNotEqualTo(NameKeys.exact("Vĩnh Hưng"));
        assertThat(NameKeys.folded("Vĩnh Hùng")).isEqualTo(NameKeys.folded("Vĩnh Hưng"));
    }

    @Test
    void looseKeyIgnoresSpacesApostrophesAndHyphens() {
        assertThat(NameKeys.loose("Ea H'leo")).isEqualTo(NameKeys.loose("EaHleo"));
        assertThat(NameKeys.loose("Cư M’gar")).isEqualTo(NameKeys.loose("Cư M'gar"));
        assertThat(NameKeys.loose("Văn Miếu - Quốc Tử Giám")).isEqualTo(NameKeys.loose("Văn Miếu Quốc Tử Giám"));
    }

    @Test
    void looseKeyTakesIAndYAsOneLetter() {
        assertThat(NameKeys.loose("An Quí")).isEqualTo(NameKeys.loose("An Quý"));
        assertThat(NameKeys.loose("Lục Sỹ Thành")).isEqualTo(NameKeys.loose("Lục Sĩ Thành"));
    }

    @Test
    void looseKeyReadsNongTruongAsNt() {
        assertThat(NameKeys.loose("Nông trường Lệ Ninh")).isEqualTo(NameKeys.loose("NT Lệ Ninh"));
    }
}
