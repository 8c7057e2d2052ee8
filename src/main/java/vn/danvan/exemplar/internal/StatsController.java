package vn.danvan.exemplar.internal;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import vn.danvan.exemplar.ExemplarPermissions;
import vn.danvan.shared.security.CurrentUser;
import vn.danvan.shared.web.Breadcrumb;

/**
 * Statistics of the registry (READ, in the user's area): field × level for a year or a range of years, a bar chart
 * by field, and a drill-down from the province to its units, then to the list of entries. Also the table as an
 * Excel workbook.
 */
@Controller
class StatsController {

    private final StatsQueries stats;
    private final ExemplarExport export;
    private final MessageSource messages;
    private final Clock clock;

    StatsController(StatsQueries stats, ExemplarExport export, MessageSource messages, Clock clock) {
        this.stats = stats;
        this.export = export;
        this.messages = messages;
        this.clock = clock;
    }

    @GetMapping("/exemplars/stats")
    String stats(
            @RequestParam(required = false) @Nullable Integer year,
            @RequestParam(required = false) @Nullable Integer to,
            @RequestParam(required = false) @Nullable String unit,
            Model model,
            Locale locale) {
        CurrentUser user = StatsQueries.require(ExemplarPermissions.READ);
        int from = year(year);
        int until = to == null ? from : Math.max(from, Math.min(to, from + 20));
        String parent = unit == null || unit.isBlank() ? defaultParent(user) : unit.trim();
        StatsQueries.Table table = stats.table(user.scope(), from, until, null);
        List<StatsQueries.UnitRow> units = stats.units(user.scope(), from, until, parent);
        List<Integer> years = new ArrayList<>();
        int now = LocalDate.now(clock).getYear();
        for (int y = now; y >= now - 9; y--) {
            years.add(y);
        }
        model.addAttribute("year", from);
        model.addAttribute("to", until);
        model.addAttribute("range", until != from);
        model.addAttribute("years", years);
        model.addAttribute("parent", parent);
        model.addAttribute("fields", StatsQueries.FIELDS);
        model.addAttribute("levels", StatsQueries.LEVELS);
        model.addAttribute("table", table);
        model.addAttribute("units", units);
        model.addAttribute(
                "chartLabels",
                StatsQueries.FIELDS.stream()
                        .map(f -> messages.getMessage("ex.field." + f, null, f, locale))
                        .collect(Collectors.joining("\n")));
        model.addAttribute("chartRegistered", series(table, StatsQueries.Counts::registered));
        model.addAttribute("chartEffective", series(table, StatsQueries.Counts::effective));
        model.addAttribute("chartRecognised", series(table, StatsQueries.Counts::recognised));
        model.addAttribute(
                "breadcrumbs",
                Breadcrumb.trail(
                        Breadcrumb.key("ex.views.list", "/exemplars"), Breadcrumb.key("ex.stats.title", null)));
        return "exemplar/stats";
    }

    @GetMapping("/exemplars/stats.xlsx")
    void statsWorkbook(
            @RequestParam(required = false) @Nullable Integer year,
            @RequestParam(required = false) @Nullable Integer to,
            HttpServletResponse response,
            Locale locale)
            throws IOException {
        CurrentUser user = StatsQueries.require(ExemplarPermissions.READ);
        int from = year(year);
        int until = to == null ? from : Math.max(from, Math.min(to, from + 20));
        StatsQueries.Table table = stats.table(user.scope(), from, until, null);
        response.setContentType(ExemplarExportController.XLSX);
        response.setHeader(
                HttpHeaders.CONTENT_DISPOSITION,
                ContentDisposition.attachment()
                        .filename("thong-ke-mo-hinh-" + from + (until != from ? "-" + until : "") + ".xlsx")
                        .build()
                        .toString());
        export.writeStats(user, table, from, until, response.getOutputStream(), locale);
    }

    private int year(@Nullable Integer year) {
        int now = LocalDate.now(clock).getYear();
        return year == null || year < 2000 || year > 2100 ? now : year;
    }

    /** A user of one area starts at it; otherwise at the top units. */
    private static @Nullable String defaultParent(CurrentUser user) {
        return user.scope().paths().size() == 1
                ? user.scope().paths().iterator().next()
                : null;
    }

    private static String series(StatsQueries.Table table, java.util.function.ToLongFunction<StatsQueries.Counts> f) {
        return StatsQueries.FIELDS.stream()
                .map(field -> String.valueOf(f.applyAsLong(table.field(field))))
                .collect(Collectors.joining(","));
    }
}
