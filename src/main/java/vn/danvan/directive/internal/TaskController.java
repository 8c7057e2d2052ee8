package vn.danvan.directive.internal;

import jakarta.validation.Valid;
import java.io.IOException;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
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
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;
import vn.danvan.directive.DirectivePermissions;
import vn.danvan.directive.TaskOrigin;
import vn.danvan.directive.TaskStatus;
import vn.danvan.organisation.OrgUnitKind;
import vn.danvan.organisation.OrgUnitView;
import vn.danvan.organisation.Organisations;
import vn.danvan.shared.security.CurrentUser;
import vn.danvan.shared.security.SignedIn;
import vn.danvan.shared.web.Breadcrumb;
import vn.danvan.shared.web.Flash;
import vn.danvan.shared.web.PageView;
import vn.danvan.shared.web.Paging;
import vn.danvan.shared.web.RuleViolation;

/** Tasks: the filtered list, a task with its progress, reporting progress, splitting into sub-tasks. */
@Controller
@RequestMapping("/tasks")
class TaskController {

    static final Map<String, String> SORTS =
            Map.of("deadline", "deadline", "title", "title", "percent", "percentComplete", "start", "startOn");

    private final TaskService tasks;
    private final DocumentService documents;
    private final Organisations organisations;

    TaskController(TaskService tasks, DocumentService documents, Organisations organisations) {
        this.tasks = tasks;
        this.documents = documents;
        this.organisations = organisations;
    }

    @GetMapping
    String list(
            @RequestParam(required = false) @Nullable String q,
            @RequestParam(required = false) @Nullable TaskStatus status,
            @RequestParam(required = false) @Nullable UUID document,
            @RequestParam(required = false) @Nullable UUID lead,
            @RequestParam(required = false) @DateTimeFormat(pattern = "dd/MM/yyyy") @Nullable LocalDate dueBefore,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "deadline,asc") String sort,
            Model model) {
        TaskFilter filter = new TaskFilter(q, status, document, lead, dueBefore);
        Page<Task> result = tasks.search(filter, Paging.request(page, sort, SORTS, "deadline"));
        String base = UriComponentsBuilder.fromPath("/tasks")
                .queryParamIfPresent("q", Optional.ofNullable(q).filter(s -> !s.isBlank()))
                .queryParamIfPresent("status", Optional.ofNullable(status))
                .queryParamIfPresent("document", Optional.ofNullable(document))
                .queryParamIfPresent("lead", Optional.ofNullable(lead))
                .queryParamIfPresent(
                        "dueBefore",
                        Optional.ofNullable(dueBefore)
                                .map(d -> d.format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy"))))
                .build()
                .toUriString();
        model.addAttribute("page", PageView.of(result, base, SORTS));
        model.addAttribute("filter", filter);
        model.addAttribute("statuses", TaskStatus.values());
        model.addAttribute("documentChoices", documents.choices(200));
        model.addAttribute(
                "names",
                organisations.names(
                        result.getContent().stream().map(Task::leadOrgUnitId).toList()));
        model.addAttribute(
                "leadName",
                lead == null ? null : organisations.names(List.of(lead)).get(lead));
        model.addAttribute("today", tasks.today());
        model.addAttribute("breadcrumbs", Breadcrumb.trail(Breadcrumb.key("directive.task.title", null)));
        return "directive/task-list";
    }

    @GetMapping("/{taskId}")
    String show(@PathVariable UUID taskId, Model model) {
        Task task = tasks.get(taskId);
        DirectiveDocument document = documents.get(task.documentId());
        ImplementationPlan plan = documents.plan(task.documentId(), task.planId());
        List<Task> subTasks = tasks.subTasks(taskId);
        Task parent = tasks.visibleOrNull(task.parentTaskId());
        Set<UUID> orgIds = new HashSet<>(task.coordinatingOrgUnitIds());
        orgIds.add(task.leadOrgUnitId());
        subTasks.forEach(t -> orgIds.add(t.leadOrgUnitId()));
        List<ProgressReport> reports = tasks.progressOf(task);
        CurrentUser user = SignedIn.user();
        boolean canManage = user.can(DirectivePermissions.MANAGE);
        model.addAttribute("task", task);
        model.addAttribute("document", document);
        model.addAttribute("plan", plan);
        model.addAttribute("parent", parent);
        model.addAttribute("subTasks", subTasks);
        model.addAttribute("names", organisations.names(orgIds));
        model.addAttribute("reports", reports);
        model.addAttribute("evidence", tasks.evidenceOf(reports));
        model.addAttribute("today", tasks.today());
        model.addAttribute("origin", task.origin());
        model.addAttribute("originLink", originLink(task.origin()));
        model.addAttribute("canReport", user.can(DirectivePermissions.REPORT) && task.completedOn() == null);
        model.addAttribute("acceptsFiles", tasks.acceptsEvidence());
        model.addAttribute("canSplit", canManage && plan.open());
        if (canManage && plan.open()) {
            model.addAttribute("subUnitChoices", subUnitChoices(task));
        }
        if (!model.containsAttribute("progressForm")) {
            model.addAttribute("progressForm", ProgressForm.empty());
        }
        model.addAttribute("subTaskForm", new SubTaskForm(List.of(), null));
        model.addAttribute(
                "breadcrumbs",
                Breadcrumb.trail(
                        Breadcrumb.key("directive.task.title", "/tasks"), Breadcrumb.text(task.title(), null)));
        return "directive/task-show";
    }

    @PostMapping("/{taskId}/progress")
    String report(
            @PathVariable UUID taskId,
            @Valid @ModelAttribute("progressForm") ProgressForm form,
            BindingResult errors,
            @RequestParam(name = "evidence", required = false) @Nullable MultipartFile evidence,
            Model model,
            RedirectAttributes redirect)
            throws IOException {
        SignedIn.require(DirectivePermissions.REPORT);
        tasks.get(taskId);
        if (errors.hasErrors()) {
            model.addAttribute("progressErrors", true);
            return show(taskId, model);
        }
        try {
            TaskService.Evidence file = evidence == null || evidence.isEmpty()
                    ? null
                    : new TaskService.Evidence(
                            evidence.getOriginalFilename() == null ? "evidence" : evidence.getOriginalFilename(),
                            evidence.getInputStream());
            tasks.report(taskId, form, file);
            Flash.success(redirect, form.done() ? "directive.progress.completed" : "directive.progress.saved");
        } catch (RuleViolation e) {
            Flash.warning(redirect, e.messageKey(), e.args());
        }
        return "redirect:/tasks/" + taskId;
    }

    @PostMapping("/{taskId}/subtasks")
    String split(
            @PathVariable UUID taskId,
            @Valid @ModelAttribute("subTaskForm") SubTaskForm form,
            BindingResult errors,
            RedirectAttributes redirect) {
        SignedIn.require(DirectivePermissions.MANAGE);
        tasks.get(taskId);
        if (errors.hasErrors()) {
            Flash.warning(redirect, "directive.validation.subUnits");
            return "redirect:/tasks/" + taskId;
        }
        try {
            List<Task> created = tasks.split(taskId, form);
            Flash.success(redirect, "directive.task.splitDone", created.size());
        } catch (DirectiveRuleViolation e) {
            Flash.warning(redirect, e.messageKey(), e.args());
        }
        return "redirect:/tasks/" + taskId;
    }

    /** Lower units a task can be split to: the communes' Party committees and Fronts below the lead's area. */
    private List<OrgUnitView> subUnitChoices(Task task) {
        List<OrgUnitView> choices = new java.util.ArrayList<>();
        choices.addAll(organisations.ofKindBelow(OrgUnitKind.PARTY_COMMITTEE, task.path()));
        choices.addAll(organisations.ofKindBelow(OrgUnitKind.FATHERLAND_FRONT, task.path()));
        choices.removeIf(o -> o.path().equals(task.path()));
        return choices;
    }

    static @Nullable String originLink(@Nullable TaskOrigin origin) {
        if (origin == null) {
            return null;
        }
        return "meeting".equals(origin.module()) ? "/meetings/" + origin.parentRecordId() : null;
    }
}
