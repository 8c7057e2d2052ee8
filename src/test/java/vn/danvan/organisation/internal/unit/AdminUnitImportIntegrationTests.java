package vn.danvan.organisation.internal.unit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.danvan.organisation.AdminUnitView;
import vn.danvan.organisation.AdminUnits;
import vn.danvan.organisation.ImportSummary;
import vn.danvan.organisation.LineageGapView;
import vn.danvan.organisation.UnitKind;
import vn.danvan.organisation.UnitLevel;
import vn.danvan.organisation.UnitLineageView;
import vn.danvan.organisation.UnitQuery;
import vn.danvan.shared.text.VietnameseText;

/**
 * The real datasets imported into a real PostgreSQL at start-up, read back through {@link AdminUnits}. The default
 * (mock) web environment, like the other integration tests, so that the cached context is shared with them.
 */
@SpringBootTest
class AdminUnitImportIntegrationTests {

    static final LocalDate LAST_OLD_DAY = LocalDate.of(2025, 6, 30);

    @Autowired
    AdminUnits units;

    @Autowired
    AdminUnitImport importer;

    @Autowired
    JdbcClient jdbc;

    @Test
    void countsTheUnitsOfBothEras() {
        assertThat(total(UnitQuery.ofLevel(UnitLevel.PROVINCE))).isEqualTo(34);
        assertThat(total(UnitQuery.ofLevel(UnitLevel.COMMUNE))).isEqualTo(3321);
        assertThat(total(UnitQuery.ofLevel(UnitLevel.DISTRICT))).isZero();
        assertThat(total(UnitQuery.ofLevel(UnitLevel.PROVINCE).asOf(LAST_OLD_DAY)))
                .isEqualTo(63);
        assertThat(total(UnitQuery.ofLevel(UnitLevel.COMMUNE).asOf(LAST_OLD_DAY)))
                .isGreaterThan(10_000);
    }

    @Test
    void countsTheUnitsOfHungYenBeforeAndAfterTheMerger() {
        assertThat(total(UnitQuery.childrenOf("33").withLevel(UnitLevel.COMMUNE)))
                .isEqualTo(104);
        assertThat(total(UnitQuery.childrenOf("old-33").withLevel(UnitLevel.DISTRICT)))
                .isEqualTo(10);
        assertThat(total(UnitQuery.childrenOf("old-34").withLevel(UnitLevel.DISTRICT)))
                .isEqualTo(8);
    }

    @Test
    void doesNothingWhenTheSameDatasetsAreImportedAgain() {
        ImportSummary before = units.lastImport();

        AdminUnitImport.ImportResult again = importer.importAll();

        assertThat(again.imported()).isFalse();
        assertThat(units.lastImport()).isEqualTo(before);
        assertThat(before.unitCount()).isEqualTo(unitRows());
    }

    @Test
    void reimportsChangedDatasetsWithoutDuplicatingAnything() {
        ImportSummary before = units.lastImport();
        jdbc.sql("UPDATE admin_unit_import SET checksum = 'changed'").update();

        AdminUnitImport.ImportResult again = importer.importAll();

        assertThat(again.imported()).isTrue();
        assertThat(unitRows()).isEqualTo(before.unitCount());
        assertThat(units.lastImport().checksum()).isEqualTo(before.checksum());
        assertThat(units.lastImport().lineageCount()).isEqualTo(before.lineageCount());
        assertThat(units.lastImport().gapCount()).isEqualTo(before.gapCount());
    }

    @Test
    void givesEveryOldProvinceOneCurrentSuccessor() {
        List<AdminUnitView> oldProvinces = units.search(
                        UnitQuery.ofLevel(UnitLevel.PROVINCE).asOf(LAST_OLD_DAY), Pageable.unpaged())
                .getContent();

        assertThat(oldProvinces).hasSize(63);
        for (AdminUnitView old : oldProvinces) {
            assertThat(units.successors(old.id()))
                    .as(old.fullName())
                    .singleElement()
                    .satisfies(s -> assertThat(s.unit().isCurrent()).isTrue());
        }
    }

    @Test
    void readsTheLineageBothWays() {
        assertThat(units.predecessors("33")).extracting(p -> p.unit().id()).containsExactly("old-33", "old-34");
        assertThat(units.successors("old-34")).extracting(s -> s.unit().id()).containsExactly("33");
        List<UnitLineageView> thaiBinhWard = units.predecessors("13225");
        assertThat(thaiBinhWard).hasSize(7);
        assertThat(thaiBinhWard).extracting(p -> p.unit().provinceCode()).containsOnly("33");
        assertThat(units.successors(thaiBinhWard.get(0).unit().id()))
                .extracting(s -> s.unit().id())
                .contains("13225");
    }

    @Test
    void keepsThePublishedTextOfWhatACurrentUnitWasFormedFrom() {
        assertThat(units.formedFromText("33")).hasValue("tỉnh Thái Bình và tỉnh Hưng Yên");
        assertThat(units.formedFromText("12133"))
                .hasValueSatisfying(text -> assertThat(text).startsWith("Phường Dị Sử"));
        assertThat(units.formedFromText("old-34")).isEmpty();
    }

    @Test
    void findsTheSameUnitsWhateverTheCaseAndDiacritics() {
        List<String> plain = ids(units.search(UnitQuery.matching("thai thuy"), PageRequest.of(0, 50)));

        assertThat(plain).isNotEmpty();
        assertThat(ids(units.search(UnitQuery.matching("Thái Thụy"), PageRequest.of(0, 50))))
                .isEqualTo(plain);
        assertThat(ids(units.search(UnitQuery.matching("THAI THUY"), PageRequest.of(0, 50))))
                .isEqualTo(plain);
        assertThat(plain).contains("old-341", "12826");
    }

    @Test
    void findsOldNamesAsOfADayBeforeTheMerger() {
        Page<AdminUnitView> found = units.search(
                UnitQuery.matching("thai thuy").withLevel(UnitLevel.DISTRICT).asOf(LAST_OLD_DAY), Pageable.ofSize(10));

        assertThat(found.getContent()).singleElement().satisfies(district -> {
            assertThat(district.fullName()).isEqualTo("Huyện Thái Thụy");
            assertThat(district.kind()).isEqualTo(UnitKind.DISTRICT);
            assertThat(district.isValidAt(LAST_OLD_DAY)).isTrue();
            assertThat(district.isValidAt(LAST_OLD_DAY.plusDays(1))).isFalse();
        });
        assertThat(units.search(
                        UnitQuery.matching("thai thuy")
                                .withLevel(UnitLevel.DISTRICT)
                                .asOf(LocalDate.of(2026, 1, 1)),
                        Pageable.ofSize(10)))
                .isEmpty();
    }

    @Test
    void ordersUnitsInVietnameseAlphabeticalOrderInTheDatabase() {
        List<String> names = units.search(UnitQuery.childrenOf("33").withLevel(UnitLevel.COMMUNE), Pageable.unpaged())
                .map(AdminUnitView::name)
                .getContent();

        List<String> vietnamese = new ArrayList<>(names);
        vietnamese.sort(VietnameseText.collator());
        List<String> codePoints = new ArrayList<>(names);
        codePoints.sort(Comparator.naturalOrder());
        assertThat(names).isEqualTo(vietnamese).isNotEqualTo(codePoints);
        assertThat(names.indexOf("Đông Hưng")).isGreaterThan(names.indexOf("Diên Hà"));
        assertThat(names.indexOf("Đông Hưng")).isLessThan(names.indexOf("Hiệp Cường"));
    }

    @Test
    void pagesInTheDatabase() {
        Page<AdminUnitView> third = units.search(UnitQuery.ofLevel(UnitLevel.COMMUNE), PageRequest.of(2, 25));
        List<AdminUnitView> firstHundred = units.search(UnitQuery.ofLevel(UnitLevel.COMMUNE), PageRequest.of(0, 100))
                .getContent();

        assertThat(third.getTotalElements()).isEqualTo(3321);
        assertThat(third.getContent()).isEqualTo(firstHundred.subList(50, 75));
    }

    @Test
    void placesOldUnitsUnderTheCurrentProvinceTheyRollUpTo() {
        // every word matches anywhere, so "Thụy Hải" also finds Xã Hải Thủy
        AdminUnitView commune = units.search(
                        UnitQuery.matching("Thụy Hải")
                                .withLevel(UnitLevel.COMMUNE)
                                .asOf(LAST_OLD_DAY),
                        Pageable.ofSize(20))
                .filter(c -> c.name().equals("Thụy Hải"))
                .toList()
                .get(0);

        assertThat(commune.path()).startsWith("33/old-34/old-341/");
        assertThat(commune.provinceCode()).isEqualTo("33");
        assertThat(units.ancestors(commune.id())).extracting(AdminUnitView::id).containsExactly("old-34", "old-341");
        assertThat(units.find("12133").orElseThrow().path()).isEqualTo("33/12133");
        assertThat(units.find("nowhere")).isEmpty();
    }

    @Test
    void listsTheGapsForAnAdministrator() {
        Page<LineageGapView> gaps = units.lineageGaps(PageRequest.of(0, 10));

        assertThat(gaps.getTotalElements())
                .isEqualTo(units.lastImport().gapCount())
                .isPositive();
        assertThat(gaps.getContent()).hasSize(10).allSatisfy(gap -> {
            assertThat(gap.fragment()).isNotBlank();
            assertThat(gap.successorName()).isNotBlank();
            if (gap.reason() == LineageGapView.Reason.AMBIGUOUS) {
                assertThat(gap.candidateIds()).hasSizeGreaterThan(1);
            }
        });
    }

    private long total(UnitQuery query) {
        return units.search(query, PageRequest.of(0, 1)).getTotalElements();
    }

    private long unitRows() {
        return jdbc.sql("SELECT count(*) FROM admin_unit").query(Long.class).single();
    }

    private static List<String> ids(Page<AdminUnitView> page) {
        return page.map(AdminUnitView::id).getContent();
    }
}
