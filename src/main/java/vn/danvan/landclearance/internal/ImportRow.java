package vn.danvan.landclearance.internal;

import org.jspecify.annotations.Nullable;

/**
 * One data row of an uploaded household list: its row number in the sheet and the text of each column (in
 * {@link ImportRowColumn} order; blank cells are {@code null}), with a bit set for every column whose cell was a
 * number, so that an ID number typed as a number gets its leading zero back.
 */
record ImportRow(int number, @Nullable String[] values, long numericCells) {

    @Nullable
    String get(ImportRowColumn column) {
        return values[column.ordinal()];
    }

    boolean numeric(ImportRowColumn column) {
        return (numericCells & (1L << column.ordinal())) != 0;
    }
}
