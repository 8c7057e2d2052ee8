package vn.danvan.meeting.internal;

import jakarta.validation.Valid;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
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
import vn.danvan.meeting.MeetingPermissions;
import vn.danvan.shared.security.SignedIn;
import vn.danvan.shared.web.Breadcrumb;
import vn.danvan.shared.web.Flash;
import vn.danvan.shared.web.RuleViolation;

/**
 * Tổng hợp đề xuất: the board's page for a meeting's proposals — likely duplicates suggested, each accepted or
 * declined with a reason, accepted ones turned into a task of a plan.
 */
@Controller
@RequestMapping("/meetings/{id}/proposals")
class ConsolidationController {

    private final MeetingService service;

    ConsolidationController(MeetingService service) {
        this.service = service;
    }

    @GetMapping
    String show(@PathVariable UUID id, Model model) {
        MeetingService.Consolidation c = service.consolidation(id);
        model.addAttribute("c", c);
        model.addAttribute("m", c.meeting());
        model.addAttribute(
                "breadcrumbs",
                Breadcrumb.trail(
                        Breadcrumb.key("meeting.title", "/meetings"),
                        Breadcrumb.text(c.meeting().title(), "/meetings/" + id),
                        Breadcrumb.key("meeting.consolidation.title", null)));
        return "meeting/proposals";
    }

    @PostMapping("/{proposalId}/accept")
    String accept(@PathVariable UUID id, @PathVariable UUID proposalId, RedirectAttributes redirect) {
        SignedIn.require(MeetingPermissions.MANAGE);
        try {
            service.accept(id, proposalId);
            Flash.success(redirect, "meeting.proposal.accepted");
        } catch (RuleViolation e) {
            Flash.warning(redirect, e.messageKey(), e.args());
        }
        return back(id);
    }

    @PostMapping("/{proposalId}/decline")
    String decline(
            @PathVariable UUID id,
            @PathVariable UUID proposalId,
            @RequestParam(required = false) @Nullable String reason,
            RedirectAttributes redirect) {
        SignedIn.require(MeetingPermissions.MANAGE);
        try {
            service.decline(id, proposalId, reason);
            Flash.success(redirect, "meeting.proposal.declined");
        } catch (RuleViolation e) {
            Flash.warning(redirect, e.messageKey(), e.args());
        }
        return back(id);
    }

    @PostMapping("/task")
    String turnIntoTask(
            @PathVariable UUID id,
            @Valid @ModelAttribute("taskForm") TaskForm form,
            BindingResult errors,
            RedirectAttributes redirect) {
        SignedIn.require(MeetingPermissions.MANAGE);
        if (errors.hasErrors()) {
            service.visible(SignedIn.user().scope(), id);
            String message = errors.getAllErrors().get(0).getDefaultMessage();
            Flash.warning(redirect, "meeting.form.invalid", message == null ? "" : message);
            return back(id);
        }
        try {
            service.turnIntoTask(id, form);
            Flash.success(redirect, "meeting.task.created");
        } catch (RuleViolation e) {
            Flash.warning(redirect, e.messageKey(), e.args());
        }
        return back(id);
    }

    private static String back(UUID id) {
        return "redirect:/meetings/" + id + "/proposals";
    }
}
