package vn.danvan.landclearance.internal;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The household form: who the household is, where, and its members, plots and assets as rows; blank rows are
 * ignored, so the form can offer a few empty rows to fill in without any script.
 */
record HouseholdForm(
        @NotBlank(message = "{lc.household.validation.code}")
        @Size(max = 40, message = "{lc.household.validation.codeLength}")
        @Nullable
        String code,

        @NotBlank(message = "{lc.household.validation.unit}") @Nullable
        String unitId,

        @NotBlank(message = "{lc.household.validation.headName}")
        @Size(max = 200, message = "{lc.household.validation.nameLength}")
        @Nullable
        String headName,

        @Pattern(regexp = "(\\d{9}|\\d{12})?", message = "{lc.household.validation.idNumber}") @Nullable
        String idNumber,

        @NotBlank(message = "{lc.household.validation.address}")
        @Size(max = 500, message = "{lc.household.validation.addressLength}")
        @Nullable
        String address,

        @Pattern(regexp = "[0-9 +().-]{0,30}", message = "{lc.household.validation.phone}") @Nullable
        String phone,

        @Size(max = 200, message = "{lc.household.validation.nameLength}") @Nullable
        String representative,

        @PositiveOrZero(message = "{lc.household.validation.amount}")
        @DecimalMax(value = "9999999999999999", message = "{lc.household.validation.amount}")
        @Nullable
        BigDecimal compensationAmount,

        @DecimalMin(value = "-90", message = "{lc.household.validation.latitude}")
        @DecimalMax(value = "90", message = "{lc.household.validation.latitude}")
        @Nullable
        BigDecimal latitude,

        @DecimalMin(value = "-180", message = "{lc.household.validation.longitude}")
        @DecimalMax(value = "180", message = "{lc.household.validation.longitude}")
        @Nullable
        BigDecimal longitude,

        @Size(max = 4000, message = "{lc.household.validation.noteLength}") @Nullable
        String note,

        @Valid @Nullable List<MemberRow> members,
        @Valid @Nullable List<PlotRow> plots,
        @Valid @Nullable List<AssetRow> assets) {

    /** Empty rows offered under the filled ones. */
    static final int SPARE_ROWS = 2;

    /** A member row; blank when the name is blank. */
    record MemberRow(
            @Size(max = 200, message = "{lc.household.validation.nameLength}") @Nullable
            String name,

            @Size(max = 100, message = "{lc.household.validation.relationLength}") @Nullable
            String relation,

            @Min(value = 1900, message = "{lc.household.validation.birthYear}")
            @Max(value = 2100, message = "{lc.household.validation.birthYear}")
            @Nullable
            Integer birthYear) {

        boolean blank() {
            return name == null || name.isBlank();
        }
    }

    /** A plot row; blank when map sheet, number and area are all blank. */
    record PlotRow(
            @Size(max = 20, message = "{lc.household.validation.mapSheet}") @Nullable
            String mapSheet,

            @Size(max = 20, message = "{lc.household.validation.plotNumber}") @Nullable
            String plotNumber,

            @Nullable LandType landType,

            @DecimalMin(value = "0.1", message = "{lc.household.validation.area}")
            @DecimalMax(value = "99999999999", message = "{lc.household.validation.area}")
            @Nullable
            BigDecimal recoveredArea) {

        boolean blank() {
            return (mapSheet == null || mapSheet.isBlank())
                    && (plotNumber == null || plotNumber.isBlank())
                    && recoveredArea == null;
        }

        boolean complete() {
            return mapSheet != null
                    && !mapSheet.isBlank()
                    && plotNumber != null
                    && !plotNumber.isBlank()
                    && landType != null
                    && recoveredArea != null;
        }
    }

    /** An asset row; blank when the item is blank. */
    record AssetRow(
            @Size(max = 300, message = "{lc.household.validation.itemLength}") @Nullable
            String item,

            @Size(max = 40, message = "{lc.household.validation.unitLength}") @Nullable
            String unit,

            @PositiveOrZero(message = "{lc.household.validation.quantity}")
            @DecimalMax(value = "9999999999", message = "{lc.household.validation.quantity}")
            @Nullable
            BigDecimal quantity,

            @PositiveOrZero(message = "{lc.household.validation.amount}")
            @DecimalMax(value = "9999999999999999", message = "{lc.household.validation.amount}")
            @Nullable
            BigDecimal amount) {

        boolean blank() {
            return item == null || item.isBlank();
        }
    }

    static HouseholdForm empty(@Nullable String unitId) {
        return new HouseholdForm(null, unitId, null, null, null, null, null, null, null, null, null, null, null, null)
                .withSpareRows();
    }

    static HouseholdForm of(Household h) {
        return new HouseholdForm(
                        h.code(),
                        h.unitId(),
                        h.headName(),
                        h.idNumber(),
                        h.address(),
                        h.phone(),
                        h.representative(),
                        h.compensationAmount(),
                        h.latitude(),
                        h.longitude(),
                        h.note(),
                        h.members().stream()
                                .map(m -> new MemberRow(m.name(), m.relation(), m.birthYear()))
                                .toList(),
                        h.plots().stream()
                                .map(p -> new PlotRow(p.mapSheet(), p.plotNumber(), p.landType(), p.recoveredArea()))
                                .toList(),
                        h.assets().stream()
                                .map(a -> new AssetRow(a.item(), a.unit(), a.quantity(), a.amount()))
                                .toList())
                .withSpareRows();
    }

    /** The same form with blank rows dropped and a few empty rows added at the end of each list. */
    HouseholdForm withSpareRows() {
        List<MemberRow> m = new ArrayList<>(memberRows());
        List<PlotRow> p = new ArrayList<>(plotRows());
        List<AssetRow> a = new ArrayList<>(assetRows());
        for (int i = 0; i < SPARE_ROWS; i++) {
            m.add(new MemberRow(null, null, null));
            p.add(new PlotRow(null, null, null, null));
            a.add(new AssetRow(null, null, null, null));
        }
        return new HouseholdForm(
                code,
                unitId,
                headName,
                idNumber,
                address,
                phone,
                representative,
                compensationAmount,
                latitude,
                longitude,
                note,
                m,
                p,
                a);
    }

    List<MemberRow> memberRows() {
        return members == null
                ? List.of()
                : members.stream().filter(r -> r != null && !r.blank()).toList();
    }

    List<PlotRow> plotRows() {
        return plots == null
                ? List.of()
                : plots.stream().filter(r -> r != null && !r.blank()).toList();
    }

    List<AssetRow> assetRows() {
        return assets == null
                ? List.of()
                : assets.stream().filter(r -> r != null && !r.blank()).toList();
    }

    Household.Details details() {
        return new Household.Details(
                headName == null ? "" : headName,
                idNumber,
                address == null ? "" : address,
                phone,
                representative,
                compensationAmount,
                latitude,
                longitude,
                note,
                memberRows().stream()
                        .map(r -> new Member(r.name().strip(), Household.blankToNull(r.relation()), r.birthYear()))
                        .toList(),
                assetRows().stream()
                        .map(r ->
                                new Asset(r.item().strip(), Household.blankToNull(r.unit()), r.quantity(), r.amount()))
                        .toList());
    }

    List<Household.PlotEntry> plotEntries() {
        return plotRows().stream()
                .map(r -> new Household.PlotEntry(r.mapSheet(), r.plotNumber(), r.landType(), r.recoveredArea()))
                .toList();
    }
}
