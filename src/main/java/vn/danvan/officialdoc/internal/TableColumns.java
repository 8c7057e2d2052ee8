package vn.danvan.officialdoc.internal;

import java.util.List;
import java.util.regex.Pattern;
import vn.danvan.officialdoc.OfficialDocument;

/** How a body table's width is shared between its columns: by the longest text of each, within bounds. */
final class TableColumns {

    private static final Pattern NUMBER = Pattern.compile("[-+]?[\\d.,]+\\s*%?");

    /** A column is never narrower than this many characters' worth, nor wider than that many. */
    private static final int MIN_CHARS = 4;

    private static final int MAX_CHARS = 40;

    private TableColumns() {}

    static int[] widths(OfficialDocument.Table table, int columns, int totalWidth) {
        int[] weights = new int[columns];
        for (int c = 0; c < columns; c++) {
            int longest = length(table.header(), c);
            for (List<String> row : table.rows()) {
                longest = Math.max(longest, length(row, c));
            }
            weights[c] = Math.max(MIN_CHARS, Math.min(MAX_CHARS, longest));
        }
        int sum = 0;
        for (int weight : weights) {
            sum += weight;
        }
        int[] widths = new int[columns];
        int given = 0;
        for (int c = 0; c < columns; c++) {
            widths[c] = c == columns - 1 ? totalWidth - given : (int) ((long) totalWidth * weights[c] / sum);
            given += widths[c];
        }
        return widths;
    }

    /** Numbers are centred in their cells, as in the tables of official reports. */
    static boolean isNumber(String value) {
        return NUMBER.matcher(value.strip()).matches();
    }

    private static int length(List<String> cells, int column) {
        return column < cells.size() ? cells.get(column).strip().length() : 0;
    }
}
