package vn.danvan.landclearance.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import vn.danvan.audit.AuditEvent;
import vn.danvan.audit.AuditTrail;
import vn.danvan.landclearance.LandClearancePermissions;
import vn.danvan.shared.Ids;
import vn.danvan.shared.security.CurrentUser;
import vn.danvan.shared.security.Scope;
import vn.danvan.shared.security.SignedIn;
import vn.danvan.shared.web.RecordNotFound;

/**
 * Import of a project's household list from Excel, in two steps. {@link #upload} reads and checks every row and keeps
 * the file, the counts and the errors, bound to the user, for a day; nothing is written to the project. {@link
 * #confirm} reads the kept file again, checks it again against the database as it is now (a plot may have been
 * entered meanwhile), and writes the households in one transaction: all of them when the file is clean, or, when the
 * user explicitly chose so, only the households without any error.
 */
@Service
class HouseholdImportService {

    static final Duration KEPT_FOR = Duration.ofHours(24);
    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(HouseholdImportService.class);
    private static final char SEPARATOR = '\u001f';

    private final JdbcClient jdbc;
    private final JdbcTemplate jdbcTemplate;
    private final HouseholdImportWriter writer;
    private final AuditTrail audit;
    private final MessageSource messages;
    private final Clock clock;
    private final TransactionTemplate transaction;

    HouseholdImportService(
            JdbcClient jdbc,
            JdbcTemplate jdbcTemplate,
            HouseholdImportWriter writer,
            AuditTrail audit,
            MessageSource messages,
            Clock clock,
            PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.jdbcTemplate = jdbcTemplate;
        this.writer = writer;
        this.audit = audit;
        this.messages = messages;
        this.clock = clock;
        this.transaction = new TransactionTemplate(transactions);
    }

    /** The project as the import pages show it. */
    record ImportProject(UUID id, String code, String name, List<HouseholdImportContext.ProjectCommune> communes) {}

    /** A kept upload as the outcome page shows it. */
    record ImportSummary(
            UUID id,
            UUID projectId,
            String filename,
            int households,
            int plots,
            int goodRows,
            int badRows,
            int goodHouseholds,
            int errorCount,
            Instant createdAt,
            Instant expiresAt,
            @Nullable Instant importedAt,
            @Nullable Integer importedHouseholds,
            @Nullable Integer importedPlots) {

        public boolean imported() {
            return importedAt != null;
        }

        public boolean clean() {
            return errorCount == 0;
        }
    }

    /** What a confirmation wrote. */
    record ImportOutcome(int households, int plots, int skippedHouseholds) {}

    /** A project the user may import into (RECORD, and the project visible to them), or 404. */
    ImportProject project(UUID projectId) {
        CurrentUser user = SignedIn.require(LandClearancePermissions.RECORD);
        return visibleProject(projectId, user.scope());
    }

    ImportProject visibleProject(UUID projectId, Scope scope) {
        Scope.SqlCondition own = scope.sql("p.path");
        Scope.SqlCondition crossed = scope.sql("c.unit_path");
        List<Object> params = new ArrayList<>();
        params.add(projectId);
        params.addAll(own.params());
        params.addAll(crossed.params());
        var head = jdbc.sql("SELECT p.code, p.name FROM lc_project p WHERE p.id = ? AND (" + own.sql()
                        + " OR EXISTS (SELECT 1 FROM lc_project_commune c WHERE c.project_id = p.id AND "
                        + crossed.sql() + "))")
                .params(params)
                .query((rs, n) -> new String[] {rs.getString(1), rs.getString(2)})
                .optional()
                .orElseThrow(() -> new RecordNotFound("project", projectId));
        List<HouseholdImportContext.ProjectCommune> communes = jdbc.sql(
                        "SELECT unit_id, unit_name, unit_path FROM lc_project_commune WHERE project_id = ?"
                                + " ORDER BY unit_name")
                .param(projectId)
                .query((rs, n) ->
                        new HouseholdImportContext.ProjectCommune(rs.getString(1), rs.getString(2), rs.getString(3)))
                .list();
        return new ImportProject(projectId, head[0], head[1], communes);
    }

    /**
     * Reads and checks an uploaded file and keeps it for the confirmation. A file that cannot be taken at all
     * (not .xlsx, wrong columns, too many rows) is refused with {@link HouseholdImportRejected} and nothing is kept.
     */
    UUID upload(UUID projectId, String filename, byte[] content) {
        CurrentUser user = SignedIn.require(LandClearancePermissions.RECORD);
        ImportProject project = visibleProject(projectId, user.scope());
        List<ImportRow> rows = HouseholdImportReader.read(content);
        HouseholdImportValidation result = HouseholdImportValidator.validate(rows, context(project, user.scope()));
        UUID id = Ids.newId();
        Instant now = clock.instant();
        String name = filename.isBlank() ? "ho-dan.xlsx" : filename;
        transaction.executeWithoutResult(s -> {
            jdbc.sql("DELETE FROM lc_import WHERE expires_at < ?")
                    .param(Timestamp.from(now))
                    .update();
            jdbc.sql("INSERT INTO lc_import (id, project_id, user_id, filename, content, size_bytes, households,"
                            + " plots, good_rows, bad_rows, good_households, error_count, created_at, expires_at)"
                            + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                    .params(
                            id,
                            projectId,
                            user.id(),
                            name.length() > 300 ? name.substring(0, 300) : name,
                            content,
                            (long) content.length,
                            result.households().size(),
                            result.rows(),
                            result.goodRows(),
                            result.badRows(),
                            result.goodHouseholds().size(),
                            result.errors().size(),
                            Timestamp.from(now),
                            Timestamp.from(now.plus(KEPT_FOR)))
                    .update();
            List<ImportRowError> errors = result.errors();
            List<Integer> positions = new ArrayList<>(errors.size());
            for (int i = 0; i < errors.size(); i++) {
                positions.add(i);
            }
            jdbcTemplate.batchUpdate(
                    "INSERT INTO lc_import_error (import_id, position, row_number, column_name, message_key, args)"
                            + " VALUES (?, ?, ?, ?, ?, ?)",
                    positions,
                    1000,
                    (ps, i) -> {
                        ImportRowError e = errors.get(i);
                        ps.setObject(1, id);
                        ps.setInt(2, i);
                        ps.setInt(3, e.row());
                        ps.setString(4, e.column());
                        ps.setString(5, e.key());
                        ps.setString(6, String.join(String.valueOf(SEPARATOR), e.args()));
                    });
        });
        return id;
    }

    /** A kept upload of the user for the project, or 404 (someone else's, another project's, or expired). */
    ImportSummary summary(UUID projectId, UUID importId) {
        CurrentUser user = SignedIn.require(LandClearancePermissions.RECORD);
        visibleProject(projectId, user.scope());
        return jdbc.sql("SELECT id, project_id, filename, households, plots, good_rows, bad_rows, good_households,"
                        + " error_count, created_at, expires_at, imported_at, imported_households, imported_plots"
                        + " FROM lc_import WHERE id = ? AND project_id = ? AND user_id = ?"
                        + " AND (expires_at > ? OR imported_at IS NOT NULL)")
                .params(importId, projectId, user.id(), Timestamp.from(clock.instant()))
                .query((rs, n) -> new ImportSummary(
                        rs.getObject(1, UUID.class),
                        rs.getObject(2, UUID.class),
                        rs.getString(3),
                        rs.getInt(4),
                        rs.getInt(5),
                        rs.getInt(6),
                        rs.getInt(7),
                        rs.getInt(8),
                        rs.getInt(9),
                        rs.getTimestamp(10).toInstant(),
                        rs.getTimestamp(11).toInstant(),
                        rs.getTimestamp(12) == null ? null : rs.getTimestamp(12).toInstant(),
                        (Integer) rs.getObject(13),
                        (Integer) rs.getObject(14)))
                .optional()
                .orElseThrow(() -> new RecordNotFound("import", importId));
    }

    /** The first errors of a kept upload, in row order. */
    List<ImportRowError> errors(UUID importId, int limit) {
        return jdbc.sql("SELECT row_number, column_name, message_key, args FROM lc_import_error WHERE import_id = ?"
                        + " ORDER BY position LIMIT ?")
                .params(importId, limit)
                .query((rs, n) -> new ImportRowError(
                        rs.getInt(1),
                        rs.getString(2),
                        rs.getString(3),
                        rs.getString(4).isEmpty()
                                ? List.of()
                                : List.of(rs.getString(4).split(String.valueOf(SEPARATOR), -1))))
                .list();
    }

    /** The full list of errors as a workbook ("báo lỗi"), in the user's language; the export is audited. */
    byte[] errorReport(UUID projectId, UUID importId, Locale locale) {
        ImportSummary summary = summary(projectId, importId);
        List<ImportRowError> errors = errors(importId, Integer.MAX_VALUE);
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(200);
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet(messages.getMessage("lc.import.report.sheet", null, locale));
            CellStyle bold = workbook.createCellStyle();
            Font font = workbook.createFont();
            font.setBold(true);
            bold.setFont(font);
            Row header = sheet.createRow(0);
            String[] titles = {
                messages.getMessage("lc.import.errors.row", null, locale),
                messages.getMessage("lc.import.errors.column", null, locale),
                messages.getMessage("lc.import.errors.message", null, locale)
            };
            for (int i = 0; i < titles.length; i++) {
                header.createCell(i).setCellValue(titles[i]);
                header.getCell(i).setCellStyle(bold);
            }
            sheet.setColumnWidth(0, 8 * 256);
            sheet.setColumnWidth(1, 26 * 256);
            sheet.setColumnWidth(2, 90 * 256);
            int r = 1;
            for (ImportRowError e : errors) {
                Row row = sheet.createRow(r++);
                row.createCell(0).setCellValue(e.row());
                row.createCell(1).setCellValue(e.column() == null ? "" : e.column());
                row.createCell(2).setCellValue(messages.getMessage(e.key(), e.argArray(), e.key(), locale));
            }
            workbook.write(out);
            audit.record(AuditEvent.of("landclearance.importErrors.exported", "project", projectId)
                    .withDetail("importId", importId)
                    .withDetail("filename", summary.filename())
                    .withDetail("errors", errors.size()));
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Imports a kept upload: re-read, re-checked against the database, then written in one transaction. Without
     * {@code goodOnly} any error refuses the whole file; with it the households with an error are skipped entirely.
     */
    ImportOutcome confirm(UUID projectId, UUID importId, boolean goodOnly) {
        CurrentUser user = SignedIn.require(LandClearancePermissions.RECORD);
        ImportProject project = visibleProject(projectId, user.scope());
        summary(projectId, importId);
        ImportOutcome outcome = transaction.execute(s -> {
            jdbc.sql("SELECT id FROM lc_project WHERE id = ? FOR UPDATE")
                    .param(projectId)
                    .query(UUID.class)
                    .single();
            var kept = jdbc.sql("SELECT content, imported_at IS NOT NULL, filename FROM lc_import WHERE id = ?"
                            + " AND user_id = ? FOR UPDATE")
                    .params(importId, user.id())
                    .query((rs, n) -> new Object[] {rs.getBytes(1), rs.getBoolean(2), rs.getString(3)})
                    .optional()
                    .orElseThrow(() -> new RecordNotFound("import", importId));
            if ((Boolean) kept[1]) {
                throw new HouseholdImportRejected("lc.import.confirm.alreadyImported");
            }
            long started = System.nanoTime();
            List<ImportRow> rows = HouseholdImportReader.read((byte[]) kept[0]);
            long read = System.nanoTime();
            HouseholdImportValidation result = HouseholdImportValidator.validate(rows, context(project, user.scope()));
            long checked = System.nanoTime();
            if (!result.clean() && !goodOnly) {
                throw new HouseholdImportRejected(
                        "lc.import.confirm.hasErrors", result.errors().size());
            }
            List<HouseholdImportDraft> good = result.goodHouseholds();
            if (good.isEmpty()) {
                throw new HouseholdImportRejected("lc.import.confirm.nothingGood");
            }
            Instant now = clock.instant();
            HouseholdImportWriter.Written written =
                    writer.write(projectId, good, LocalDate.now(clock), now, user.id(), user.displayName());
            jdbc.sql("UPDATE lc_import SET imported_at = ?, imported_households = ?, imported_plots = ?,"
                            + " content = ''::bytea WHERE id = ?")
                    .params(Timestamp.from(now), written.households(), written.plots(), importId)
                    .update();
            int skipped = result.households().size() - good.size();
            log.info(
                    "Imported {} households, {} plots into project {}: read {} ms, checked {} ms, written {} ms"
                            + " (households {} ms, plots {} ms, history {} ms)",
                    written.households(),
                    written.plots(),
                    projectId,
                    (read - started) / 1_000_000,
                    (checked - read) / 1_000_000,
                    (System.nanoTime() - checked) / 1_000_000,
                    written.householdMillis(),
                    written.plotMillis(),
                    written.historyMillis());
            audit.record(AuditEvent.of("landclearance.households.imported", "project", projectId)
                    .withDetail("importId", importId)
                    .withDetail("filename", kept[2])
                    .withDetail("households", written.households())
                    .withDetail("plots", written.plots())
                    .withDetail("skippedHouseholds", skipped)
                    .withDetail("goodOnly", goodOnly));
            return new ImportOutcome(written.households(), written.plots(), skipped);
        });
        return java.util.Objects.requireNonNull(outcome);
    }

    /** What the rows are checked against, read from the database now. */
    HouseholdImportContext context(ImportProject project, Scope scope) {
        Set<String> plots = new HashSet<>();
        jdbc.sql("SELECT map_sheet, plot_number FROM lc_plot WHERE project_id = ?")
                .param(project.id())
                .query(rs -> {
                    plots.add(HouseholdImportContext.plotKey(rs.getString(1), rs.getString(2)));
                });
        Set<String> codes = new HashSet<>(jdbc.sql("SELECT code FROM lc_household WHERE project_id = ?")
                .param(project.id())
                .query(String.class)
                .list());
        Map<String, Boolean> known = new HashMap<>();
        return new HouseholdImportContext(
                project.communes(),
                scope,
                plots,
                codes,
                LocalDate.now(clock),
                code -> known.computeIfAbsent(
                        code,
                        c -> jdbc.sql("SELECT EXISTS (SELECT 1 FROM admin_unit WHERE id = ? OR id = ? OR code = ?)")
                                .params(c, "old-" + c, c)
                                .query(Boolean.class)
                                .single()));
    }
}
