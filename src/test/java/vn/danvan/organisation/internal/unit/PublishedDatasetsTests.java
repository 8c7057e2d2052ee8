package vn.danvan.organisation.internal.unit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.danvan.organisation.LineageGapView.Reason;
import vn.danvan.organisation.UnitKind;
import vn.danvan.organisation.internal.unit.LineageMatcher.Link;
import vn.danvan.organisation.internal.unit.UnitDatasets.Parsed;
import vn.danvan.organisation.internal.unit.UnitDatasets.SourceUnit;

/** The lineage rules run over the real published datasets (no Spring, no database). */
class PublishedDatasetsTests {

    private static Parsed datasets;
    private static LineageMatcher.Result lineage;

    @BeforeAll
    static void readDatasets() {
        datasets = UnitDatasets.parse(UnitDatasets.Inputs.fromClasspath(PublishedDatasetsTests.class.getClassLoader()));
        lineage = LineageMatcher.match(datasets);
    }

    @Test
    void readsEveryUnitOfBothEras() {
        assertThat(datasets.currentProvinces()).hasSize(34);
        assertThat(datasets.currentCommunes()).hasSize(3321);
        assertThat(datasets.oldProvinces()).hasSize(63);
        assertThat(datasets.oldDistricts()).hasSizeGreaterThan(690);
        assertThat(datasets.oldCommunes()).hasSizeGreaterThan(10_000);
        assertThat(datasets.formations()).hasSize(34 + 3321);
    }

    @Test
    void readsTheKindsOfEachDatasetFromItsOwnTable() {
        assertThat(datasets.currentCommunes())
                .extracting(SourceUnit::kind)
                .containsOnly(UnitKind.COMMUNE, UnitKind.WARD, UnitKind.SPECIAL_ZONE);
        assertThat(datasets.oldCommunes())
                .extracting(SourceUnit::kind)
                .containsOnly(UnitKind.COMMUNE, UnitKind.WARD, UnitKind.TOWNSHIP);
        assertThat(datasets.oldDistricts())
                .filteredOn(d -> d.code().equals("341"))
                .singleElement()
                .satisfies(d -> assertThat(d.fullName()).isEqualTo("Huyện Thái Thụy"));
    }

    @Test
    void mapsAllSixtyThreeOldProvincesToOneOfTheThirtyFourCurrentOnes() {
        Set<String> currentCodes =
                datasets.currentProvinces().stream().map(SourceUnit::code).collect(Collectors.toSet());

        assertThat(lineage.currentProvinceOf()).hasSize(63);
        assertThat(currentCodes).containsAll(lineage.currentProvinceOf().values());
        assertThat(Set.copyOf(lineage.currentProvinceOf().values())).isEqualTo(currentCodes);
        assertThat(lineage.gaps()).noneMatch(gap -> currentCodes.contains(gap.successorId()));
    }

    @Test
    void givesEveryCurrentProvinceAtLeastOnePredecessor() {
        for (SourceUnit province : datasets.currentProvinces()) {
            assertThat(linksOf(province.code())).as(province.fullName()).isNotEmpty();
        }
        assertThat(linksOf("33")).extracting(Link::predecessorId).containsExactlyInAnyOrder("old-33", "old-34");
        assertThat(linksOf("79"))
                .extracting(Link::predecessorId)
                .containsExactlyInAnyOrder("old-79", "old-77", "old-74");
    }

    @Test
    void tiesAlmostEveryCommunePieceToExactlyOneOldUnit() {
        long gaps = lineage.gaps().size();

        assertThat(lineage.communeFragments()).isGreaterThan(10_000);
        assertThat(gaps).isLessThan(lineage.communeFragments() / 100);
        assertThat(lineage.gaps(Reason.AMBIGUOUS)).isLessThan(10);
    }

    @Test
    void usesTheDistrictInParenthesesOfTheRealTexts() {
        // Phường Thái Bình: "…, Xã Tân Hòa (huyện Vũ Thư), …" while Hưng Hà also had a Xã Tân Hòa
        List<String> predecessors =
                linksOf("13225").stream().map(Link::predecessorId).toList();
        Set<String> vuThuCommunes = datasets.oldCommunes().stream()
                .filter(c -> "344".equals(c.parentCode()) && c.name().equals("Tân Hòa"))
                .map(c -> LineageMatcher.oldId(c.code()))
                .collect(Collectors.toSet());

        assertThat(vuThuCommunes).hasSize(1);
        assertThat(predecessors).containsAll(vuThuCommunes).hasSize(7);
    }

    @Test
    void placesEveryOldUnitUnderTheCurrentProvinceItRollsUpTo() {
        List<Object[]> rows = AdminUnitImport.unitRows(datasets, lineage);

        assertThat(rows).hasSize(datasets.unitCount());
        assertThat(rows)
                .filteredOn(row -> "old-341".equals(row[0]))
                .singleElement()
                .satisfies(row -> {
                    assertThat(row[8]).isEqualTo("old-34");
                    assertThat(row[9]).isEqualTo("33/old-34/old-341");
                    assertThat(row[10]).isEqualTo("33");
                });
    }

    private static List<Link> linksOf(String successor) {
        return lineage.links().stream()
                .filter(l -> l.successorId().equals(successor))
                .toList();
    }
}
