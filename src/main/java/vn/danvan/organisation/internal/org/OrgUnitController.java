package vn.danvan.organisation.internal.org;

import jakarta.validation.Valid;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Page;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;
import vn.danvan.organisation.AdminUnits;
import vn.danvan.organisation.OrgUnitKind;
import vn.danvan.organisation.OrganisationPermissions;
import vn.danvan.shared.security.SignedIn;
import vn.danvan.shared.web.Breadcrumb;
import vn.danvan.shared.web.Flash;
import vn.danvan.shared.web.PageView;
import vn.danvan.shared.web.Paging;

/** Pages of the organisations of the political system. */
@Controller
@RequestMapping("/organisations")
class OrgUnitController {

    /** Sortable columns: request name → entity property. */
    static final Map<String, String> SORTS = Map.of("name", "sortKey", "kind", "kind", "validFrom", "validFrom");

    private final OrgUnitService service;
    private final AdminUnits units;

    OrgUnitController(OrgUnitService service, AdminUnits units) {
        this.service = service;
        this.units = units;
    }

    @GetMapping
    String list(
            @RequestParam(required = false) @Nullable String q,
            @RequestParam(required = false) @Nullable OrgUnitKind kind,
            @RequestParam(required = false) @Nullable String unit,
            @RequestParam(defaultValue = "false") boolean former,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "name,asc") String sort,
            Model model) {
        OrgUnitFilter filter = new OrgUnitFilter(q, kind, unit, former);
        Page<OrgUnit> result = service.search(filter, Paging.request(page, sort, SORTS, "name"));
        String base = UriComponentsBuilder.fromPath("/organisations")
                .queryParamIfPresent("q", java.util.Optional.ofNullable(q).filter(s -> !s.isBlank()))
                .queryParamIfPresent("kind", java.util.Optional.ofNullable(kind))
                .queryParamIfPresent("unit", java.util.Optional.ofNullable(unit).filter(s -> !s.isBlank()))
                .queryParamIfPresent("former", java.util.Optional.of(former).filter(f -> f))
                .build()
                .toUriString();
        model.addAttribute("page", PageView.of(result, base, SORTS));
        model.addAttribute("filter", filter);
        model.addAttribute("kinds", OrgUnitKind.values());
        model.addAttribute("canManage", SignedIn.user().can(OrganisationPermissions.ORGANISATIONS_MANAGE));
        model.addAttribute("breadcrumbs", Breadcrumb.trail(Breadcrumb.key("organisation.org.title", null)));
        return "organisation/org-list";
    }

    @GetMapping("/{id}")
    String show(@PathVariable UUID id, Model model) {
        OrgUnit org = service.get(id);
        model.addAttribute("org", org);
        model.addAttribute("unit", units.find(org.adminUnitId()).orElse(null));
        model.addAttribute(
                "parent",
                org.parentId() == null
                        ? null
                        : service.findVisible(org.parentId()).orElse(null));
        model.addAttribute("children", service.children(org));
        model.addAttribute("canManage", SignedIn.user().can(OrganisationPermissions.ORGANISATIONS_MANAGE));
        model.addAttribute("renameForm", new RenameForm(null, null, null));
        model.addAttribute("dissolveForm", new DissolveForm(null));
        model.addAttribute(
                "breadcrumbs",
                Breadcrumb.trail(
                        Breadcrumb.key("organisation.org.title", "/organisations"), Breadcrumb.text(org.name(), null)));
        return "organisation/org-show";
    }

    @GetMapping("/new")
    String createForm(@RequestParam(required = false) @Nullable String unit, Model model) {
        SignedIn.require(OrganisationPermissions.ORGANISATIONS_MANAGE);
        return form(OrgUnitForm.empty(unit), null, model);
    }

    @PostMapping
    String create(
            @Valid @ModelAttribute("form") OrgUnitForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        SignedIn.require(OrganisationPermissions.ORGANISATIONS_MANAGE);
        if (errors.hasErrors()) {
            return form(form, null, model);
        }
        OrgUnit org;
        try {
            org = service.create(form);
        } catch (OrganisationRuleViolation e) {
            errors.reject(e.messageKey(), e.args(), e.messageKey());
            return form(form, null, model);
        }
        Flash.success(redirect, "organisation.org.created", org.name());
        return "redirect:/organisations/" + org.id();
    }

    @GetMapping("/{id}/edit")
    String editForm(@PathVariable UUID id, Model model) {
        SignedIn.require(OrganisationPermissions.ORGANISATIONS_MANAGE);
        OrgUnit org = service.get(id);
        return form(OrgUnitForm.of(org), org, model);
    }

    @PostMapping("/{id}")
    String update(
            @PathVariable UUID id,
            @Valid @ModelAttribute("form") OrgUnitForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        SignedIn.require(OrganisationPermissions.ORGANISATIONS_MANAGE);
        OrgUnit existing = service.get(id);
        if (errors.hasErrors()) {
            return form(form, existing, model);
        }
        OrgUnit org;
        try {
            org = service.correct(id, form);
        } catch (OrganisationRuleViolation e) {
            errors.reject(e.messageKey(), e.args(), e.messageKey());
            return form(form, service.get(id), model);
        }
        Flash.success(redirect, "organisation.org.saved", org.name());
        return "redirect:/organisations/" + id;
    }

    @PostMapping("/{id}/rename")
    String rename(
            @PathVariable UUID id,
            @Valid @ModelAttribute("renameForm") RenameForm form,
            BindingResult errors,
            RedirectAttributes redirect) {
        SignedIn.require(OrganisationPermissions.ORGANISATIONS_MANAGE);
        service.get(id);
        if (errors.hasErrors()) {
            Flash.warning(redirect, "organisation.org.renameInvalid");
            return "redirect:/organisations/" + id;
        }
        try {
            OrgUnit org = service.rename(id, form);
            Flash.success(redirect, "organisation.org.renamed", org.name());
        } catch (OrganisationRuleViolation e) {
            Flash.warning(redirect, e.messageKey(), e.args());
        }
        return "redirect:/organisations/" + id;
    }

    @PostMapping("/{id}/dissolve")
    String dissolve(
            @PathVariable UUID id,
            @Valid @ModelAttribute("dissolveForm") DissolveForm form,
            BindingResult errors,
            RedirectAttributes redirect) {
        SignedIn.require(OrganisationPermissions.ORGANISATIONS_MANAGE);
        service.get(id);
        if (errors.hasErrors()) {
            Flash.warning(redirect, "organisation.org.dissolveInvalid");
            return "redirect:/organisations/" + id;
        }
        try {
            OrgUnit org = service.dissolve(id, form);
            Flash.success(redirect, "organisation.org.dissolved", org.name());
        } catch (OrganisationRuleViolation e) {
            Flash.warning(redirect, e.messageKey(), e.args());
        }
        return "redirect:/organisations/" + id;
    }

    private String form(OrgUnitForm form, @Nullable OrgUnit existing, Model model) {
        model.addAttribute("form", form);
        model.addAttribute("existing", existing);
        model.addAttribute("kinds", OrgUnitKind.values());
        model.addAttribute("orgChoices", service.choices(500));
        model.addAttribute(
                "selectedUnit",
                form.adminUnitId() == null
                        ? null
                        : units.find(form.adminUnitId()).orElse(null));
        model.addAttribute(
                "breadcrumbs",
                Breadcrumb.trail(
                        Breadcrumb.key("organisation.org.title", "/organisations"),
                        existing == null
                                ? Breadcrumb.key("organisation.org.new", null)
                                : Breadcrumb.text(existing.name(), null)));
        return "organisation/org-form";
    }
}
