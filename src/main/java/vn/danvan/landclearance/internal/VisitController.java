package vn.danvan.landclearance.internal;

import jakarta.validation.Valid;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DataIntegrityViolationException;
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
import vn.danvan.landclearance.internal.HouseholdProjects.ProjectRef;
import vn.danvan.shared.security.CurrentUser;
import vn.danvan.shared.security.SignedIn;
import vn.danvan.shared.web.Breadcrumb;
import vn.danvan.shared.web.Flash;
import vn.danvan.shared.web.PageView;
import vn.danvan.shared.web.Paging;
import vn.danvan.shared.web.RuleViolation;

/**
 * Outreach visits: the phone form on a household, and the project's list of visits. After a save the household page
 * carries the saved client key, which tells the form's script that its draft can go.
 */
@Controller
@RequestMapping("/landclearance")
class VisitController {

    /** Flash attribute naming the client key of the visit just saved. */
    static final String SAVED_KEY = "savedVisitKey";

    private final VisitService visits;
    private final HouseholdService households;

    VisitController(VisitService visits, HouseholdService households) {
        this.visits = visits;
        this.households = households;
    }

    @GetMapping("/households/{id}/visits/new")
    String newForm(@PathVariable UUID id, Model model) {
        Household household = households.getForChange(id);
        return form(household, visits.newForm(), model);
    }

    @PostMapping("/households/{id}/visits")
    String record(
            @PathVariable UUID id,
            @Valid @ModelAttribute("form") VisitForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        Household household = households.getForChange(id);
        if (form.visitorRows().isEmpty() && !errors.hasFieldErrors("visitors*")) {
            errors.reject("lc.visit.error.noVisitor", "lc.visit.error.noVisitor");
        }
        if (errors.hasErrors()) {
            return form(household, form, model);
        }
        Visit visit;
        try {
            visit = visits.record(id, form);
        } catch (DataIntegrityViolationException raced) {
            // The same form arrived twice at once: the other send recorded it.
            visit = visits.byClientKey(form.clientKey()).orElseThrow(() -> raced);
        } catch (RuleViolation e) {
            errors.reject(e.messageKey(), e.args(), e.messageKey());
            return form(household, form, model);
        }
        redirect.addFlashAttribute(SAVED_KEY, visit.clientKey().toString());
        if (visit.outcome() == VisitOutcome.OBSTACLE) {
            Flash.success(redirect, "lc.visit.savedRecordObstacle");
            return "redirect:/landclearance/households/" + id + "/obstacles/new";
        }
        Flash.success(redirect, "lc.visit.saved");
        return "redirect:/landclearance/households/" + id;
    }

    @GetMapping("/projects/{projectId}/visits")
    String list(
            @PathVariable UUID projectId,
            @RequestParam(required = false) @Nullable String unit,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate to,
            @RequestParam(defaultValue = "0") int page,
            Model model) {
        ProjectRef project = households.project(projectId);
        CurrentUser user = SignedIn.user();
        var pageable = Paging.request(page, "date", Map.of("date", "visitedOn"), "date");
        var result = visits.list(project, unit, from, to, pageable);
        String base = UriComponentsBuilder.fromPath("/landclearance/projects/" + projectId + "/visits")
                .queryParamIfPresent("unit", Optional.ofNullable(unit).filter(s -> !s.isBlank()))
                .queryParamIfPresent("from", Optional.ofNullable(from))
                .queryParamIfPresent("to", Optional.ofNullable(to))
                .build()
                .toUriString();
        model.addAttribute("project", project);
        model.addAttribute("page", PageView.of(result, base));
        model.addAttribute("communes", project.communesIn(user.scope()));
        model.addAttribute("unit", unit);
        model.addAttribute("from", from);
        model.addAttribute("to", to);
        model.addAttribute(
                "breadcrumbs", HouseholdController.projectTrail(project, Breadcrumb.key("lc.visit.list.title", null)));
        return "landclearance/visit-list";
    }

    private String form(Household household, VisitForm form, Model model) {
        model.addAttribute("household", household);
        HouseholdForms.show(model, form);
        model.addAttribute("kinds", VisitorKind.values());
        model.addAttribute("outcomes", VisitOutcome.values());
        model.addAttribute("today", households.today());
        model.addAttribute(
                "breadcrumbs",
                Breadcrumb.trail(
                        Breadcrumb.text(
                                household.code() + " · " + household.headName(),
                                "/landclearance/households/" + household.id()),
                        Breadcrumb.key("lc.visit.new", null)));
        return "landclearance/visit-form";
    }
}
