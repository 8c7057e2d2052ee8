package vn.danvan.landclearance.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Identity numbers are shown masked to readers and in lists. */
class HouseholdIdNumberTests {

    @Test
    void masksAllButTheFirstAndLastThreeDigits() {
        assertThat(IdNumbers.mask("001234567789")).isEqualTo("001******789");
        assertThat(IdNumbers.mask("123456789")).isEqualTo("123***789");
    }

    @Test
    void masksShortNumbersEntirelyAndNoneAsEmpty() {
        assertThat(IdNumbers.mask("12345")).isEqualTo("*****");
        assertThat(IdNumbers.mask(null)).isEmpty();
        assertThat(IdNumbers.mask(" ")).isEmpty();
    }

    @Test
    void showsTheWholeNumberOnlyWhenAllowed() {
        assertThat(IdNumbers.shown("001234567789", true)).isEqualTo("001234567789");
        assertThat(IdNumbers.shown("001234567789", false)).isEqualTo("001******789");
    }
}
