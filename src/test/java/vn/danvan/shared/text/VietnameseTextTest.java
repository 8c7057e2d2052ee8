package vn.danvan.shared.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class VietnameseTextTest {

    @Test
    void foldsCaseAndDiacriticsAway() {
        assertThat(VietnameseText.fold("Thái Thụy"))
                .isEqualTo(VietnameseText.fold("THAI THUY"))
                .isEqualTo(VietnameseText.fold("thai thuy"))
                .isEqualTo("thai thuy");
    }

    @Test
    void foldsDWithStrokeToD() {
        assertThat(VietnameseText.fold("Đồng Đăng đèo")).isEqualTo("dong dang deo");
    }

    @Test
    void foldsDecomposedInputLikeComposedInput() {
        String decomposed = java.text.Normalizer.normalize("Hưng Yên", java.text.Normalizer.Form.NFD);

        assertThat(VietnameseText.fold(decomposed)).isEqualTo(VietnameseText.fold("Hưng Yên"));
    }

    @Test
    void collapsesWhiteSpaceAndTrims() {
        assertThat(VietnameseText.fold("  Xã \t Tân\u00a0 Hòa \n")).isEqualTo("xa tan hoa");
    }

    @Test
    void foldsTypographicApostrophesToAPlainOne() {
        assertThat(VietnameseText.fold("Cư M’gar")).isEqualTo(VietnameseText.fold("Cư M'gar"));
    }

    @Test
    void sortsInVietnameseAlphabeticalOrder() {
        List<String> names = Arrays.asList("Đông", "Dương", "An", "Ăn", "Ân", "Bình");

        names.sort(VietnameseText.collator());

        assertThat(names).containsExactly("An", "Ăn", "Ân", "Bình", "Dương", "Đông");
    }

    @Test
    void sortKeysCompareLikeTheCollatorWhenComparedAsUnsignedBytes() {
        List<String> byKey = Stream.of("Đông", "Dương", "An", "Ăn", "Ân", "Bình", "Ê Đê", "Ea Súp")
                .sorted((a, b) -> Arrays.compareUnsigned(VietnameseText.sortKey(a), VietnameseText.sortKey(b)))
                .toList();

        assertThat(byKey).containsExactly("An", "Ăn", "Ân", "Bình", "Dương", "Đông", "Ea Súp", "Ê Đê");
    }
}
