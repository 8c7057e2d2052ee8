package vn.danvan.organisation.internal.unit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static vn.danvan.organisation.internal.unit.UnitFixtures.commune;
import static vn.danvan.organisation.internal.unit.UnitFixtures.hungYenCommune;
import static vn.danvan.organisation.internal.unit.UnitFixtures.withCommuneTexts;

import java.util.List;
import org.junit.jupiter.api.Test;
import vn.danvan.organisation.LineageGapView.Reason;
import vn.danvan.organisation.internal.unit.LineageMatcher.Gap;
import vn.danvan.organisation.internal.unit.LineageMatcher.Link;
import vn.danvan.organisation.internal.unit.LineageMatcher.MatchRule;
import vn.danvan.organisation.internal.unit.LineageMatcher.Result;
import vn.danvan.organisation.internal.unit.UnitDatasets.Formation;

class LineageMatcherTests {

    @Test
    void mapsEveryOldProvinceToTheCurrentProvinceItWentInto() {
        Result result = LineageMatcher.match(withCommuneTexts());

        assertThat(result.currentProvinceOf())
                .containsEntry("33", "33")
                .containsEntry("34", "33")
                .containsEntry("36", "37")
                .containsEntry("01", "01")
                .hasSize(5);
        assertThat(linksOf(result, "33"))
                .extracting(Link::predecessorId, Link::rule)
                .containsExactlyInAnyOrder(
                        tuple("old-34", MatchRule.PROVINCE_NAME), tuple("old-33", MatchRule.PROVINCE_NAME));
        assertThat(linksOf(result, "01"))
                .extracting(Link::predecessorId, Link::rule)
                .containsExactly(tuple("old-01", MatchRule.UNCHANGED));
    }

    @Test
    void readsTphcmAsHoChiMinhCity() {
        assertThat(LineageMatcher.match(withCommuneTexts()).currentProvinceOf()).containsEntry("79", "79");
    }

    @Test
    void refusesToImportWhenAnOldProvinceGoesNowhere() {
        List<Formation> withoutNamDinh = UnitFixtures.PROVINCE_TEXTS.stream()
                .filter(f -> !f.code().equals("37"))
                .toList();

        assertThatThrownBy(() -> LineageMatcher.match(UnitFixtures.with(withoutNamDinh)))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("Tỉnh Nam Định");
    }

    @Test
    void linksACommuneNamedByKindAndName() {
        Result result =
                LineageMatcher.match(withCommuneTexts(hungYenCommune("20001", "Phường Lam Sơn, Xã Ngọc Thanh")));

        assertThat(linksOf(result, "20001"))
                .extracting(Link::predecessorId, Link::partial, Link::rule)
                .containsExactly(tuple("old-12100", false, MatchRule.NAME), tuple("old-12103", false, MatchRule.NAME));
        assertThat(result.gaps()).isEmpty();
    }

    @Test
    void looksOnlyAmongTheCommunesOfTheProvincesThatMerged() {
        Result result = LineageMatcher.match(
                withCommuneTexts(hungYenCommune("20001", "Xã Tam Quang"), commune("20002", "37", "Xã Tam Quang")));

        assertThat(linksOf(result, "20001")).extracting(Link::predecessorId).containsExactly("old-13192");
        assertThat(linksOf(result, "20002")).extracting(Link::predecessorId).containsExactly("old-13700");
    }

    @Test
    void tellsApartNamesThatDifferOnlyByDiacritics() {
        Result result = LineageMatcher.match(withCommuneTexts(
                hungYenCommune("20001", "Xã Hoa Lộc"),
                hungYenCommune("20002", "Xã Hòa Lộc"),
                hungYenCommune("20003", "Xã Hoà Lộc")));

        assertThat(linksOf(result, "20001")).extracting(Link::predecessorId).containsExactly("old-13210");
        assertThat(linksOf(result, "20002")).extracting(Link::predecessorId).containsExactly("old-13213");
        assertThat(linksOf(result, "20003")).extracting(Link::predecessorId).containsExactly("old-13213");
    }

    @Test
    void leavesANameFoundInTwoDistrictsAsAnAmbiguousGap() {
        Result result = LineageMatcher.match(withCommuneTexts(hungYenCommune("20001", "Xã Hòa Bình")));

        assertThat(linksOf(result, "20001")).isEmpty();
        assertThat(result.gaps()).singleElement().satisfies(gap -> {
            assertThat(gap.successorId()).isEqualTo("20001");
            assertThat(gap.fragment()).isEqualTo("Xã Hòa Bình");
            assertThat(gap.reason()).isEqualTo(Reason.AMBIGUOUS);
            assertThat(gap.candidateIds()).containsExactlyInAnyOrder("old-12590", "old-13195");
        });
    }

    @Test
    void usesTheDistrictNamedInParenthesesToTellSameNamedCommunesApart() {
        Result result = LineageMatcher.match(withCommuneTexts(hungYenCommune("20001", "Xã Hòa Bình (huyện Hưng Hà)")));

        assertThat(linksOf(result, "20001"))
                .extracting(Link::predecessorId, Link::rule)
                .containsExactly(tuple("old-12590", MatchRule.DISTRICT_HINT));
    }

    @Test
    void usesTheSuccessorsOwnCodeToTellSameNamedCommunesApart() {
        Result result = LineageMatcher.match(withCommuneTexts(hungYenCommune("13195", "Xã Hòa Bình, Xã Minh Khai")));

        assertThat(linksOf(result, "13195"))
                .extracting(Link::predecessorId, Link::rule)
                .contains(tuple("old-13195", MatchRule.SAME_CODE));
    }

    @Test
    void usesTheDistrictOfTheTextsOtherCommunesToTellSameNamedCommunesApart() {
        Result result = LineageMatcher.match(withCommuneTexts(
                hungYenCommune("20001", "Xã Tam Quang, Xã Hòa Bình, Thị trấn Vũ Thư"),
                commune("20002", "79", "Phường 9 (Quận 5)")));

        assertThat(linksOf(result, "20001"))
                .extracting(Link::predecessorId, Link::rule)
                .containsExactly(
                        tuple("old-13192", MatchRule.NAME),
                        tuple("old-13195", MatchRule.SIBLING_DISTRICT),
                        tuple("old-13198", MatchRule.NAME));
        assertThat(linksOf(result, "20002")).extracting(Link::predecessorId).containsExactly("old-27301");
    }

    @Test
    void recordsAPieceThatNamesNoOldUnitAsNotFound() {
        Result result = LineageMatcher.match(withCommuneTexts(hungYenCommune("20001", "Xã Tam Quang, Trường bắn TB1")));

        assertThat(linksOf(result, "20001")).extracting(Link::predecessorId).containsExactly("old-13192");
        assertThat(result.gaps())
                .extracting(Gap::fragment, Gap::reason, Gap::candidateIds)
                .containsExactly(tuple("Trường bắn TB1", Reason.NOT_FOUND, List.of()));
    }

    @Test
    void marksPredecessorsThatWentInOnlyInPart() {
        Result result = LineageMatcher.match(
                withCommuneTexts(hungYenCommune("20001", "Phường Lam Sơn và phần còn lại củ Xã Ngọc Thanh")));

        assertThat(linksOf(result, "20001"))
                .extracting(Link::predecessorId, Link::partial)
                .containsExactly(tuple("old-12100", false), tuple("old-12103", true));
    }

    @Test
    void linksAnUnchangedCommuneToTheOldUnitWithTheSameCode() {
        Result result = LineageMatcher.match(withCommuneTexts(commune("00001", "01", "giữ nguyên")));

        assertThat(linksOf(result, "00001"))
                .extracting(Link::predecessorId, Link::rule)
                .containsExactly(tuple("old-00001", MatchRule.UNCHANGED));
    }

    @Test
    void linksAUnitFormedFromAWholeOldDistrictToThatDistrict() {
        Result result = LineageMatcher.match(withCommuneTexts(hungYenCommune("20001", "Huyện Vũ Thư")));

        assertThat(linksOf(result, "20001")).extracting(Link::predecessorId).containsExactly("old-341");
    }

    @Test
    void acceptsANameGivenWithAnotherKindWhenItIsTheOnlyOne() {
        Result result = LineageMatcher.match(withCommuneTexts(hungYenCommune("20001", "Xã Lam Sơn")));

        assertThat(linksOf(result, "20001"))
                .extracting(Link::predecessorId, Link::rule)
                .containsExactly(tuple("old-12100", MatchRule.OTHER_KIND));
    }

    @Test
    void keepsTheTextOfEveryCurrentUnit() {
        Result result = LineageMatcher.match(withCommuneTexts(hungYenCommune("20001", "Xã Tam Quang")));

        assertThat(result.formedFrom())
                .containsEntry("20001", "Xã Tam Quang")
                .containsEntry("33", "tỉnh Thái Bình và tỉnh Hưng Yên");
    }

    private static List<Link> linksOf(Result result, String successor) {
        return result.links().stream()
                .filter(l -> l.successorId().equals(successor))
                .toList();
    }
}
