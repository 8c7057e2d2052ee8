package vn.danvan.directive.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import vn.danvan.directive.DirectivePermissions;
import vn.danvan.directive.TaskStatus;
import vn.danvan.organisation.OrgUnitView;
import vn.danvan.organisation.Organisations;
import vn.danvan.shared.security.SignedIn;
import vn.danvan.shared.web.Breadcrumb;
import vn.danvan.shared.web.PageView;
import vn.danvan.shared.web.RecordNotFound;

/** The board dashboard, and a unit's page with its tasks across documents. */
@Controller
class DashboardController {

    private final DashboardQueries queries;
    private final TaskService tasks;
    private final ReviewService reviews;
    private final Organisations organisations;

    DashboardController(
            DashboardQueries queries, TaskService tasks, ReviewService reviews, Organisations organisations) {
        this.queries = queries;
        this.tasks = tasks;
        this.reviews = reviews;
        this.organisations = organisations;
    }

    @GetMapping("/directives/dashboard")
    String dashboard(Model model) {
        SignedIn.require(DirectivePermissions.READ);
        LocalDate today = tasks.today();
        List<DashboardQueries.DocumentCounts> documents = queries.documentsInForce(today, 20);
        model.addAttribute("documents", documents);
        model.addAttribute("behind", queries.unitsMostBehind(today, 10));
        model.addAttribute("upcoming", queries.upcoming(today, 20));
        model.addAttribute("awaiting", reviews.awaitingReports(10));
        model.addAttribute("statuses", TaskStatus.values());
        model.addAttribute("today", today);
        model.addAttribute("upcomingDays", DashboardQueries.UPCOMING_DAYS);
        model.addAttribute("upcomingUntil", today.plusDays(DashboardQueries.UPCOMING_DAYS));
        // Chart data as text for data-* attributes: labels separated by a line break, counts by commas.
        model.addAttribute(
                "chartLabels",
                documents.stream()
                        .map(DashboardQueries.DocumentCounts::numberLine)
                        .collect(Collectors.joining("\n")));
        for (TaskStatus s : TaskStatus.values()) {
            model.addAttribute(
                    "chart" + s.name(),
                    documents.stream().map(d -> Long.toString(d.count(s))).collect(Collectors.joining(",")));
        }
        model.addAttribute("breadcrumbs", Breadcrumb.trail(Breadcrumb.key("directive.dashboard.title", null)));
        return "directive/dashboard";
    }

    @GetMapping("/directives/units/{orgId}")
    String unit(@PathVariable UUID orgId, @RequestParam(defaultValue = "0") int page, Model model) {
        SignedIn.require(DirectivePermissions.READ);
        OrgUnitView org = organisations.find(orgId).orElseThrow(() -> new RecordNotFound("organisation", orgId));
        if (!SignedIn.user().scope().includes(org.path())) {
            throw new RecordNotFound("organisation", orgId);
        }
        TaskFilter filter = new TaskFilter(null, null, null, orgId, null);
        Page<Task> result = tasks.search(
                filter,
                PageRequest.of(Math.max(0, page), vn.danvan.shared.web.Paging.DEFAULT_SIZE, Sort.by("deadline", "id")));
        model.addAttribute("org", org);
        model.addAttribute("page", PageView.of(result, "/directives/units/" + orgId));
        model.addAttribute("today", tasks.today());
        model.addAttribute(
                "breadcrumbs",
                Breadcrumb.trail(
                        Breadcrumb.key("directive.dashboard.title", "/directives/dashboard"),
                        Breadcrumb.text(org.name(), null)));
        return "directive/unit";
    }
}
