package vn.danvan.organisation.internal.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;
import vn.danvan.organisation.AdminUnitView;
import vn.danvan.organisation.AdminUnits;
import vn.danvan.organisation.OrganisationPermissions;
import vn.danvan.organisation.UnitLevel;
import vn.danvan.organisation.UnitQuery;
import vn.danvan.organisation.internal.org.OrgUnitService;
import vn.danvan.shared.security.CurrentUser;
import vn.danvan.shared.security.SignedIn;
import vn.danvan.shared.web.Breadcrumb;
import vn.danvan.shared.web.PageView;
import vn.danvan.shared.web.RecordNotFound;

/** Browse and search Vietnam's administrative units as of a date, and see where each came from. */
@Controller
class UnitController {

    static final int PAGE_SIZE = 50;

    private final AdminUnits units;
    private final OrgUnitService organisations;
    private final Clock clock;

    UnitController(AdminUnits units, OrgUnitService organisations, Clock clock) {
        this.units = units;
        this.organisations = organisations;
        this.clock = clock;
    }

    @GetMapping("/units")
    String list(
            @RequestParam(required = false) @Nullable String q,
            @RequestParam(required = false) @Nullable UnitLevel level,
            @RequestParam(required = false) @Nullable String parent,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate at,
            @RequestParam(defaultValue = "0") int page,
            Model model) {
        boolean hasText = q != null && !q.isBlank();
        UnitLevel effectiveLevel =
                level == null && !hasText && (parent == null || parent.isBlank()) ? UnitLevel.PROVINCE : level;
        LocalDate effectiveAt = at == null && !hasText ? LocalDate.now(clock) : at;
        UnitQuery query = new UnitQuery(effectiveLevel, blankToNull(parent), effectiveAt, q);
        Page<AdminUnitView> result = units.search(query, PageRequest.of(Math.max(0, page), PAGE_SIZE));
        String base = UriComponentsBuilder.fromPath("/units")
                .queryParamIfPresent("q", Optional.ofNullable(q).filter(s -> !s.isBlank()))
                .queryParamIfPresent("level", Optional.ofNullable(level))
                .queryParamIfPresent("parent", Optional.ofNullable(parent).filter(s -> !s.isBlank()))
                .queryParamIfPresent("at", Optional.ofNullable(at))
                .build()
                .toUriString();
        model.addAttribute("page", PageView.of(result, base));
        model.addAttribute("q", q);
        model.addAttribute("level", level);
        model.addAttribute("parent", parent);
        model.addAttribute("at", at);
        model.addAttribute("effectiveAt", effectiveAt);
        model.addAttribute("levels", UnitLevel.values());
        model.addAttribute(
                "parentUnit", parent == null ? null : units.find(parent).orElse(null));
        model.addAttribute("breadcrumbs", Breadcrumb.trail(Breadcrumb.key("organisation.units.title", null)));
        return "organisation/unit-list";
    }

    @GetMapping("/units/{id}")
    String show(@PathVariable String id, @RequestParam(defaultValue = "0") int page, Model model) {
        AdminUnitView unit = units.find(id).orElseThrow(() -> new RecordNotFound("unit", id));
        Page<AdminUnitView> children =
                units.search(UnitQuery.childrenOf(unit.id()), PageRequest.of(Math.max(0, page), PAGE_SIZE));
        model.addAttribute("unit", unit);
        model.addAttribute("children", PageView.of(children, "/units/" + unit.id()));
        model.addAttribute("predecessors", units.predecessors(unit.id()));
        model.addAttribute("successors", units.successors(unit.id()));
        model.addAttribute("formedFrom", units.formedFromText(unit.id()).orElse(null));
        CurrentUser me = SignedIn.user();
        boolean canSeeOrganisations = me.can(OrganisationPermissions.ORGANISATIONS_READ);
        model.addAttribute("organisations", canSeeOrganisations ? organisations.ofAdminUnit(unit.id()) : List.of());
        model.addAttribute(
                "canManage",
                me.can(OrganisationPermissions.ORGANISATIONS_MANAGE)
                        && me.scope().includes(unit.path()));
        List<Breadcrumb> trail = new ArrayList<>();
        trail.add(Breadcrumb.key("organisation.units.title", "/units"));
        for (AdminUnitView ancestor : units.ancestors(unit.id())) {
            trail.add(Breadcrumb.text(ancestor.fullName(), "/units/" + ancestor.id()));
        }
        trail.add(Breadcrumb.text(unit.fullName(), null));
        model.addAttribute("breadcrumbs", trail);
        return "organisation/unit-show";
    }

    @GetMapping("/admin/units/lineage-gaps")
    String lineageGaps(@RequestParam(defaultValue = "0") int page, Model model) {
        SignedIn.require(OrganisationPermissions.UNITS_ADMIN);
        model.addAttribute(
                "page",
                PageView.of(
                        units.lineageGaps(PageRequest.of(Math.max(0, page), PAGE_SIZE)), "/admin/units/lineage-gaps"));
        model.addAttribute("lastImport", units.lastImport());
        model.addAttribute(
                "breadcrumbs",
                Breadcrumb.trail(
                        Breadcrumb.key("organisation.units.title", "/units"),
                        Breadcrumb.key("organisation.units.gaps", null)));
        return "organisation/unit-gaps";
    }

    private static @Nullable String blankToNull(@Nullable String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
