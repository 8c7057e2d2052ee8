package vn.danvan.directive.internal;

import jakarta.validation.Valid;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.danvan.directive.DirectivePermissions;
import vn.danvan.organisation.Organisations;
import vn.danvan.shared.security.SignedIn;
import vn.danvan.shared.web.Breadcrumb;
import vn.danvan.shared.web.Flash;

/** An implementation plan with its tasks, and the form that adds a task. */
@Controller
@RequestMapping("/directives/{id}/plans/{planId}")
class PlanController {

    private final DocumentService documents;
    private final TaskService tasks;
    private final Organisations organisations;

    PlanController(DocumentService documents, TaskService tasks, Organisations organisations) {
        this.documents = documents;
        this.tasks = tasks;
        this.organisations = organisations;
    }

    @GetMapping
    String show(@PathVariable UUID id, @PathVariable UUID planId, Model model) {
        DirectiveDocument document = documents.get(id);
        ImplementationPlan plan = documents.plan(id, planId);
        List<Task> planTasks = tasks.ofPlan(planId);
        Set<UUID> orgIds = new HashSet<>();
        orgIds.add(plan.ownerOrgUnitId());
        planTasks.forEach(t -> orgIds.add(t.leadOrgUnitId()));
        model.addAttribute("document", document);
        model.addAttribute("plan", plan);
        model.addAttribute("tasks", planTasks);
        model.addAttribute("names", organisations.names(orgIds));
        model.addAttribute("today", tasks.today());
        model.addAttribute("canManage", SignedIn.user().can(DirectivePermissions.MANAGE) && plan.open());
        model.addAttribute("breadcrumbs", trail(document, plan, false));
        return "directive/plan-show";
    }

    @GetMapping("/tasks/new")
    String taskForm(@PathVariable UUID id, @PathVariable UUID planId, Model model) {
        SignedIn.require(DirectivePermissions.MANAGE);
        return form(id, planId, TaskForm.empty(), model);
    }

    @PostMapping("/tasks")
    String addTask(
            @PathVariable UUID id,
            @PathVariable UUID planId,
            @Valid @ModelAttribute("form") TaskForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        SignedIn.require(DirectivePermissions.MANAGE);
        documents.plan(id, planId);
        if (form.start() != null && form.deadline() != null && form.deadline().isBefore(form.start())) {
            errors.rejectValue("deadline", "directive.error.deadlineBeforeStart");
        }
        if (errors.hasErrors()) {
            return form(id, planId, form, model);
        }
        Task task;
        try {
            task = tasks.add(id, planId, form);
        } catch (DirectiveRuleViolation e) {
            errors.reject(e.messageKey(), e.args(), e.messageKey());
            return form(id, planId, form, model);
        }
        Flash.success(redirect, "directive.task.added", task.title());
        return "redirect:/tasks/" + task.id();
    }

    private String form(UUID id, UUID planId, TaskForm form, Model model) {
        DirectiveDocument document = documents.get(id);
        ImplementationPlan plan = documents.plan(id, planId);
        model.addAttribute("document", document);
        model.addAttribute("plan", plan);
        model.addAttribute("form", form);
        model.addAttribute("orgChoices", organisations.choices(500));
        model.addAttribute("breadcrumbs", trail(document, plan, true));
        return "directive/task-form";
    }

    private static List<Breadcrumb> trail(DirectiveDocument document, ImplementationPlan plan, boolean newTask) {
        Breadcrumb planStep =
                Breadcrumb.text(plan.title(), newTask ? "/directives/" + document.id() + "/plans/" + plan.id() : null);
        return newTask
                ? Breadcrumb.trail(
                        Breadcrumb.key("directive.document.title", "/directives"),
                        Breadcrumb.text(document.numberLine(), "/directives/" + document.id()),
                        planStep,
                        Breadcrumb.key("directive.task.new", null))
                : Breadcrumb.trail(
                        Breadcrumb.key("directive.document.title", "/directives"),
                        Breadcrumb.text(document.numberLine(), "/directives/" + document.id()),
                        planStep);
    }
}
