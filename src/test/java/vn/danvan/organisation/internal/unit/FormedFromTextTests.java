package vn.danvan.organisation.internal.unit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import org.junit.jupiter.api.Test;
import vn.danvan.organisation.UnitKind;
import vn.danvan.organisation.UnitLevel;
import vn.danvan.organisation.internal.unit.FormedFromText.Fragment;

class FormedFromTextTests {

    @Test
    void splitsOnCommasAndVa() {
        List<Fragment> fragments =
                FormedFromText.fragments("Phường Dị Sử, Phường Phùng Chí Kiên, Xã Xuân Dục và Xã Ngọc Lâm");

        assertThat(fragments)
                .extracting(Fragment::name)
                .containsExactly("Dị Sử", "Phùng Chí Kiên", "Xuân Dục", "Ngọc Lâm");
        assertThat(fragments)
                .extracting(Fragment::kind)
                .containsExactly(UnitKind.WARD, UnitKind.WARD, UnitKind.COMMUNE, UnitKind.COMMUNE);
        assertThat(fragments).extracting(Fragment::partial).containsOnly(false);
        assertThat(fragments.get(0).text()).isEqualTo("Phường Dị Sử");
    }

    @Test
    void readsTheKindPrefixInAnyCase() {
        assertThat(FormedFromText.fragments("THỊ TRẤN Ân Thi, xã Quang Vinh"))
                .extracting(Fragment::kind, Fragment::name)
                .containsExactly(tuple(UnitKind.TOWNSHIP, "Ân Thi"), tuple(UnitKind.COMMUNE, "Quang Vinh"));
    }

    @Test
    void readsTheOldDistrictNamedInParentheses() {
        List<Fragment> fragments = FormedFromText.fragments(
                "Xã Đoàn Kết (huyện Đà Bắc), Xã Đồng Ruộng, Phường 9 (Quận 5), Phường Nguyễn Nghiêm (thị xã Đức Phổ)");

        assertThat(fragments)
                .extracting(Fragment::name)
                .containsExactly("Đoàn Kết", "Đồng Ruộng", "9", "Nguyễn Nghiêm");
        assertThat(fragments).extracting(Fragment::districtHint).containsExactly("Đà Bắc", null, "5", "Đức Phổ");
    }

    @Test
    void marksTheRemainderOfASplitUnitAsPartial() {
        List<Fragment> fragments =
                FormedFromText.fragments("Xã Tân Ân (phần còn lại sau khi sáp nhập vào xã Phan Ngọc Hiển), Xã Viên An");

        assertThat(fragments)
                .extracting(Fragment::name, Fragment::partial)
                .containsExactly(tuple("Tân Ân", true), tuple("Viên An", false));
        assertThat(fragments.get(0).districtHint()).isNull();
    }

    @Test
    void readsPartialUnitsWrittenWithTypos() {
        assertThat(FormedFromText.fragments("Xã Bảo Khê và phần còn lại củ Xã Ngọc Thanh"))
                .extracting(Fragment::name, Fragment::partial)
                .containsExactly(tuple("Bảo Khê", false), tuple("Ngọc Thanh", true));
        assertThat(FormedFromText.fragments("Xã Lệ Chi và phần còn lai của Xã Phú Sơn"))
                .extracting(Fragment::partial)
                .containsExactly(false, true);
    }

    @Test
    void marksAPartOfAUnitAsPartial() {
        assertThat(FormedFromText.fragments("một phần xã C")).singleElement().satisfies(f -> {
            assertThat(f.name()).isEqualTo("C");
            assertThat(f.kind()).isEqualTo(UnitKind.COMMUNE);
            assertThat(f.partial()).isTrue();
        });
        assertThat(FormedFromText.fragments(
                        "Xã Hùng An, Xã Hiệp Cường và một phần diện tích tự nhiên, quy mô dân số của  Xã Ngọc Thanh"))
                .extracting(Fragment::name, Fragment::partial)
                .containsExactly(tuple("Hùng An", false), tuple("Hiệp Cường", false), tuple("Ngọc Thanh", true));
    }

    @Test
    void appliesAQualifierToEveryNameOfItsListUntilTheNextQualifier() {
        List<Fragment> fragments = FormedFromText.fragments("Phường Quán Thánh, một phần diện tích TN, quy mô dân số"
                + " của các phường Cửa Nam, Điện Biên, Toàn bộ diện tích TN, quy mô dân số của Phường Kim Mã");

        assertThat(fragments)
                .extracting(Fragment::name)
                .containsExactly("Quán Thánh", "Cửa Nam", "Điện Biên", "Kim Mã");
        assertThat(fragments).extracting(Fragment::partial).containsExactly(false, true, true, false);
        assertThat(fragments).extracting(Fragment::kind).containsOnly(UnitKind.WARD);
    }

    @Test
    void readsTheKindWhenItIsSaidTwice() {
        assertThat(FormedFromText.fragments("phần còn lại của xã Xã Đình Dù"))
                .singleElement()
                .satisfies(f -> {
                    assertThat(f.kind()).isEqualTo(UnitKind.COMMUNE);
                    assertThat(f.name()).isEqualTo("Đình Dù");
                    assertThat(f.partial()).isTrue();
                });
    }

    @Test
    void keepsNamesThatStartLikeAKindWithoutItsDiacritics() {
        assertThat(FormedFromText.fragments("Phường Phương Mai, Xã Xá Nhè, Phường Phượng Sơn, Xã Xa Dung"))
                .extracting(Fragment::name)
                .containsExactly("Phương Mai", "Xá Nhè", "Phượng Sơn", "Xa Dung");
    }

    @Test
    void cutsTheClauseAboutTheRearrangement() {
        assertThat(
                        FormedFromText.fragments(
                                "Xã Pà Cò, và phần còn lại của Xã Đồng Tân sau khi sắp xếp theo quy định tại khoản 119 Điều này"))
                .extracting(Fragment::name, Fragment::partial)
                .containsExactly(tuple("Pà Cò", false), tuple("Đồng Tân", true));
    }

    @Test
    void readsAWholeOldDistrict() {
        assertThat(FormedFromText.fragments("Huyện Côn Đảo")).singleElement().satisfies(f -> {
            assertThat(f.level()).isEqualTo(UnitLevel.DISTRICT);
            assertThat(f.kind()).isEqualTo(UnitKind.DISTRICT);
            assertThat(f.name()).isEqualTo("Côn Đảo");
        });
    }

    @Test
    void leavesTheKindOpenForABareName() {
        assertThat(FormedFromText.fragments("Phường Trần Hưng Đạo (thành phố Kon Tum), Lê Lợi"))
                .extracting(Fragment::kind)
                .containsExactly(UnitKind.WARD, null);
    }

    @Test
    void recognisesAnUnchangedUnit() {
        assertThat(FormedFromText.isUnchanged("giữ nguyên")).isTrue();
        assertThat(FormedFromText.isUnchanged("Giữ nguyên.")).isTrue();
        assertThat(FormedFromText.isUnchanged("Xã Giữ Nguyên Hạ")).isFalse();
    }

    @Test
    void readsProvinceNamesWithoutTheirKind() {
        assertThat(FormedFromText.provinceNames("thành phố Cần Thơ, tỉnh Sóc Trăng và tỉnh Hậu Giang"))
                .containsExactly("Cần Thơ", "Sóc Trăng", "Hậu Giang");
        assertThat(FormedFromText.provinceNames("TPHCM, tỉnh Bà Rịa - Vũng Tàu và tỉnh Bình Dương"))
                .containsExactly("TPHCM", "Bà Rịa - Vũng Tàu", "Bình Dương");
    }

    @Test
    void dropsTheNoteAfterAFullStop() {
        assertThat(FormedFromText.provinceNames("tỉnh Bình Phước và tỉnh Đồng Nai. Từ ngày 30%/04%/2026, Tỉnh Đồng"
                        + " Nai mới (sau sáp nhập) chuyển thành Thành phố Đồng Nai và thêm 10 xã chuyển thành phường."))
                .containsExactly("Bình Phước", "Đồng Nai");
    }
}
