package vn.danvan.landclearance.internal;

import jakarta.validation.Valid;
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
import vn.danvan.landclearance.LandClearancePermissions;
import vn.danvan.shared.security.SignedIn;
import vn.danvan.shared.web.Breadcrumb;
import vn.danvan.shared.web.Flash;
import vn.danvan.shared.web.RuleViolation;

/** Obstacles of a household: record one, resolve it, escalate it to the province, and the province's answer. */
@Controller
@RequestMapping("/landclearance")
class ObstacleController {

    private final ObstacleService obstacles;
    private final HouseholdService households;

    ObstacleController(ObstacleService obstacles, HouseholdService households) {
        this.obstacles = obstacles;
        this.households = households;
    }

    @GetMapping("/households/{id}/obstacles/new")
    String newForm(@PathVariable UUID id, Model model) {
        Household household = households.getForChange(id);
        return form(household, new ObstacleForm(null, null, households.today()), model);
    }

    @PostMapping("/households/{id}/obstacles")
    String record(
            @PathVariable UUID id,
            @Valid @ModelAttribute("form") ObstacleForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        Household household = households.getForChange(id);
        if (errors.hasErrors()) {
            return form(household, form, model);
        }
        try {
            obstacles.record(id, form);
        } catch (RuleViolation e) {
            errors.reject(e.messageKey(), e.args(), e.messageKey());
            return form(household, form, model);
        }
        Flash.success(redirect, "lc.obstacle.recorded");
        return "redirect:/landclearance/households/" + id;
    }

    @PostMapping("/obstacles/{id}/resolution")
    String resolve(
            @PathVariable UUID id,
            @ModelAttribute ObstacleResolutionForm form,
            BindingResult errors,
            RedirectAttributes redirect) {
        SignedIn.require(LandClearancePermissions.RECORD);
        return act(id, errors, redirect, "lc.obstacle.resolved", () -> obstacles.resolve(id, form));
    }

    @PostMapping("/obstacles/{id}/escalation")
    String escalate(
            @PathVariable UUID id,
            @ModelAttribute EscalationForm form,
            BindingResult errors,
            RedirectAttributes redirect) {
        SignedIn.require(LandClearancePermissions.RECORD);
        return act(id, errors, redirect, "lc.obstacle.escalated", () -> obstacles.escalate(id, form));
    }

    @PostMapping("/obstacles/{id}/answer")
    String answer(
            @PathVariable UUID id,
            @ModelAttribute EscalationAnswerForm form,
            BindingResult errors,
            RedirectAttributes redirect) {
        SignedIn.require(LandClearancePermissions.MANAGE);
        return act(id, errors, redirect, "lc.obstacle.answered", () -> obstacles.answer(id, form));
    }

    private String act(
            UUID id,
            BindingResult errors,
            RedirectAttributes redirect,
            String done,
            java.util.function.Supplier<Obstacle> action) {
        if (errors.hasErrors()) {
            // Bad input (a date that is not a date): answer for the obstacle only if the user may see it.
            Obstacle obstacle = obstacles.visibleForUser(id);
            Flash.warning(redirect, "lc.household.error.badInput");
            return "redirect:/landclearance/households/" + obstacle.householdId();
        }
        Obstacle obstacle;
        try {
            obstacle = action.get();
        } catch (RuleViolation e) {
            Obstacle unchanged = obstacles.visibleForUser(id);
            Flash.warning(redirect, e.messageKey(), e.args());
            return "redirect:/landclearance/households/" + unchanged.householdId();
        }
        Flash.success(redirect, done);
        return "redirect:/landclearance/households/" + obstacle.householdId();
    }

    private String form(Household household, ObstacleForm form, Model model) {
        model.addAttribute("household", household);
        HouseholdForms.show(model, form);
        model.addAttribute("reasons", ObstacleReason.values());
        model.addAttribute(
                "breadcrumbs",
                Breadcrumb.trail(
                        Breadcrumb.text(
                                household.code() + " · " + household.headName(),
                                "/landclearance/households/" + household.id()),
                        Breadcrumb.key("lc.obstacle.new", null)));
        return "landclearance/obstacle-form";
    }
}
