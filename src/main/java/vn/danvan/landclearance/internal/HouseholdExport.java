package vn.danvan.landclearance.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.sql.DataSource;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.danvan.audit.AuditEvent;
import vn.danvan.audit.AuditTrail;
import vn.danvan.landclearance.LandClearancePermissions;
import vn.danvan.landclearance.internal.HouseholdProjects.ProjectRef;
import vn.danvan.shared.security.CurrentUser;
import vn.danvan.shared.security.Scope;
import vn.danvan.shared.security.SignedIn;

/**
 * The households of a project in the user's area as an Excel workbook, written row by row (streaming, so a project
 * of tens of thousands of households does not sit in memory). Identity numbers are masked unless the user keeps
 * household records; every export is recorded in the audit trail with the number of rows.
 */
@Service
class HouseholdExport {

    private static final String[] COLUMNS = {
        "code",
        "headName",
        "idNumber",
        "unit",
        "address",
        "phone",
        "stage",
        "plots",
        "area",
        "inventoriedOn",
        "planPostedOn",
        "agreedOn",
        "compensation",
        "paidAmount",
        "paidOn",
        "latePayment",
        "handedOverOn",
        "resettlement"
    };

    private final HouseholdProjects projects;
    private final JdbcTemplate jdbc;
    private final MessageSource messages;
    private final AuditTrail audit;

    HouseholdExport(HouseholdProjects projects, DataSource dataSource, MessageSource messages, AuditTrail audit) {
        this.projects = projects;
        this.jdbc = new JdbcTemplate(dataSource);
        this.jdbc.setFetchSize(500);
        this.messages = messages;
        this.audit = audit;
    }

    /** The project the user may export, checked before anything is written to the response. */
    @Transactional(readOnly = true)
    ProjectRef project(java.util.UUID projectId) {
        CurrentUser user = SignedIn.require(LandClearancePermissions.READ);
        return projects.visible(user.scope(), projectId);
    }

    /** Writes the workbook and returns the number of households in it. */
    @Transactional(readOnly = true)
    int write(ProjectRef project, OutputStream out, Locale locale) throws IOException {
        CurrentUser user = SignedIn.require(LandClearancePermissions.READ);
        boolean fullIds = user.can(LandClearancePermissions.RECORD);
        Scope.SqlCondition scope = user.scope().sql("h.path");
        List<Object> params = new ArrayList<>();
        params.add(project.id());
        params.addAll(scope.params());
        int[] count = {0};
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(200)) {
            SXSSFSheet sheet = workbook.createSheet(text("lc.export.sheet", locale));
            CellStyle bold = workbook.createCellStyle();
            Font font = workbook.createFont();
            font.setBold(true);
            bold.setFont(font);
            Row header = sheet.createRow(0);
            for (int i = 0; i < COLUMNS.length; i++) {
                Cell cell = header.createCell(i);
                cell.setCellValue(text("lc.export.column." + COLUMNS[i], locale));
                cell.setCellStyle(bold);
            }
            sheet.createFreezePane(0, 1);
            String yes = text("lc.export.yes", locale);
            jdbc.query(
                    "SELECT h.code, h.head_name, h.id_number, h.unit_name, h.address, h.phone, h.stage,"
                            + " h.inventoried_on, h.plan_posted_on, h.agreed_on, h.compensation_amount, h.paid_amount,"
                            + " h.paid_on, h.late_payment, h.handed_over_on, h.resettlement,"
                            + " (SELECT string_agg(p.map_sheet || '/' || p.plot_number || ' ' || p.land_type, '; '"
                            + "   ORDER BY p.map_sheet, p.plot_number) FROM lc_plot p WHERE p.household_id = h.id)"
                            + "   AS plots,"
                            + " (SELECT sum(p.recovered_area) FROM lc_plot p WHERE p.household_id = h.id) AS area"
                            + " FROM lc_household h WHERE h.project_id = ? AND " + scope.sql()
                            + " ORDER BY h.sort_key, h.id",
                    rs -> {
                        count[0]++;
                        Row row = sheet.createRow(count[0]);
                        int c = 0;
                        row.createCell(c++).setCellValue(rs.getString("code"));
                        row.createCell(c++).setCellValue(rs.getString("head_name"));
                        row.createCell(c++).setCellValue(IdNumbers.shown(rs.getString("id_number"), fullIds));
                        row.createCell(c++).setCellValue(rs.getString("unit_name"));
                        row.createCell(c++).setCellValue(rs.getString("address"));
                        row.createCell(c++).setCellValue(nonNull(rs.getString("phone")));
                        row.createCell(c++).setCellValue(text("lc.stage." + rs.getString("stage"), locale));
                        row.createCell(c++).setCellValue(nonNull(rs.getString("plots")));
                        number(row, c++, rs.getBigDecimal("area"));
                        row.createCell(c++).setCellValue(date(rs, "inventoried_on"));
                        row.createCell(c++).setCellValue(date(rs, "plan_posted_on"));
                        row.createCell(c++).setCellValue(date(rs, "agreed_on"));
                        number(row, c++, rs.getBigDecimal("compensation_amount"));
                        number(row, c++, rs.getBigDecimal("paid_amount"));
                        row.createCell(c++).setCellValue(date(rs, "paid_on"));
                        row.createCell(c++).setCellValue(rs.getBoolean("late_payment") ? yes : "");
                        row.createCell(c++).setCellValue(date(rs, "handed_over_on"));
                        row.createCell(c).setCellValue(nonNull(rs.getString("resettlement")));
                    },
                    params.toArray());
            workbook.write(out);
        }
        audit.record(AuditEvent.of("landclearance.households.exported", "project", project.id())
                .withDetail("project", project.code())
                .withDetail("rows", count[0])
                .withDetail("idNumbers", fullIds ? "full" : "masked"));
        return count[0];
    }

    private String text(String key, Locale locale) {
        return messages.getMessage(key, null, key, locale);
    }

    private static void number(Row row, int column, @Nullable BigDecimal value) {
        Cell cell = row.createCell(column);
        if (value != null) {
            cell.setCellValue(value.doubleValue());
        }
    }

    private static String date(ResultSet rs, String column) throws SQLException {
        LocalDate d = rs.getObject(column, LocalDate.class);
        return d == null ? "" : String.format("%02d/%02d/%d", d.getDayOfMonth(), d.getMonthValue(), d.getYear());
    }

    private static String nonNull(@Nullable String s) {
        return s == null ? "" : s;
    }
}
