package vn.danvan.audit.internal;

import jakarta.servlet.http.HttpServletRequest;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.web.PageableDefault;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.util.UriComponentsBuilder;
import vn.danvan.audit.AuditOutcome;
import vn.danvan.shared.security.CurrentUser;
import vn.danvan.shared.web.Breadcrumb;
import vn.danvan.shared.web.PageView;

/** The administrator's pages: browse and filter the audit trail, and check its chain. */
@Controller
@RequestMapping("/admin/audit")
class AuditController {

    private final AuditService audit;

    AuditController(AuditService audit) {
        this.audit = audit;
    }

    @GetMapping
    String list(
            @AuthenticationPrincipal @Nullable CurrentUser user,
            @ModelAttribute("filter") AuditSearchForm filter,
            BindingResult errors,
            @PageableDefault(size = 25, sort = "occurredAt", direction = Sort.Direction.DESC) Pageable pageable,
            HttpServletRequest request,
            Model model) {
        audit.requireReader(user);
        AuditSearch search = filter.toSearch(errors);
        model.addAttribute("page", PageView.of(audit.search(user, search, pageable), baseUrl(request, filter)));
        model.addAttribute("outcomes", AuditOutcome.values());
        model.addAttribute("breadcrumbs", Breadcrumb.trail(Breadcrumb.key("audit.nav", null)));
        return "audit/list";
    }

    @GetMapping("/verify")
    String verify(@AuthenticationPrincipal @Nullable CurrentUser user, Model model) {
        model.addAttribute("result", audit.verify(user));
        model.addAttribute(
                "breadcrumbs",
                Breadcrumb.trail(
                        Breadcrumb.key("audit.nav", "/admin/audit"), Breadcrumb.key("audit.verify.heading", null)));
        return "audit/verify";
    }

    /** The list's URL with its filters, without page and sort, for the pager and the sortable headers. */
    private static String baseUrl(HttpServletRequest request, AuditSearchForm filter) {
        UriComponentsBuilder url = UriComponentsBuilder.fromPath(request.getRequestURI());
        add(url, "actor", filter.actor());
        add(url, "action", filter.action());
        add(url, "targetType", filter.targetType());
        add(url, "targetId", filter.targetId());
        add(url, "from", filter.from());
        add(url, "to", filter.to());
        add(url, "outcome", filter.outcome());
        return url.build().toUriString();
    }

    private static void add(UriComponentsBuilder url, String name, @Nullable String value) {
        if (value != null && !value.isBlank()) {
            url.queryParam(name, value.strip());
        }
    }
}
