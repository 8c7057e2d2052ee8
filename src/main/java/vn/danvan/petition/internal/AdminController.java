package vn.danvan.petition.internal;

import java.util.UUID;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.danvan.petition.PetitionPermissions;
import vn.danvan.shared.security.SignedIn;
import vn.danvan.shared.web.Breadcrumb;
import vn.danvan.shared.web.Flash;
import vn.danvan.shared.web.RuleViolation;

/**
 * The petition administration pages (MANAGE): Open311 clients, categories, routing table and time-limit rules. A
 * refused change comes back to the page with the broken rule named; nothing is changed.
 */
@Controller
class AdminController {

    static final String CLIENTS = "/petitions/admin/api-clients";
    static final String CATEGORIES = "/petitions/admin/categories";
    static final String ROUTING = "/petitions/admin/routing";
    static final String RULES = "/petitions/admin/deadline-rules";

    private final AdminService admin;

    AdminController(AdminService admin) {
        this.admin = admin;
    }

    private interface Change {
        void run();
    }

    /** Runs a change and redirects back with its outcome. */
    private static String change(
            BindingResult binding, RedirectAttributes attributes, String back, String successKey, Change change) {
        SignedIn.require(PetitionPermissions.MANAGE);
        if (binding.hasErrors()) {
            Flash.warning(attributes, "pv.admin.invalidInput");
            return "redirect:" + back;
        }
        try {
            change.run();
            Flash.success(attributes, successKey);
        } catch (RuleViolation e) {
            Flash.warning(attributes, e.messageKey(), e.args());
        }
        return "redirect:" + back;
    }

    private static void page(Model model, String titleKey) {
        model.addAttribute(
                "breadcrumbs",
                Breadcrumb.trail(
                        Breadcrumb.key("pv.dashboard.title", "/petitions/dashboard"), Breadcrumb.key(titleKey, null)));
    }

    @GetMapping(CLIENTS)
    String clients(Model model) {
        model.addAttribute("clients", admin.apiClients());
        page(model, "pv.admin.clients.title");
        return "petition/admin-api-clients";
    }

    /** Shows the new key on the answer itself, once; it is not kept anywhere but as a hash. */
    @PostMapping(CLIENTS)
    String createClient(
            @ModelAttribute AdminForms.ApiClientForm form,
            BindingResult binding,
            Model model,
            RedirectAttributes attributes) {
        SignedIn.require(PetitionPermissions.MANAGE);
        try {
            String key = admin.createApiClient(form);
            model.addAttribute("newKey", key);
            model.addAttribute("newName", form.name());
            return clients(model);
        } catch (RuleViolation e) {
            Flash.warning(attributes, e.messageKey(), e.args());
            return "redirect:" + CLIENTS;
        }
    }

    @PostMapping(CLIENTS + "/{id}/deactivate")
    String deactivateClient(@PathVariable UUID id, RedirectAttributes attributes) {
        SignedIn.require(PetitionPermissions.MANAGE);
        admin.deactivateApiClient(id);
        Flash.success(attributes, "pv.admin.clients.deactivated");
        return "redirect:" + CLIENTS;
    }

    @GetMapping(CATEGORIES)
    String categories(Model model) {
        model.addAttribute("categories", admin.categories());
        page(model, "pv.admin.categories.title");
        return "petition/admin-categories";
    }

    @PostMapping(CATEGORIES)
    String createCategory(
            @ModelAttribute AdminForms.CategoryForm form, BindingResult binding, RedirectAttributes attributes) {
        return change(binding, attributes, CATEGORIES, "pv.admin.categories.created", () -> admin.createCategory(form));
    }

    @PostMapping(CATEGORIES + "/{id}")
    String updateCategory(
            @PathVariable UUID id,
            @ModelAttribute AdminForms.CategoryForm form,
            BindingResult binding,
            RedirectAttributes attributes) {
        SignedIn.require(PetitionPermissions.MANAGE);
        if (admin.categories().stream().noneMatch(c -> c.id().equals(id))) {
            throw new vn.danvan.shared.web.RecordNotFound("pt_category", id);
        }
        return change(
                binding, attributes, CATEGORIES, "pv.admin.categories.updated", () -> admin.updateCategory(id, form));
    }

    @GetMapping(ROUTING)
    String routing(Model model) {
        model.addAttribute("rows", admin.routing());
        model.addAttribute("categories", admin.categories());
        model.addAttribute("organisations", admin.organisationChoices());
        model.addAttribute("kinds", DashboardController.KINDS);
        page(model, "pv.admin.routing.title");
        return "petition/admin-routing";
    }

    @PostMapping(ROUTING)
    String addRouting(
            @ModelAttribute AdminForms.RoutingForm form, BindingResult binding, RedirectAttributes attributes) {
        return change(binding, attributes, ROUTING, "pv.admin.routing.added", () -> admin.addRouting(form));
    }

    @PostMapping(ROUTING + "/{id}/delete")
    String removeRouting(@PathVariable UUID id, RedirectAttributes attributes) {
        SignedIn.require(PetitionPermissions.MANAGE);
        admin.removeRouting(id);
        Flash.success(attributes, "pv.admin.routing.removed");
        return "redirect:" + ROUTING;
    }

    @GetMapping(RULES)
    String rules(Model model) {
        model.addAttribute("rules", admin.rules());
        model.addAttribute("kinds", DashboardController.KINDS);
        model.addAttribute("steps", AdminService.RULE_STEPS);
        model.addAttribute("dayKinds", AdminService.DAY_KINDS);
        page(model, "pv.admin.rules.title");
        return "petition/admin-rules";
    }

    @PostMapping(RULES)
    String addRule(@ModelAttribute AdminForms.RuleForm form, BindingResult binding, RedirectAttributes attributes) {
        return change(binding, attributes, RULES, "pv.admin.rules.added", () -> admin.addRule(form));
    }

    @PostMapping(RULES + "/{id}/end")
    String endRule(
            @PathVariable UUID id,
            @ModelAttribute AdminForms.EndRuleForm form,
            BindingResult binding,
            RedirectAttributes attributes) {
        SignedIn.require(PetitionPermissions.MANAGE);
        if (admin.rules().stream().noneMatch(r -> r.id().equals(id))) {
            throw new vn.danvan.shared.web.RecordNotFound("pt_deadline_rule", id);
        }
        return change(binding, attributes, RULES, "pv.admin.rules.ended", () -> admin.endRule(id, form));
    }
}
