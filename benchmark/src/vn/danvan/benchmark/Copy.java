package vn.danvan.benchmark;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import org.postgresql.copy.CopyIn;
import org.postgresql.copy.CopyManager;
import org.postgresql.core.BaseConnection;

/**
 * One {@code COPY … FROM STDIN} in PostgreSQL's text format, streamed in chunks of about a megabyte so that a table
 * of a few hundred thousand rows is never held as one string. Only one can be open on a connection at a time.
 */
final class Copy implements AutoCloseable {

    private static final int CHUNK = 1 << 20;

    private final CopyIn in;
    private final StringBuilder buffer = new StringBuilder(CHUNK + 4096);
    private long rows;

    Copy(Connection db, String tableAndColumns) throws SQLException {
        this.in = new CopyManager(db.unwrap(BaseConnection.class)).copyIn("COPY " + tableAndColumns + " FROM STDIN");
    }

    /** One row; {@code null} is SQL NULL, a {@link BigDecimal} is written plainly, anything else by toString. */
    void row(Object... values) throws SQLException {
        for (int i = 0; i < values.length; i++) {
            if (i > 0) {
                buffer.append('\t');
            }
            Object v = values[i];
            if (v == null) {
                buffer.append("\\N");
            } else if (v instanceof BigDecimal b) {
                buffer.append(b.toPlainString());
            } else {
                String s = v.toString();
                for (int k = 0; k < s.length(); k++) {
                    char c = s.charAt(k);
                    switch (c) {
                        case '\\' -> buffer.append("\\\\");
                        case '\t' -> buffer.append("\\t");
                        case '\n' -> buffer.append("\\n");
                        case '\r' -> buffer.append("\\r");
                        default -> buffer.append(c);
                    }
                }
            }
        }
        buffer.append('\n');
        rows++;
        if (buffer.length() >= CHUNK) {
            flush();
        }
    }

    long rows() {
        return rows;
    }

    private void flush() throws SQLException {
        if (buffer.isEmpty()) {
            return;
        }
        byte[] bytes = buffer.toString().getBytes(StandardCharsets.UTF_8);
        in.writeToCopy(bytes, 0, bytes.length);
        buffer.setLength(0);
    }

    @Override
    public void close() throws SQLException {
        flush();
        in.endCopy();
    }
}
