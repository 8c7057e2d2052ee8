package vn.danvan.exemplar.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.sql.DataSource;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.danvan.audit.AuditEvent;
import vn.danvan.audit.AuditTrail;
import vn.danvan.shared.security.CurrentUser;
import vn.danvan.shared.security.Scope;

/**
 * The registry's Excel workbooks, in the layout a board sends upward: a title row, the unit, bold bordered headers,
 * set column widths. The list is written row by row (streaming); every export is recorded in the audit trail.
 */
@Service
class ExemplarExport {

    /** The list's filter (null: any). */
    record ListFilter(
            int year,
            @Nullable String field,
            @Nullable String level,
            @Nullable String status) {}

    private static final String[] LIST_COLUMNS = {
        "number", "name", "kind", "field", "level", "owner", "place", "startedOn", "status", "decision"
    };
    private static final int[] LIST_WIDTHS = {6, 50, 12, 24, 12, 36, 28, 14, 22, 30};

    private final JdbcTemplate jdbc;
    private final MessageSource messages;
    private final AuditTrail audit;

    ExemplarExport(DataSource dataSource, MessageSource messages, AuditTrail audit) {
        this.jdbc = new JdbcTemplate(dataSource);
        this.jdbc.setFetchSize(500);
        this.messages = messages;
        this.audit = audit;
    }

    /** Writes the list of the year's entries in the user's area; returns the number of rows. */
    @Transactional(readOnly = true)
    int writeList(CurrentUser user, ListFilter filter, OutputStream out, Locale locale) throws IOException {
        Scope.SqlCondition scope = user.scope().sql("e.path");
        List<Object> params = new ArrayList<>();
        params.add(filter.year());
        StringBuilder where = new StringBuilder("e.year = ? AND ").append(scope.sql());
        params.addAll(scope.params());
        if (filter.field() != null) {
            where.append(" AND e.field = ?");
            params.add(filter.field());
        }
        if (filter.level() != null) {
            where.append(" AND e.level = ?");
            params.add(filter.level());
        }
        if (filter.status() != null) {
            where.append(" AND e.status = ?");
            params.add(filter.status());
        }
        int[] count = {0};
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(200)) {
            Styles styles = new Styles(workbook);
            SXSSFSheet sheet = workbook.createSheet(text("ex.export.list.sheet", locale));
            int header = titleRows(
                    sheet,
                    styles,
                    text("ex.export.list.title", locale, String.valueOf(filter.year())),
                    unitName(user, locale),
                    LIST_COLUMNS.length);
            Row head = sheet.createRow(header);
            for (int i = 0; i < LIST_COLUMNS.length; i++) {
                cell(head, i, text("ex.export.list.column." + LIST_COLUMNS[i], locale), styles.header);
                sheet.setColumnWidth(i, LIST_WIDTHS[i] * 256);
            }
            sheet.createFreezePane(0, header + 1);
            jdbc.query(
                    "SELECT e.name, e.kind, e.field, e.level, e.owner_org_name, e.place_unit_name, e.started_on,"
                            + " e.status, (SELECT string_agg(r.decision_number || ' ' || to_char(r.decided_on,"
                            + " 'DD/MM/YYYY'), '; ' ORDER BY r.decided_on) FROM ex_recognition r"
                            + " WHERE r.entry_id = e.id AND r.revoked_on IS NULL) AS decision"
                            + " FROM ex_entry e WHERE " + where + " ORDER BY e.sort_key, e.id",
                    rs -> {
                        count[0]++;
                        Row row = sheet.createRow(header + count[0]);
                        int c = 0;
                        Cell number = row.createCell(c++);
                        number.setCellValue(count[0]);
                        number.setCellStyle(styles.number);
                        cell(row, c++, rs.getString("name"), styles.body);
                        cell(row, c++, text("ex.kind." + rs.getString("kind"), locale), styles.body);
                        cell(row, c++, text("ex.field." + rs.getString("field"), locale), styles.body);
                        cell(row, c++, text("ex.level." + rs.getString("level"), locale), styles.body);
                        cell(row, c++, rs.getString("owner_org_name"), styles.body);
                        cell(row, c++, rs.getString("place_unit_name"), styles.body);
                        cell(row, c++, date(rs.getObject("started_on", LocalDate.class)), styles.body);
                        cell(row, c++, text("ex.status." + rs.getString("status"), locale), styles.body);
                        String decision = rs.getString("decision");
                        cell(row, c, decision == null ? "" : decision, styles.body);
                    },
                    params.toArray());
            workbook.write(out);
        }
        audit.record(AuditEvent.of("exemplar.list.exported", "exemplar-list", null)
                .withDetail("year", filter.year())
                .withDetail("field", String.valueOf(filter.field()))
                .withDetail("level", String.valueOf(filter.level()))
                .withDetail("status", String.valueOf(filter.status()))
                .withDetail("rows", count[0]));
        return count[0];
    }

    /** Writes the field × level table of a period, with totals per field, per level and overall. */
    void writeStats(CurrentUser user, StatsQueries.Table table, int from, int to, OutputStream out, Locale locale)
            throws IOException {
        List<String> levels = StatsQueries.LEVELS;
        String[] measures = {"registered", "effective", "recognised", "replicas", "originals", "fresh", "continued"};
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(200)) {
            Styles styles = new Styles(workbook);
            SXSSFSheet sheet = workbook.createSheet(text("ex.export.stats.sheet", locale));
            String period = from == to ? String.valueOf(from) : from + "–" + to;
            int columns = 2 + measures.length;
            int header = titleRows(
                    sheet, styles, text("ex.export.stats.title", locale, period), unitName(user, locale), columns);
            Row head = sheet.createRow(header);
            cell(head, 0, text("ex.export.stats.column.field", locale), styles.header);
            cell(head, 1, text("ex.export.stats.column.level", locale), styles.header);
            for (int i = 0; i < measures.length; i++) {
                cell(head, 2 + i, text("ex.stats.measure." + measures[i], locale), styles.header);
                sheet.setColumnWidth(2 + i, 16 * 256);
            }
            sheet.setColumnWidth(0, 30 * 256);
            sheet.setColumnWidth(1, 16 * 256);
            int r = header + 1;
            for (String field : StatsQueries.FIELDS) {
                for (String level : levels) {
                    r = statsRow(
                            sheet,
                            r,
                            text("ex.field." + field, locale),
                            text("ex.level." + level, locale),
                            table.cell(field, level),
                            styles.body,
                            styles.number);
                }
                r = statsRow(
                        sheet,
                        r,
                        text("ex.field." + field, locale),
                        text("ex.stats.total", locale),
                        table.field(field),
                        styles.header,
                        styles.totalNumber);
            }
            for (String level : levels) {
                r = statsRow(
                        sheet,
                        r,
                        text("ex.stats.total", locale),
                        text("ex.level." + level, locale),
                        table.level(level),
                        styles.header,
                        styles.totalNumber);
            }
            statsRow(sheet, r, text("ex.stats.total", locale), "", table.total(), styles.header, styles.totalNumber);
            workbook.write(out);
        }
        audit.record(AuditEvent.of("exemplar.stats.exported", "exemplar-stats", null)
                .withDetail("from", from)
                .withDetail("to", to)
                .withDetail("registered", table.total().registered()));
    }

    private static int statsRow(
            SXSSFSheet sheet,
            int r,
            String first,
            String second,
            StatsQueries.Counts c,
            CellStyle label,
            CellStyle number) {
        Row row = sheet.createRow(r);
        cell(row, 0, first, label);
        cell(row, 1, second, label);
        long[] values = {
            c.registered(), c.effective(), c.recognised(), c.replicas(), c.originals(), c.fresh(), c.continued()
        };
        for (int i = 0; i < values.length; i++) {
            Cell cell = row.createCell(2 + i);
            cell.setCellValue(values[i]);
            cell.setCellStyle(number);
        }
        return r + 1;
    }

    /** The title and unit rows, merged across the table; returns the index of the header row. */
    private static int titleRows(SXSSFSheet sheet, Styles styles, String title, String unit, int columns) {
        Row unitRow = sheet.createRow(0);
        cell(unitRow, 0, unit, styles.unit);
        sheet.addMergedRegion(new CellRangeAddress(0, 0, 0, columns - 1));
        Row titleRow = sheet.createRow(1);
        titleRow.setHeightInPoints(24);
        cell(titleRow, 0, title, styles.title);
        sheet.addMergedRegion(new CellRangeAddress(1, 1, 0, columns - 1));
        return 3;
    }

    /** The unit the workbook speaks for: the user's single area, or every area. */
    private String unitName(CurrentUser user, Locale locale) {
        Scope scope = user.scope();
        if (scope.paths().size() == 1) {
            String path = scope.paths().iterator().next();
            List<String> names = jdbc.queryForList(
                    "SELECT full_name FROM admin_unit WHERE path = ? ORDER BY id LIMIT 1", String.class, path);
            if (!names.isEmpty()) {
                return names.get(0).toUpperCase(Locale.ROOT);
            }
        }
        return text("ex.export.allUnits", locale);
    }

    private static void cell(Row row, int column, @Nullable String value, CellStyle style) {
        Cell cell = row.createCell(column);
        cell.setCellValue(value == null ? "" : value);
        cell.setCellStyle(style);
    }

    private String text(String key, Locale locale, Object... args) {
        return messages.getMessage(key, args, key, locale);
    }

    private static String date(@Nullable LocalDate d) {
        return d == null ? "" : String.format("%02d/%02d/%d", d.getDayOfMonth(), d.getMonthValue(), d.getYear());
    }

    /** The workbook's cell styles. */
    private static final class Styles {
        final CellStyle title;
        final CellStyle unit;
        final CellStyle header;
        final CellStyle body;
        final CellStyle number;
        final CellStyle totalNumber;

        Styles(SXSSFWorkbook workbook) {
            Font bold = workbook.createFont();
            bold.setBold(true);
            Font big = workbook.createFont();
            big.setBold(true);
            big.setFontHeightInPoints((short) 14);
            title = workbook.createCellStyle();
            title.setFont(big);
            title.setAlignment(HorizontalAlignment.CENTER);
            title.setVerticalAlignment(VerticalAlignment.CENTER);
            unit = workbook.createCellStyle();
            unit.setFont(bold);
            header = bordered(workbook);
            header.setFont(bold);
            header.setWrapText(true);
            header.setAlignment(HorizontalAlignment.CENTER);
            header.setVerticalAlignment(VerticalAlignment.CENTER);
            body = bordered(workbook);
            body.setWrapText(true);
            body.setVerticalAlignment(VerticalAlignment.TOP);
            number = bordered(workbook);
            number.setAlignment(HorizontalAlignment.RIGHT);
            totalNumber = bordered(workbook);
            totalNumber.setFont(bold);
            totalNumber.setAlignment(HorizontalAlignment.RIGHT);
        }

        private static CellStyle bordered(SXSSFWorkbook workbook) {
            CellStyle style = workbook.createCellStyle();
            style.setBorderTop(BorderStyle.THIN);
            style.setBorderBottom(BorderStyle.THIN);
            style.setBorderLeft(BorderStyle.THIN);
            style.setBorderRight(BorderStyle.THIN);
            return style;
        }
    }
}
