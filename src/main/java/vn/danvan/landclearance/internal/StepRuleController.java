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
import vn.danvan.shared.security.CurrentUser;
import vn.danvan.shared.security.SignedIn;
import vn.danvan.shared.web.Breadcrumb;
import vn.danvan.shared.web.Flash;

/** The time-limit rules: everyone who reads projects sees them; the board adds rules and ends their periods. */
@Controller
@RequestMapping("/landclearance/rules")
class StepRuleController {

    private final StepRuleService rules;

    StepRuleController(StepRuleService rules) {
        this.rules = rules;
    }

    @GetMapping
    String list(Model model) {
        SignedIn.require(LandClearancePermissions.READ);
        return page(StepRuleForm.empty(), model);
    }

    @PostMapping
    String add(
            @Valid @ModelAttribute("form") StepRuleForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        SignedIn.require(LandClearancePermissions.MANAGE);
        if (errors.hasErrors()) {
            return page(form, model);
        }
        try {
            rules.add(form);
        } catch (ProjectRuleViolation e) {
            errors.reject(e.messageKey(), e.args(), e.messageKey());
            return page(form, model);
        }
        Flash.success(redirect, "lc.rule.added");
        return "redirect:/landclearance/rules";
    }

    @PostMapping("/{ruleId}/end")
    String end(
            @PathVariable UUID ruleId,
            @Valid @ModelAttribute("endForm") StepRuleEndForm form,
            BindingResult errors,
            RedirectAttributes redirect) {
        SignedIn.require(LandClearancePermissions.MANAGE);
        rules.find(ruleId);
        if (errors.hasErrors()) {
            String message = errors.getAllErrors().get(0).getDefaultMessage();
            Flash.warning(redirect, "lc.rule.invalid", message == null ? "" : message);
            return "redirect:/landclearance/rules#rule-" + ruleId;
        }
        try {
            rules.end(ruleId, form.effectiveTo());
            Flash.success(redirect, "lc.rule.ended");
        } catch (ProjectRuleViolation e) {
            Flash.warning(redirect, e.messageKey(), e.args());
        }
        return "redirect:/landclearance/rules#rule-" + ruleId;
    }

    private String page(StepRuleForm form, Model model) {
        CurrentUser user = SignedIn.user();
        model.addAttribute("rules", rules.all());
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", form);
        }
        model.addAttribute("steps", ClearanceStep.values());
        model.addAttribute("relations", StepRule.Relation.values());
        model.addAttribute("landKinds", LandKind.values());
        model.addAttribute("canManage", user.can(LandClearancePermissions.MANAGE));
        model.addAttribute(
                "breadcrumbs",
                Breadcrumb.trail(
                        Breadcrumb.key("lc.overview.title", "/landclearance"), Breadcrumb.key("lc.rule.title", null)));
        return "landclearance/rules";
    }
}
