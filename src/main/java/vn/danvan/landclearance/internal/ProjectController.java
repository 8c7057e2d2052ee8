package vn.danvan.landclearance.internal;

import jakarta.validation.Valid;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;
import vn.danvan.landclearance.LandClearancePermissions;
import vn.danvan.organisation.OrgUnitView;
import vn.danvan.shared.security.CurrentUser;
import vn.danvan.shared.security.SignedIn;
import vn.danvan.shared.web.Breadcrumb;
import vn.danvan.shared.web.Flash;

/** A key project: register and edit it, its page (figures, timeline, map), boundary upload and steps reached. */
@Controller
@RequestMapping("/landclearance/projects")
class ProjectController {

    /** Households drawn on the map at most. */
    static final int MAP_HOUSEHOLDS = 5000;

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final ProjectService projects;
    private final ProjectQueries queries;
    private final ProjectCommuneChoices communeChoices;
    private final MessageSource messages;
    private final Clock clock;
    private final String tileUrl;

    ProjectController(
            ProjectService projects,
            ProjectQueries queries,
            ProjectCommuneChoices communeChoices,
            MessageSource messages,
            Clock clock,
            @Value("${danvan.map.tile-url:}") String tileUrl) {
        this.projects = projects;
        this.queries = queries;
        this.communeChoices = communeChoices;
        this.messages = messages;
        this.clock = clock;
        this.tileUrl = tileUrl;
    }

    @GetMapping("/new")
    String createForm(Model model) {
        SignedIn.require(LandClearancePermissions.MANAGE);
        List<OrgUnitView> owners = projects.ownerChoices();
        return form(ProjectForm.empty(projects.defaultOwner(owners).orElse(null)), null, owners, model);
    }

    @PostMapping
    String create(
            @Valid @ModelAttribute("form") ProjectForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        SignedIn.require(LandClearancePermissions.MANAGE);
        if (errors.hasErrors()) {
            return form(form, null, projects.ownerChoices(), model);
        }
        Project project;
        try {
            project = projects.register(form);
        } catch (ProjectRuleViolation e) {
            errors.reject(e.messageKey(), e.args(), e.messageKey());
            return form(form, null, projects.ownerChoices(), model);
        }
        Flash.success(redirect, "lc.project.registered", project.code());
        return "redirect:/landclearance/projects/" + project.id();
    }

    @GetMapping("/{id}/edit")
    String editForm(@PathVariable UUID id, Model model) {
        SignedIn.require(LandClearancePermissions.MANAGE);
        Project project = projects.get(id);
        return form(ProjectForm.of(project), project, projects.ownerChoices(), model);
    }

    @PostMapping("/{id}")
    String update(
            @PathVariable UUID id,
            @Valid @ModelAttribute("form") ProjectForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        SignedIn.require(LandClearancePermissions.MANAGE);
        Project project = projects.get(id);
        if (errors.hasErrors()) {
            return form(form, project, projects.ownerChoices(), model);
        }
        try {
            projects.update(id, form);
        } catch (ProjectRuleViolation e) {
            errors.reject(e.messageKey(), e.args(), e.messageKey());
            return form(form, project, projects.ownerChoices(), model);
        }
        Flash.success(redirect, "lc.project.updated", form.code());
        return "redirect:/landclearance/projects/" + id;
    }

    @GetMapping("/{id}")
    String show(@PathVariable UUID id, Model model) {
        CurrentUser user = SignedIn.require(LandClearancePermissions.READ);
        Project project = projects.get(id);
        LocalDate today = LocalDate.now(clock);
        var scope = user.scope();
        ProjectQueries.Progress progress = queries.progress(id, project.totalAreaM2(), scope);
        List<ProjectQueries.Week> trend = queries.trend(id, today, scope);
        boolean canManage = user.can(LandClearancePermissions.MANAGE);
        model.addAttribute("project", project);
        model.addAttribute("today", today);
        model.addAttribute("progress", progress);
        model.addAttribute("stages", HouseholdStage.values());
        model.addAttribute("reasons", ObstacleReason.values());
        model.addAttribute("obstacles", queries.obstacles(id, today, scope));
        model.addAttribute("communes", queries.communes(id, today, scope));
        model.addAttribute("recentVisitDays", ProjectQueries.RECENT_VISIT_DAYS);
        model.addAttribute("trend", trend);
        model.addAttribute(
                "trendLabels",
                String.join(
                        ",",
                        trend.stream()
                                .map(w -> w.endsOn().format(java.time.format.DateTimeFormatter.ofPattern("dd/MM")))
                                .toList()));
        model.addAttribute(
                "trendHanded",
                join(trend.stream().map(ProjectQueries.Week::handedOver).toList()));
        model.addAttribute(
                "trendConsented",
                join(trend.stream().map(ProjectQueries.Week::consented).toList()));
        model.addAttribute("schedule", projects.schedule(project));
        model.addAttribute("steps", ClearanceStep.values());
        model.addAttribute("canManage", canManage);
        model.addAttribute("canRecord", user.can(LandClearancePermissions.RECORD));
        model.addAttribute("partial", !scope.isEverything() && !scope.includes(project.path()));
        model.addAttribute("stepForm", new ProjectStepForm(null, null, null, null));
        model.addAttribute("tileUrl", tileUrl);
        model.addAttribute(
                "breadcrumbs",
                Breadcrumb.trail(
                        Breadcrumb.key("lc.overview.title", "/landclearance"), Breadcrumb.text(project.code(), null)));
        return "landclearance/project-show";
    }

    @PostMapping("/{id}/boundary")
    String outline(
            @PathVariable UUID id,
            @RequestParam(name = "file", required = false) @Nullable MultipartFile file,
            RedirectAttributes redirect)
            throws IOException {
        SignedIn.require(LandClearancePermissions.MANAGE);
        projects.get(id);
        if (file == null || file.isEmpty()) {
            Flash.warning(redirect, "lc.project.boundary.chooseFile");
            return "redirect:/landclearance/projects/" + id + "#map";
        }
        if (file.getSize() > ProjectBoundary.MAX_BYTES) {
            Flash.warning(redirect, "lc.project.boundary.tooLarge", ProjectBoundary.MAX_BYTES / (1024 * 1024));
            return "redirect:/landclearance/projects/" + id + "#map";
        }
        try {
            String name = file.getOriginalFilename() == null ? "" : file.getOriginalFilename();
            projects.outline(id, name, file.getBytes());
            Flash.success(redirect, "lc.project.boundary.saved");
        } catch (vn.danvan.shared.web.RuleViolation e) {
            Flash.warning(redirect, e.messageKey(), e.args());
        }
        return "redirect:/landclearance/projects/" + id + "#map";
    }

    @PostMapping("/{id}/steps")
    String recordStep(
            @PathVariable UUID id,
            @Valid @ModelAttribute("stepForm") ProjectStepForm form,
            BindingResult errors,
            RedirectAttributes redirect) {
        SignedIn.require(LandClearancePermissions.MANAGE);
        projects.get(id);
        if (errors.hasErrors()) {
            String message = errors.getAllErrors().get(0).getDefaultMessage();
            Flash.warning(redirect, "lc.project.step.invalid", message == null ? "" : message);
            return "redirect:/landclearance/projects/" + id + "#timeline";
        }
        try {
            projects.recordStep(id, form);
            Flash.success(redirect, "lc.project.step.saved");
        } catch (ProjectRuleViolation e) {
            Flash.warning(redirect, e.messageKey(), e.args());
        }
        return "redirect:/landclearance/projects/" + id + "#timeline";
    }

    /** The boundary and the located households of the user's area, as GeoJSON points with their stage. */
    @GetMapping(value = "/{id}/map.geojson", produces = "application/geo+json")
    ResponseEntity<String> map(@PathVariable UUID id, Locale locale) {
        CurrentUser user = SignedIn.require(LandClearancePermissions.READ);
        Project project = projects.get(id);
        ObjectNode collection = JsonNodeFactory.instance.objectNode();
        collection.put("type", "FeatureCollection");
        ArrayNode features = collection.putArray("features");
        if (project.boundaryGeojson() != null) {
            JsonNode boundary = JSON.readTree(project.boundaryGeojson());
            boundary.path("features").forEach(features::add);
        }
        for (ProjectQueries.Located h : queries.located(id, user.scope(), MAP_HOUSEHOLDS)) {
            ObjectNode feature = features.addObject();
            feature.put("type", "Feature");
            ObjectNode properties = feature.putObject("properties");
            properties.put("kind", "household");
            properties.put("code", h.code());
            properties.put("stage", h.stage().name());
            properties.put(
                    "stageLabel", messages.getMessage("lc.stage." + h.stage().name(), null, locale));
            ObjectNode geometry = feature.putObject("geometry");
            geometry.put("type", "Point");
            geometry.putArray("coordinates").add(h.longitude()).add(h.latitude());
        }
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType("application/geo+json"))
                .body(JSON.writeValueAsString(collection));
    }

    private String form(ProjectForm form, @Nullable Project project, List<OrgUnitView> owners, Model model) {
        CurrentUser user = SignedIn.user();
        UUID owner = form.ownerOrgId() != null
                ? form.ownerOrgId()
                : projects.defaultOwner(owners).orElse(null);
        String province = projects.provinceOf(owner)
                .or(() -> owners.stream().findFirst().flatMap(o -> projects.provinceOf(o.id())))
                .orElse("");
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", form);
        }
        model.addAttribute("project", project);
        model.addAttribute("ownerChoices", owners);
        model.addAttribute("landKinds", LandKind.values());
        model.addAttribute("communeGroups", province.isEmpty() ? List.of() : communeChoices.of(province, user.scope()));
        model.addAttribute("chosen", new ArrayList<>(form.chosenCommunes()));
        List<Breadcrumb> trail = new ArrayList<>();
        trail.add(Breadcrumb.key("lc.overview.title", "/landclearance"));
        if (project != null) {
            trail.add(Breadcrumb.text(project.code(), "/landclearance/projects/" + project.id()));
            trail.add(Breadcrumb.key("lc.project.edit", null));
        } else {
            trail.add(Breadcrumb.key("lc.project.new", null));
        }
        model.addAttribute("breadcrumbs", trail);
        return "landclearance/project-form";
    }

    private static String join(List<Long> values) {
        return String.join(",", values.stream().map(String::valueOf).toList());
    }

    static BigDecimal ha(BigDecimal m2) {
        return m2.divide(BigDecimal.valueOf(10_000), 2, java.math.RoundingMode.HALF_UP);
    }
}
