package vn.danvan.landclearance.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/**
 * A household as read from its rows of an uploaded list: the household columns merged from its rows (each value
 * remembering the row it came from, for error messages) and its plots. {@link #bad} once any of its rows or the
 * household itself has an error: such a household is never imported, not even partly.
 */
final class HouseholdImportDraft {

    /** A plot of the household, from one row. */
    record Plot(int row, String mapSheet, String plotNumber, LandType landType, BigDecimal area) {}

    final String code;
    final int firstRow;
    final @Nullable Object[] values = new Object[ImportRowColumn.ALL.size()];
    final int[] sourceRows = new int[ImportRowColumn.ALL.size()];
    final List<Plot> plots = new ArrayList<>();
    final List<String> notes = new ArrayList<>();
    final List<Integer> rows = new ArrayList<>();
    boolean bad;
    boolean communeGiven;

    HouseholdImportDraft(String code, int firstRow) {
        this.code = code;
        this.firstRow = firstRow;
    }

    @SuppressWarnings("unchecked")
    <T> @Nullable T value(ImportRowColumn column) {
        return (T) values[column.ordinal()];
    }

    int rowOf(ImportRowColumn column) {
        int row = sourceRows[column.ordinal()];
        return row == 0 ? firstRow : row;
    }

    String headName() {
        return text(ImportRowColumn.HEAD_NAME);
    }

    String address() {
        return text(ImportRowColumn.ADDRESS);
    }

    private String text(ImportRowColumn column) {
        Object v = values[column.ordinal()];
        return v == null ? "" : v.toString();
    }

    HouseholdImportContext.ProjectCommune commune() {
        HouseholdImportContext.ProjectCommune c = value(ImportRowColumn.UNIT_CODE);
        if (c == null) {
            throw new IllegalStateException("A household without its commune is never imported");
        }
        return c;
    }

    @Nullable
    LocalDate date(ImportRowColumn column) {
        return value(column);
    }

    @Nullable
    BigDecimal number(ImportRowColumn column) {
        return value(column);
    }

    boolean paid() {
        BigDecimal amount = number(ImportRowColumn.PAID_AMOUNT);
        return date(ImportRowColumn.PAID_ON) != null || (amount != null && amount.signum() > 0);
    }

    /** The stage the household has reached by what the file says. */
    HouseholdStage stage() {
        if (date(ImportRowColumn.HANDED_OVER_ON) != null) {
            return HouseholdStage.HANDED_OVER;
        }
        if (paid()) {
            return HouseholdStage.PAID;
        }
        if (date(ImportRowColumn.AGREED_ON) != null) {
            return HouseholdStage.AGREED;
        }
        if (date(ImportRowColumn.INVENTORIED_ON) != null) {
            return HouseholdStage.INVENTORIED;
        }
        return HouseholdStage.NOT_INVENTORIED;
    }

    /** The latest date the file gives for the household, or today. */
    LocalDate effectiveOn(LocalDate today) {
        return Stream.of(
                        date(ImportRowColumn.INVENTORIED_ON),
                        date(ImportRowColumn.AGREED_ON),
                        date(ImportRowColumn.PAID_ON),
                        date(ImportRowColumn.HANDED_OVER_ON))
                .filter(java.util.Objects::nonNull)
                .max(LocalDate::compareTo)
                .orElse(today);
    }

    @Nullable
    String note() {
        return notes.isEmpty() ? null : String.join("; ", notes);
    }
}
