package vn.danvan.landclearance.internal;

import java.util.List;
import org.jspecify.annotations.Nullable;

/** Why a row (or its household) cannot be imported: the sheet row, the column header, a message key and arguments. */
record ImportRowError(int row, @Nullable String column, String key, List<String> args) {

    static ImportRowError of(int row, @Nullable ImportRowColumn column, String key, Object... args) {
        return new ImportRowError(
                row,
                column == null ? null : column.header,
                key,
                java.util.Arrays.stream(args).map(String::valueOf).toList());
    }

    Object[] argArray() {
        return args.toArray();
    }
}
