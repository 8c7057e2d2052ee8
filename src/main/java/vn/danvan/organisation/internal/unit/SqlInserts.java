package vn.danvan.organisation.internal.unit;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Reads the rows of plain {@code INSERT INTO t(c1, c2) VALUES (…), (…);} statements from a SQL script, so that the
 * published datasets are imported as they are, without running foreign SQL. A small tokenizer: quoted strings with
 * {@code ''} escapes, {@code NULL}, bare numbers, {@code --} and {@code /* *}{@code /} comments. Every other
 * statement is skipped.
 */
final class SqlInserts {

    /** One row of an INSERT: values by column name, {@code null} for SQL NULL. */
    record Row(Map<String, Integer> columns, List<@Nullable String> values) {

        @Nullable
        String get(String column) {
            Integer index = columns.get(column);
            if (index == null) {
                throw new IllegalArgumentException("No column " + column + " in " + columns.keySet());
            }
            return values.get(index);
        }

        String require(String column) {
            String value = get(column);
            if (value == null) {
                throw new IllegalArgumentException("Column " + column + " is NULL in " + values);
            }
            return value;
        }
    }

    private final String sql;
    private int pos;

    private SqlInserts(String sql) {
        this.sql = sql;
    }

    /** The rows of every INSERT of the script, by table name (lower case), in script order. */
    static Map<String, List<Row>> read(String script) {
        return new SqlInserts(script).readAll();
    }

    private Map<String, List<Row>> readAll() {
        Map<String, List<Row>> tables = new LinkedHashMap<>();
        while (true) {
            skipSpaceAndComments();
            if (atEnd()) {
                return tables;
            }
            if (keywordAhead("INSERT")) {
                readInsert(tables);
            } else {
                skipStatement();
            }
        }
    }

    private void readInsert(Map<String, List<Row>> tables) {
        expectKeyword("INSERT");
        expectKeyword("INTO");
        String table = identifier().toLowerCase(Locale.ROOT);
        skipSpaceAndComments();
        expect('(');
        Map<String, Integer> columns = new HashMap<>();
        do {
            columns.put(identifier().toLowerCase(Locale.ROOT), columns.size());
            skipSpaceAndComments();
        } while (accept(','));
        expect(')');
        expectKeyword("VALUES");
        List<Row> rows = tables.computeIfAbsent(table, t -> new ArrayList<>());
        do {
            skipSpaceAndComments();
            expect('(');
            List<@Nullable String> values = new ArrayList<>(columns.size());
            do {
                values.add(value());
                skipSpaceAndComments();
            } while (accept(','));
            expect(')');
            if (values.size() != columns.size()) {
                throw error(columns.size() + " columns but " + values.size() + " values");
            }
            rows.add(new Row(columns, values));
            skipSpaceAndComments();
        } while (accept(','));
        if (!atEnd()) {
            expect(';');
        }
    }

    private @Nullable String value() {
        skipSpaceAndComments();
        if (accept('\'')) {
            StringBuilder text = new StringBuilder();
            while (true) {
                if (atEnd()) {
                    throw error("unterminated string");
                }
                char c = sql.charAt(pos++);
                if (c == '\'') {
                    if (accept('\'')) {
                        text.append('\'');
                    } else {
                        return text.toString();
                    }
                } else {
                    text.append(c);
                }
            }
        }
        int start = pos;
        while (!atEnd() && ",)".indexOf(sql.charAt(pos)) < 0 && !Character.isWhitespace(sql.charAt(pos))) {
            pos++;
        }
        String bare = sql.substring(start, pos);
        if (bare.isEmpty()) {
            throw error("value expected");
        }
        return bare.equalsIgnoreCase("NULL") ? null : bare;
    }

    private String identifier() {
        skipSpaceAndComments();
        if (!atEnd() && "\"`".indexOf(sql.charAt(pos)) >= 0) {
            char quote = sql.charAt(pos++);
            int end = sql.indexOf(quote, pos);
            if (end < 0) {
                throw error("unterminated identifier");
            }
            String name = sql.substring(pos, end);
            pos = end + 1;
            return name;
        }
        int start = pos;
        while (!atEnd() && (Character.isLetterOrDigit(sql.charAt(pos)) || "_.$".indexOf(sql.charAt(pos)) >= 0)) {
            pos++;
        }
        if (start == pos) {
            throw error("identifier expected");
        }
        return sql.substring(start, pos);
    }

    /** Skips to just after the next semicolon that is outside quotes and comments. */
    private void skipStatement() {
        while (!atEnd()) {
            skipSpaceAndComments();
            if (atEnd()) {
                return;
            }
            char c = sql.charAt(pos++);
            if (c == ';') {
                return;
            }
            if (c == '\'' || c == '"' || c == '`') {
                int end = sql.indexOf(c, pos);
                pos = end < 0 ? sql.length() : end + 1;
            }
        }
    }

    private void skipSpaceAndComments() {
        while (!atEnd()) {
            char c = sql.charAt(pos);
            if (Character.isWhitespace(c) || c == '\uFEFF') {
                pos++;
            } else if (sql.startsWith("--", pos)) {
                int end = sql.indexOf('\n', pos);
                pos = end < 0 ? sql.length() : end + 1;
            } else if (sql.startsWith("/*", pos)) {
                int end = sql.indexOf("*/", pos + 2);
                if (end < 0) {
                    throw error("unterminated comment");
                }
                pos = end + 2;
            } else {
                return;
            }
        }
    }

    private boolean keywordAhead(String keyword) {
        return sql.regionMatches(true, pos, keyword, 0, keyword.length())
                && (pos + keyword.length() == sql.length()
                        || !Character.isLetterOrDigit(sql.charAt(pos + keyword.length())));
    }

    private void expectKeyword(String keyword) {
        skipSpaceAndComments();
        if (!keywordAhead(keyword)) {
            throw error(keyword + " expected");
        }
        pos += keyword.length();
    }

    private boolean accept(char c) {
        if (!atEnd() && sql.charAt(pos) == c) {
            pos++;
            return true;
        }
        return false;
    }

    private void expect(char c) {
        skipSpaceAndComments();
        if (!accept(c)) {
            throw error("'" + c + "' expected");
        }
    }

    private boolean atEnd() {
        return pos >= sql.length();
    }

    private IllegalArgumentException error(String message) {
        int line = 1;
        for (int i = 0; i < Math.min(pos, sql.length()); i++) {
            if (sql.charAt(i) == '\n') {
                line++;
            }
        }
        int end = Math.min(sql.length(), pos + 40);
        return new IllegalArgumentException(
                "SQL line " + line + ": " + message + " at \"" + sql.substring(Math.min(pos, end), end) + "\"");
    }
}
