package vn.danvan.landclearance.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.danvan.landclearance.internal.HouseholdImportFiles.plot;
import static vn.danvan.landclearance.internal.HouseholdImportFiles.workbook;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import vn.danvan.shared.security.Scope;

/** The row checks on their own: the reader's cell handling and each rule of the validator, without a database. */
class HouseholdImportValidatorTests {

    static final HouseholdImportContext.ProjectCommune PHO_HIEN =
            new HouseholdImportContext.ProjectCommune("11953", "Phường Phố Hiến", "33/11953");
    static final HouseholdImportContext.ProjectCommune HONG_CHAU =
            new HouseholdImportContext.ProjectCommune("11980", "Phường Hồng Châu", "33/11980");

    static HouseholdImportContext context(Scope scope, Set<String> plots, Set<String> codes) {
        return new HouseholdImportContext(
                List.of(PHO_HIEN, HONG_CHAU), scope, plots, codes, LocalDate.of(2026, 11, 29), "11977"::equals);
    }

    static HouseholdImportValidation check(List<Map<ImportRowColumn, Object>> rows) {
        return HouseholdImportValidator.validate(
                HouseholdImportReader.read(workbook(rows)), context(Scope.of("33"), Set.of(), Set.of()));
    }

    static List<String> keys(HouseholdImportValidation v) {
        return v.errors().stream().map(e -> e.row() + " " + e.key()).toList();
    }

    @Test
    void aHouseholdOverSeveralRowsTakesItsDetailsFromTheFirstAndReportsConflicts() {
        Map<ImportRowColumn, Object> second = plot("H1", "11953", "1", "2", 50);
        second.put(ImportRowColumn.HEAD_NAME, "Trần Thị Khác");
        HouseholdImportValidation v = check(List.of(plot("H1", "11953", "1", "1", 100), second));
        assertThat(keys(v)).containsExactly("3 lc.import.error.conflict");
        assertThat(v.errors().get(0).args()).containsExactly("2", "Nguyễn Văn H1");
        assertThat(v.goodHouseholds()).isEmpty();
        assertThat(v.badRows()).isOne();
        assertThat(v.goodRows()).isOne();
    }

    @Test
    void datesInTheFutureOrMalformedAndNumbersOutOfRangeAreReported() {
        Map<ImportRowColumn, Object> row = plot("H1", "11953", "1", "1", "abc");
        row.put(ImportRowColumn.INVENTORIED_ON, "30/02/2026");
        row.put(ImportRowColumn.AGREED_ON, "01/12/2026");
        row.put(ImportRowColumn.COMPENSATION, -5);
        row.put(ImportRowColumn.ID_NUMBER, "12345");
        row.put(ImportRowColumn.LATITUDE, 106.05);
        row.put(ImportRowColumn.LONGITUDE, 20.64);
        row.put(ImportRowColumn.LAND_TYPE, "XYZ");
        row.put(ImportRowColumn.CONSENT, "có lẽ");
        assertThat(keys(check(List.of(row))))
                .contains(
                        "2 lc.import.error.number",
                        "2 lc.import.error.date",
                        "2 lc.import.error.dateInFuture",
                        "2 lc.import.error.amountNegative",
                        "2 lc.import.error.idNumber",
                        "2 lc.import.error.coordinateRange",
                        "2 lc.import.error.landType",
                        "2 lc.import.error.consent");
    }

    @Test
    void paymentNeedsConsentAndItsDate() {
        Map<ImportRowColumn, Object> paid = plot("H1", "11953", "1", "1", 100);
        paid.put(ImportRowColumn.PAID_AMOUNT, 1000);
        Map<ImportRowColumn, Object> early = plot("H2", "11953", "1", "2", 100);
        early.put(ImportRowColumn.AGREED_ON, "10/05/2026");
        early.put(ImportRowColumn.PAID_ON, "01/05/2026");
        Map<ImportRowColumn, Object> refused = plot("H3", "11953", "1", "3", 100);
        refused.put(ImportRowColumn.CONSENT, "không");
        refused.put(ImportRowColumn.AGREED_ON, "10/05/2026");
        assertThat(keys(check(List.of(paid, early, refused))))
                .containsExactlyInAnyOrder(
                        "2 lc.import.error.paidWithoutConsent",
                        "2 lc.import.error.paidWithoutDate",
                        "3 lc.import.error.paidBeforeConsent",
                        "4 lc.import.error.agreedDateWithoutConsent");
    }

    @Test
    void communesAreMatchedByCodeOrNameAndCheckedAgainstTheProjectAndTheScope() {
        Map<ImportRowColumn, Object> byName = plot("H1", null, "1", "1", 100);
        byName.remove(ImportRowColumn.UNIT_CODE);
        byName.put(ImportRowColumn.UNIT_NAME, "pho hien");
        Map<ImportRowColumn, Object> mismatch = plot("H2", "11953", "1", "2", 100);
        mismatch.put(ImportRowColumn.UNIT_NAME, "Hồng Châu");
        List<Map<ImportRowColumn, Object>> rows = List.of(
                byName,
                mismatch,
                plot("H3", "11977", "1", "3", 100),
                plot("H4", "11980", "1", "4", 100),
                plot("H5", "12345", "1", "5", 100));
        HouseholdImportValidation v = HouseholdImportValidator.validate(
                HouseholdImportReader.read(workbook(rows)), context(Scope.of("33/11953"), Set.of(), Set.of()));
        assertThat(keys(v))
                .containsExactly(
                        "3 lc.import.error.communeMismatch",
                        "4 lc.import.error.communeNotOfProject",
                        "5 lc.import.error.communeOutOfScope",
                        "6 lc.import.error.communeUnknown");
        assertThat(v.goodHouseholds()).extracting(h -> h.code).containsExactly("H1");
        assertThat(v.goodHouseholds().get(0).commune()).isEqualTo(PHO_HIEN);
    }

    @Test
    void plotsAndCodesAlreadyInTheProjectAreReported() {
        HouseholdImportValidation v = HouseholdImportValidator.validate(
                HouseholdImportReader.read(
                        workbook(List.of(plot("OLD", "11953", "1", "1", 100), plot("NEW", "11953", "02", "007", 100)))),
                context(Scope.of("33"), Set.of(HouseholdImportContext.plotKey("2", "7")), Set.of("OLD")));
        assertThat(keys(v))
                .containsExactly("2 lc.import.error.codeInProject", "3 lc.import.error.duplicatePlotInProject");
    }

    @Test
    void theStageIsDerivedFromTheLatestFactGiven() {
        Map<ImportRowColumn, Object> agreed = plot("H1", "11953", "1", "1", 100);
        agreed.put(ImportRowColumn.INVENTORIED_ON, "01/03/2026");
        agreed.put(ImportRowColumn.AGREED_ON, "01/06/2026");
        HouseholdImportDraft h = check(List.of(agreed)).goodHouseholds().get(0);
        assertThat(h.stage()).isEqualTo(HouseholdStage.AGREED);
        assertThat(h.effectiveOn(LocalDate.of(2026, 11, 29))).isEqualTo(LocalDate.of(2026, 6, 1));
        HouseholdImportDraft none = check(List.of(plot("H2", "11953", "1", "2", 100)))
                .goodHouseholds()
                .get(0);
        assertThat(none.stage()).isEqualTo(HouseholdStage.NOT_INVENTORIED);
        assertThat(none.effectiveOn(LocalDate.of(2026, 11, 29))).isEqualTo(LocalDate.of(2026, 11, 29));
    }

    @Test
    void theReaderRefusesFilesThatAreNotWorkbooks() {
        assertThatThrownBy(() -> HouseholdImportReader.read(new byte[0])).hasMessage("lc.import.rejected.empty");
        assertThatThrownBy(() -> HouseholdImportReader.read("PK\u0003\u0004 not really".getBytes()))
                .hasMessage("lc.import.rejected.notXlsx");
        assertThatThrownBy(() -> HouseholdImportReader.read("a,b,c\n1,2,3".getBytes()))
                .hasMessage("lc.import.rejected.notXlsx");
    }

    @Test
    void decimalsAndDatesAreReadTheWayOfficialsWriteThem() {
        assertThat(HouseholdImportValidator.decimal("1.234,5")).isEqualByComparingTo("1234.5");
        assertThat(HouseholdImportValidator.decimal("120,5")).isEqualByComparingTo("120.5");
        assertThat(HouseholdImportValidator.decimal("1,234.5")).isEqualByComparingTo("1234.5");
        assertThat(HouseholdImportValidator.decimal("x")).isNull();
        assertThat(HouseholdImportValidator.parseDate("5/3/2026")).isEqualTo(LocalDate.of(2026, 3, 5));
        assertThat(HouseholdImportValidator.parseDate("2026-03-05")).isEqualTo(LocalDate.of(2026, 3, 5));
        assertThat(HouseholdImportValidator.parseDate("05.03.26")).isNull();
    }
}
