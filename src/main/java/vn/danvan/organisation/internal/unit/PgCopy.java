package vn.danvan.organisation.internal.unit;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.HexFormat;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.postgresql.PGConnection;

/**
 * Bulk writes with PostgreSQL's {@code COPY … FROM STDIN} (text format): thousands of rows in one round trip,
 * without depending on the connection URL's {@code reWriteBatchedInserts}.
 */
final class PgCopy {

    private PgCopy() {}

    /** Copies the rows into the table's columns on this connection; values are strings, dates, booleans, bytes. */
    static long copy(Connection connection, String table, List<String> columns, List<@Nullable Object[]> rows) {
        StringBuilder text = new StringBuilder(rows.size() * 200);
        for (@Nullable Object[] row : rows) {
            for (int i = 0; i < row.length; i++) {
                if (i > 0) {
                    text.append('\t');
                }
                append(text, row[i]);
            }
            text.append('\n');
        }
        String sql = "COPY " + table + " (" + String.join(", ", columns) + ") FROM STDIN";
        try {
            return connection.unwrap(PGConnection.class).getCopyAPI().copyIn(sql, new StringReader(text.toString()));
        } catch (SQLException e) {
            throw new IllegalStateException("Could not copy rows into " + table + ": " + e.getMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void append(StringBuilder text, @Nullable Object value) {
        if (value == null) {
            text.append("\\N");
        } else if (value instanceof byte[] bytes) {
            // bytea hex input "\x0a1b…", its backslash escaped for the COPY text format
            text.append("\\\\x").append(HexFormat.of().formatHex(bytes));
        } else if (value instanceof Boolean flag) {
            text.append(flag ? 't' : 'f');
        } else {
            String string = value.toString();
            for (int i = 0; i < string.length(); i++) {
                char c = string.charAt(i);
                switch (c) {
                    case '\\' -> text.append("\\\\");
                    case '\t' -> text.append("\\t");
                    case '\n' -> text.append("\\n");
                    case '\r' -> text.append("\\r");
                    default -> text.append(c);
                }
            }
        }
    }
}
