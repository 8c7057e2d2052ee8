package vn.danvan.petition.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import vn.danvan.organisation.AdminUnits;
import vn.danvan.petition.PetitionPermissions;
import vn.danvan.shared.security.CurrentUser;
import vn.danvan.shared.security.SignedIn;
import vn.danvan.shared.web.Breadcrumb;

/**
 * Bảng điều hành đơn thư: cases by kind and status, received in a period, on time and overdue, average handling
 * time in working days, on-time rate per handling organisation, satisfaction; drill-down province → commune → the
 * case list ({@code /petitions?unit=…&status=…&kind=…&overdue=true}) → case.
 */
@Controller("petitionDashboardController")
class DashboardController {

    static final List<String> KINDS = List.of("REFLECTION", "COMPLAINT", "COMPLAINT_SECOND", "DENUNCIATION");
    static final List<String> STATUSES = List.of(
            "RECEIVED",
            "CLASSIFIED",
            "ACCEPTED",
            "TRANSFERRED",
            "GUIDED",
            "FILED",
            "VERIFYING",
            "DIALOGUE",
            "DECIDED",
            "CLOSED");

    private final DashboardQueries queries;
    private final AdminUnits units;
    private final Clock clock;

    DashboardController(DashboardQueries queries, AdminUnits units, Clock clock) {
        this.queries = queries;
        this.units = units;
        this.clock = clock;
    }

    @GetMapping("/petitions/dashboard")
    String dashboard(
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate to,
            @RequestParam(required = false) @Nullable String area,
            @RequestParam(required = false) @Nullable String kind,
            Model model) {
        CurrentUser user = SignedIn.require(PetitionPermissions.READ);
        LocalDate today = LocalDate.now(clock);
        LocalDate start = from == null ? today.withDayOfYear(1) : from;
        LocalDate end = to == null ? today : to;
        if (end.isBefore(start)) {
            LocalDate swap = start;
            start = end;
            end = swap;
        }
        String areaPath = area == null || !area.matches("[0-9A-Za-z/-]{1,100}") ? null : area;
        String kindCode = kind != null && KINDS.contains(kind) ? kind : null;
        DashboardQueries.Filter filter = new DashboardQueries.Filter(start, end, areaPath, kindCode, today);
        var scope = user.scope();

        Map<String, Map<String, Long>> matrix = new LinkedHashMap<>();
        for (String k : KINDS) {
            Map<String, Long> row = new LinkedHashMap<>();
            STATUSES.forEach(s -> row.put(s, 0L));
            matrix.put(k, row);
        }
        for (DashboardQueries.KindStatus ks : queries.byKindAndStatus(scope, filter)) {
            matrix.computeIfAbsent(ks.kind(), k -> new LinkedHashMap<>()).put(ks.status(), ks.count());
        }
        List<DashboardQueries.AreaRow> areas = queries.byArea(scope, filter);

        model.addAttribute("from", start);
        model.addAttribute("to", end);
        model.addAttribute("area", areaPath);
        model.addAttribute("kind", kindCode);
        model.addAttribute("kinds", KINDS);
        model.addAttribute("statuses", STATUSES);
        model.addAttribute("matrix", matrix);
        model.addAttribute("totals", queries.totals(scope, filter));
        model.addAttribute("averageDays", queries.averageWorkingDays(scope, filter));
        model.addAttribute("handlers", queries.byHandlingUnit(scope, filter, 20));
        model.addAttribute("areas", areas);
        model.addAttribute(
                "chartLabels",
                areas.stream().map(DashboardQueries.AreaRow::unitName).collect(Collectors.joining("\n")));
        model.addAttribute(
                "chartReceived",
                areas.stream().map(a -> Long.toString(a.received())).collect(Collectors.joining(",")));
        model.addAttribute(
                "chartOverdue",
                areas.stream().map(a -> Long.toString(a.overdue())).collect(Collectors.joining(",")));
        model.addAttribute("breadcrumbs", breadcrumbs(areaPath));
        return "petition/dashboard";
    }

    private List<Breadcrumb> breadcrumbs(@Nullable String areaPath) {
        List<Breadcrumb> trail = new ArrayList<>();
        if (areaPath == null) {
            trail.add(Breadcrumb.key("pv.dashboard.title", null));
            return trail;
        }
        trail.add(Breadcrumb.key("pv.dashboard.title", "/petitions/dashboard"));
        String[] parts = areaPath.split("/");
        StringBuilder path = new StringBuilder();
        for (int i = 0; i < parts.length; i++) {
            path.append(i == 0 ? "" : "/").append(parts[i]);
            String name = units.find(parts[i]).map(u -> u.fullName()).orElse(parts[i]);
            trail.add(Breadcrumb.text(name, i == parts.length - 1 ? null : "/petitions/dashboard?area=" + path));
        }
        return trail;
    }
}
