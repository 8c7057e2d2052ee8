package vn.danvan.organisation.internal.people;

import jakarta.validation.Valid;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Page;
import org.springframework.format.annotation.DateTimeFormat;
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
import vn.danvan.organisation.OrganisationPermissions;
import vn.danvan.organisation.internal.org.OrgUnitService;
import vn.danvan.organisation.internal.org.OrganisationRuleViolation;
import vn.danvan.shared.security.SignedIn;
import vn.danvan.shared.web.Breadcrumb;
import vn.danvan.shared.web.Flash;
import vn.danvan.shared.web.PageView;
import vn.danvan.shared.web.Paging;

/** Pages of the people (cadres) and their positions. */
@Controller
@RequestMapping("/people")
class PersonController {

    static final Map<String, String> SORTS = Map.of("name", "sortKey", "updated", "updatedAt");

    private final PersonService service;
    private final OrgUnitService organisations;

    PersonController(PersonService service, OrgUnitService organisations) {
        this.service = service;
        this.organisations = organisations;
    }

    @GetMapping
    String list(
            @RequestParam(required = false) @Nullable String q,
            @RequestParam(required = false) @Nullable UUID org,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "name,asc") String sort,
            Model model) {
        Page<Person> result = service.search(q, org, Paging.request(page, sort, SORTS, "name"));
        String base = UriComponentsBuilder.fromPath("/people")
                .queryParamIfPresent("q", Optional.ofNullable(q).filter(s -> !s.isBlank()))
                .queryParamIfPresent("org", Optional.ofNullable(org))
                .build()
                .toUriString();
        model.addAttribute("page", PageView.of(result, base, SORTS));
        model.addAttribute("q", q);
        model.addAttribute("org", org);
        model.addAttribute("canManage", SignedIn.user().can(OrganisationPermissions.ORGANISATIONS_MANAGE));
        model.addAttribute("breadcrumbs", Breadcrumb.trail(Breadcrumb.key("organisation.people.title", null)));
        return "organisation/person-list";
    }

    @GetMapping("/{id}")
    String show(@PathVariable UUID id, Model model) {
        Person person = service.get(id);
        model.addAttribute("person", person);
        model.addAttribute("orgs", service.organisationsOf(person));
        model.addAttribute("canManage", SignedIn.user().can(OrganisationPermissions.ORGANISATIONS_MANAGE));
        model.addAttribute("orgChoices", organisations.choices(500));
        model.addAttribute("canManageUsers", SignedIn.user().can(OrganisationPermissions.USERS_MANAGE));
        if (!model.containsAttribute("positionForm")) {
            model.addAttribute("positionForm", new PositionForm(null, null, null, null));
        }
        model.addAttribute(
                "breadcrumbs",
                Breadcrumb.trail(
                        Breadcrumb.key("organisation.people.title", "/people"),
                        Breadcrumb.text(person.fullName(), null)));
        return "organisation/person-show";
    }

    @GetMapping("/new")
    String createForm(@RequestParam(required = false) @Nullable UUID org, Model model) {
        SignedIn.require(OrganisationPermissions.ORGANISATIONS_MANAGE);
        return form(PersonForm.empty(org), null, model);
    }

    @PostMapping
    String create(
            @Valid @ModelAttribute("form") PersonForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        SignedIn.require(OrganisationPermissions.ORGANISATIONS_MANAGE);
        if (errors.hasErrors()) {
            return form(form, null, model);
        }
        Person person = service.create(form);
        Flash.success(redirect, "organisation.people.created", person.fullName());
        return "redirect:/people/" + person.id();
    }

    @GetMapping("/{id}/edit")
    String editForm(@PathVariable UUID id, Model model) {
        SignedIn.require(OrganisationPermissions.ORGANISATIONS_MANAGE);
        Person person = service.get(id);
        return form(PersonForm.of(person), person, model);
    }

    @PostMapping("/{id}")
    String update(
            @PathVariable UUID id,
            @Valid @ModelAttribute("form") PersonForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        SignedIn.require(OrganisationPermissions.ORGANISATIONS_MANAGE);
        Person existing = service.get(id);
        if (errors.hasErrors()) {
            return form(form, existing, model);
        }
        Person person = service.update(id, form);
        Flash.success(redirect, "organisation.people.saved", person.fullName());
        return "redirect:/people/" + id;
    }

    @PostMapping("/{id}/positions")
    String appoint(
            @PathVariable UUID id,
            @Valid @ModelAttribute("positionForm") PositionForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        SignedIn.require(OrganisationPermissions.ORGANISATIONS_MANAGE);
        service.get(id);
        if (!errors.hasErrors()) {
            try {
                service.appoint(id, form);
                Flash.success(redirect, "organisation.people.appointed");
                return "redirect:/people/" + id;
            } catch (OrganisationRuleViolation e) {
                errors.reject(e.messageKey(), e.args(), e.messageKey());
            }
        }
        return show(id, model);
    }

    @PostMapping("/{id}/positions/{positionId}/end")
    String endPosition(
            @PathVariable UUID id,
            @PathVariable UUID positionId,
            @RequestParam(required = false) @DateTimeFormat(pattern = "dd/MM/yyyy") @Nullable LocalDate lastDay,
            RedirectAttributes redirect) {
        SignedIn.require(OrganisationPermissions.ORGANISATIONS_MANAGE);
        service.get(id);
        if (lastDay == null) {
            Flash.warning(redirect, "organisation.validation.lastDay");
            return "redirect:/people/" + id;
        }
        try {
            service.endPosition(id, positionId, lastDay);
            Flash.success(redirect, "organisation.people.positionEnded");
        } catch (OrganisationRuleViolation e) {
            Flash.warning(redirect, e.messageKey(), e.args());
        }
        return "redirect:/people/" + id;
    }

    private String form(PersonForm form, @Nullable Person existing, Model model) {
        model.addAttribute("form", form);
        model.addAttribute("existing", existing);
        model.addAttribute("orgChoices", organisations.choices(500));
        model.addAttribute(
                "breadcrumbs",
                Breadcrumb.trail(
                        Breadcrumb.key("organisation.people.title", "/people"),
                        existing == null
                                ? Breadcrumb.key("organisation.people.new", null)
                                : Breadcrumb.text(existing.fullName(), null)));
        return "organisation/person-form";
    }
}
