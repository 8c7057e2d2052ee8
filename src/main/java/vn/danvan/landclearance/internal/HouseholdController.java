package vn.danvan.landclearance.internal;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.http.ContentDisposition;
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
import vn.danvan.landclearance.LandClearancePermissions;
import vn.danvan.landclearance.internal.HouseholdProjects.ProjectRef;
import vn.danvan.shared.security.CurrentUser;
import vn.danvan.shared.security.SignedIn;
import vn.danvan.shared.web.Breadcrumb;
import vn.danvan.shared.web.Flash;
import vn.danvan.shared.web.PageView;
import vn.danvan.shared.web.Paging;
import vn.danvan.shared.web.RuleViolation;

/** Households of a project: the list, the household page, the household form, the stage actions and the export. */
@Controller
@RequestMapping("/landclearance")
class HouseholdController {

    static final Map<String, String> SORTS = Map.of("name", "sortKey");

    private final HouseholdService households;
    private final HouseholdExport export;
    private final VisitService visits;
    private final ObstacleService obstacles;

    HouseholdController(
            HouseholdService households, HouseholdExport export, VisitService visits, ObstacleService obstacles) {
        this.households = households;
        this.export = export;
        this.visits = visits;
        this.obstacles = obstacles;
    }

    @GetMapping("/projects/{projectId}/households")
    String list(
            @PathVariable UUID projectId,
            @RequestParam(required = false) @Nullable HouseholdStage stage,
            @RequestParam(required = false) @Nullable String unit,
            @RequestParam(required = false) @Nullable ObstacleReason reason,
            @RequestParam(required = false) @Nullable String q,
            @RequestParam(defaultValue = "0") int page,
            Model model) {
        ProjectRef project = households.project(projectId);
        CurrentUser user = SignedIn.user();
        HouseholdFilter filter = new HouseholdFilter(stage, unit, reason, q);
        Pageable pageable = Paging.request(page, "name", SORTS, "name");
        Page<HouseholdRow> result = households.list(project, filter, pageable);
        String base = UriComponentsBuilder.fromPath("/landclearance/projects/" + projectId + "/households")
                .queryParamIfPresent("stage", Optional.ofNullable(stage))
                .queryParamIfPresent("unit", Optional.ofNullable(unit).filter(s -> !s.isBlank()))
                .queryParamIfPresent("reason", Optional.ofNullable(reason))
                .queryParamIfPresent("q", Optional.ofNullable(q).filter(s -> !s.isBlank()))
                .build()
                .toUriString();
        model.addAttribute("project", project);
        model.addAttribute("page", PageView.of(result, base, SORTS));
        model.addAttribute("filter", filter);
        model.addAttribute("stages", HouseholdStage.values());
        model.addAttribute("reasons", ObstacleReason.values());
        model.addAttribute("communes", project.communesIn(user.scope()));
        model.addAttribute("canRecord", user.can(LandClearancePermissions.RECORD));
        model.addAttribute("exportUrl", "/landclearance/projects/" + projectId + "/households.xlsx");
        model.addAttribute("breadcrumbs", projectTrail(project, Breadcrumb.key("lc.household.list.title", null)));
        return "landclearance/household-list";
    }

    @GetMapping("/projects/{projectId}/households.xlsx")
    void export(@PathVariable UUID projectId, Locale locale, HttpServletResponse response) throws IOException {
        ProjectRef project = export.project(projectId);
        response.setContentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        response.setHeader(
                "Content-Disposition",
                ContentDisposition.attachment()
                        .filename("ho-dan-" + project.code() + ".xlsx", StandardCharsets.UTF_8)
                        .build()
                        .toString());
        export.write(project, response.getOutputStream(), locale);
    }

    @GetMapping("/projects/{projectId}/households/new")
    String newForm(@PathVariable UUID projectId, @RequestParam(required = false) @Nullable String unit, Model model) {
        SignedIn.require(LandClearancePermissions.RECORD);
        ProjectRef project = households.project(projectId);
        return form(project, null, HouseholdForm.empty(unit), model);
    }

    @PostMapping("/projects/{projectId}/households")
    String create(
            @PathVariable UUID projectId,
            @Valid @ModelAttribute("form") HouseholdForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        SignedIn.require(LandClearancePermissions.RECORD);
        ProjectRef project = households.project(projectId);
        checkPlotRows(form, errors);
        if (errors.hasErrors()) {
            return form(project, null, form, model);
        }
        try {
            Household created = households.create(project, form);
            Flash.success(redirect, "lc.household.created", created.code());
            return "redirect:/landclearance/households/" + created.id();
        } catch (RuleViolation e) {
            errors.reject(e.messageKey(), e.args(), e.messageKey());
            return form(project, null, form, model);
        }
    }

    @GetMapping("/households/{id}")
    String show(@PathVariable UUID id, Model model) {
        Household household = households.get(id);
        ProjectRef project = households.project(household.projectId());
        CurrentUser user = SignedIn.user();
        boolean canRecord = user.can(LandClearancePermissions.RECORD);
        model.addAttribute("household", household);
        model.addAttribute("project", project);
        model.addAttribute("idNumber", IdNumbers.shown(household.idNumber(), canRecord));
        model.addAttribute("history", households.history(household));
        model.addAttribute("visits", visits.of(household));
        model.addAttribute("obstacles", obstacles.of(household));
        model.addAttribute("canRecord", canRecord);
        model.addAttribute("canAnswer", user.can(LandClearancePermissions.MANAGE));
        model.addAttribute("today", households.today());
        model.addAttribute("earlierStages", earlierStages(household.stage()));
        model.addAttribute(
                "breadcrumbs",
                projectTrail(
                        project,
                        Breadcrumb.key(
                                "lc.household.list.title", "/landclearance/projects/" + project.id() + "/households"),
                        Breadcrumb.text(household.code() + " · " + household.headName(), null)));
        return "landclearance/household-show";
    }

    @GetMapping("/households/{id}/edit")
    String editForm(@PathVariable UUID id, Model model) {
        Household household = households.getForChange(id);
        ProjectRef project = households.project(household.projectId());
        return form(project, household, HouseholdForm.of(household), model);
    }

    @PostMapping("/households/{id}")
    String update(
            @PathVariable UUID id,
            @Valid @ModelAttribute("form") HouseholdForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        Household household = households.getForChange(id);
        ProjectRef project = households.project(household.projectId());
        checkPlotRows(form, errors);
        if (errors.hasErrors()) {
            return form(project, household, form, model);
        }
        try {
            households.update(id, form);
            Flash.success(redirect, "lc.household.updated");
            return "redirect:/landclearance/households/" + id;
        } catch (RuleViolation e) {
            errors.reject(e.messageKey(), e.args(), e.messageKey());
            return form(project, household, form, model);
        }
    }

    @PostMapping("/households/{id}/stage")
    String changeStage(
            @PathVariable UUID id,
            @ModelAttribute StageChangeForm form,
            BindingResult errors,
            RedirectAttributes redirect) {
        SignedIn.require(LandClearancePermissions.RECORD);
        if (errors.hasErrors()) {
            households.getForChange(id);
            Flash.warning(redirect, "lc.household.error.badInput");
            return "redirect:/landclearance/households/" + id;
        }
        try {
            households.changeStage(id, form);
            Flash.success(redirect, "lc.household.stageSaved");
        } catch (RuleViolation e) {
            Flash.warning(redirect, e.messageKey(), e.args());
        }
        return "redirect:/landclearance/households/" + id;
    }

    private String form(ProjectRef project, @Nullable Household household, HouseholdForm form, Model model) {
        CurrentUser user = SignedIn.user();
        HouseholdForms.show(model, form);
        model.addAttribute("project", project);
        model.addAttribute("household", household);
        model.addAttribute("communes", project.communesIn(user.scope()));
        model.addAttribute("landTypes", LandType.values());
        model.addAttribute(
                "action",
                household == null
                        ? "/landclearance/projects/" + project.id() + "/households"
                        : "/landclearance/households/" + household.id());
        model.addAttribute(
                "breadcrumbs",
                projectTrail(
                        project,
                        Breadcrumb.key(
                                "lc.household.list.title", "/landclearance/projects/" + project.id() + "/households"),
                        Breadcrumb.key(household == null ? "lc.household.new" : "lc.household.edit", null)));
        return "landclearance/household-form";
    }

    /** A plot row that is neither blank nor complete is an error on that row. */
    private static void checkPlotRows(HouseholdForm form, BindingResult errors) {
        if (form.plots() == null) {
            return;
        }
        for (int i = 0; i < form.plots().size(); i++) {
            HouseholdForm.PlotRow row = form.plots().get(i);
            if (row != null && !row.blank() && !row.complete() && !errors.hasFieldErrors("plots[" + i + "].*")) {
                errors.rejectValue(
                        "plots[" + i + "].mapSheet",
                        "lc.household.validation.plotIncomplete",
                        new Object[] {i + 1},
                        "lc.household.validation.plotIncomplete");
            }
        }
    }

    static List<HouseholdStage> earlierStages(HouseholdStage stage) {
        return java.util.Arrays.stream(HouseholdStage.values())
                .filter(s -> s.isBefore(stage))
                .toList();
    }

    static List<Breadcrumb> projectTrail(ProjectRef project, Breadcrumb... rest) {
        List<Breadcrumb> trail = new java.util.ArrayList<>();
        trail.add(Breadcrumb.key("lc.household.projects", "/landclearance"));
        trail.add(Breadcrumb.text(project.code() + " · " + project.name(), "/landclearance/projects/" + project.id()));
        trail.addAll(List.of(rest));
        return trail;
    }
}
