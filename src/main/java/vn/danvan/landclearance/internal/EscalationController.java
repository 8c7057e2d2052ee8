package vn.danvan.landclearance.internal;

import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import vn.danvan.landclearance.LandClearancePermissions;
import vn.danvan.shared.security.SignedIn;
import vn.danvan.shared.web.Breadcrumb;
import vn.danvan.shared.web.PageView;

/**
 * Kiến nghị lên tỉnh: the obstacles escalated to the province in the user's area, the open ones oldest first with
 * the days they have waited and whether the requested answer date has passed, the answered ones below.
 */
@Controller
class EscalationController {

    private final ObstacleService obstacles;
    private final HouseholdProjects projects;

    EscalationController(ObstacleService obstacles, HouseholdProjects projects) {
        this.obstacles = obstacles;
        this.projects = projects;
    }

    @GetMapping("/landclearance/escalations")
    String list(
            @RequestParam(required = false) @Nullable UUID project,
            @RequestParam(defaultValue = "0") int page,
            Model model) {
        ObstacleService.Escalations escalations = obstacles.escalations(project, page);
        var user = SignedIn.user();
        model.addAttribute("escalations", escalations);
        model.addAttribute(
                "page",
                PageView.of(
                        escalations.open(),
                        project == null
                                ? "/landclearance/escalations"
                                : "/landclearance/escalations?project=" + project));
        model.addAttribute("projects", projects.visibleProjects(user.scope()));
        model.addAttribute("project", project);
        model.addAttribute("canAnswer", user.can(LandClearancePermissions.MANAGE));
        model.addAttribute("breadcrumbs", Breadcrumb.trail(Breadcrumb.key("lc.escalation.title", null)));
        return "landclearance/escalation-list";
    }
}
