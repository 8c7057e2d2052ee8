package vn.danvan.landclearance.internal;

import java.time.Clock;
import java.time.LocalDate;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import vn.danvan.landclearance.LandClearancePermissions;
import vn.danvan.shared.security.CurrentUser;
import vn.danvan.shared.security.SignedIn;
import vn.danvan.shared.web.Breadcrumb;

/** The province page: all key projects the user may see, side by side. */
@Controller
class ProvinceOverviewController {

    private final ProvinceOverviewQueries queries;
    private final Clock clock;

    ProvinceOverviewController(ProvinceOverviewQueries queries, Clock clock) {
        this.queries = queries;
        this.clock = clock;
    }

    @GetMapping("/landclearance")
    String overview(Model model) {
        CurrentUser user = SignedIn.require(LandClearancePermissions.READ);
        LocalDate today = LocalDate.now(clock);
        model.addAttribute("rows", queries.projects(user, today));
        model.addAttribute("today", today);
        model.addAttribute("canManage", user.can(LandClearancePermissions.MANAGE));
        model.addAttribute("breadcrumbs", Breadcrumb.trail(Breadcrumb.key("lc.overview.title", null)));
        return "landclearance/overview";
    }
}
