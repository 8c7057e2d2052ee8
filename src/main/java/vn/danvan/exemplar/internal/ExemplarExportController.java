package vn.danvan.exemplar.internal;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import vn.danvan.exemplar.ExemplarPermissions;
import vn.danvan.shared.security.CurrentUser;

/** The list of entries in the user's area as the Excel workbook a board sends upward (READ, audited). */
@Controller
class ExemplarExportController {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private final ExemplarExport export;
    private final Clock clock;

    ExemplarExportController(ExemplarExport export, Clock clock) {
        this.export = export;
        this.clock = clock;
    }

    @GetMapping("/exemplars.xlsx")
    void list(
            @RequestParam(required = false) @Nullable Integer year,
            @RequestParam(required = false) @Nullable String field,
            @RequestParam(required = false) @Nullable String level,
            @RequestParam(required = false) @Nullable String status,
            HttpServletResponse response,
            Locale locale)
            throws IOException {
        CurrentUser user = StatsQueries.require(ExemplarPermissions.READ);
        int y = year == null || year < 2000 || year > 2100
                ? LocalDate.now(clock).getYear()
                : year;
        ExemplarExport.ListFilter filter = new ExemplarExport.ListFilter(
                y,
                StatsQueries.oneOf(StatsQueries.FIELDS, field),
                StatsQueries.oneOf(StatsQueries.LEVELS, level),
                StatsQueries.oneOf(StatsQueries.STATUSES, status));
        response.setContentType(XLSX);
        response.setHeader(
                HttpHeaders.CONTENT_DISPOSITION,
                ContentDisposition.attachment()
                        .filename("danh-sach-mo-hinh-" + y + ".xlsx")
                        .build()
                        .toString());
        export.writeList(user, filter, response.getOutputStream(), locale);
    }
}
