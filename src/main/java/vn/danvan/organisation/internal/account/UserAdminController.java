package vn.danvan.organisation.internal.account;

import jakarta.validation.Valid;
import java.util.Map;
import java.util.Optional;
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
import org.springframework.web.util.UriComponentsBuilder;
import vn.danvan.organisation.OrganisationPermissions;
import vn.danvan.organisation.Role;
import vn.danvan.organisation.internal.org.OrgUnitService;
import vn.danvan.organisation.internal.org.OrganisationRuleViolation;
import vn.danvan.organisation.internal.people.PersonService;
import vn.danvan.shared.security.SignedIn;
import vn.danvan.shared.web.Breadcrumb;
import vn.danvan.shared.web.Flash;
import vn.danvan.shared.web.PageView;
import vn.danvan.shared.web.Paging;

/** The administrator's pages for accounts and roles. */
@Controller
@RequestMapping("/admin/users")
class UserAdminController {

    static final Map<String, String> SORTS =
            Map.of("username", "username", "created", "createdAt", "lastSignIn", "lastSignInAt");

    private final AccountService accounts;
    private final PersonService people;
    private final OrgUnitService organisations;

    UserAdminController(AccountService accounts, PersonService people, OrgUnitService organisations) {
        this.accounts = accounts;
        this.people = people;
        this.organisations = organisations;
    }

    @GetMapping
    String list(
            @RequestParam(required = false) @Nullable String q,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "username,asc") String sort,
            Model model) {
        var result = accounts.search(q, Paging.request(page, sort, SORTS, "username"));
        String base = UriComponentsBuilder.fromPath("/admin/users")
                .queryParamIfPresent("q", Optional.ofNullable(q).filter(s -> !s.isBlank()))
                .build()
                .toUriString();
        model.addAttribute("page", PageView.of(result, base, SORTS));
        model.addAttribute("q", q);
        model.addAttribute("breadcrumbs", Breadcrumb.trail(Breadcrumb.key("organisation.users.title", null)));
        return "organisation/user-list";
    }

    @GetMapping("/new")
    String createForm(@RequestParam(required = false) @Nullable UUID person, Model model) {
        SignedIn.require(OrganisationPermissions.USERS_MANAGE);
        return form(new NewAccountForm(person, null, null, null), model);
    }

    @PostMapping
    String create(
            @Valid @ModelAttribute("form") NewAccountForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        SignedIn.require(OrganisationPermissions.USERS_MANAGE);
        if (errors.hasErrors()) {
            return form(form, model);
        }
        try {
            AccountService.Created created = accounts.create(form);
            redirect.addFlashAttribute("temporaryPassword", created.temporaryPassword());
            Flash.success(
                    redirect, "organisation.users.created", created.account().username());
            return "redirect:/admin/users/" + created.account().id();
        } catch (OrganisationRuleViolation e) {
            errors.reject(e.messageKey(), e.args(), e.messageKey());
            return form(form, model);
        }
    }

    @GetMapping("/{id}")
    String show(@PathVariable UUID id, Model model) {
        UserAccount account = accounts.get(id);
        model.addAttribute("account", account);
        model.addAttribute("person", people.findVisible(account.personId()).orElse(null));
        model.addAttribute("orgChoices", organisations.choices(500));
        model.addAttribute("roles", Role.values());
        model.addAttribute("orgNames", orgNames(account));
        if (!model.containsAttribute("grantForm")) {
            model.addAttribute("grantForm", new GrantForm(null, null));
        }
        model.addAttribute(
                "breadcrumbs",
                Breadcrumb.trail(
                        Breadcrumb.key("organisation.users.title", "/admin/users"),
                        Breadcrumb.text(account.username(), null)));
        return "organisation/user-show";
    }

    @PostMapping("/{id}/grants")
    String grant(
            @PathVariable UUID id,
            @Valid @ModelAttribute("grantForm") GrantForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        accounts.get(id);
        if (!errors.hasErrors()) {
            try {
                accounts.grant(id, form.role(), form.orgUnitId());
                Flash.success(redirect, "organisation.users.granted");
                return "redirect:/admin/users/" + id;
            } catch (OrganisationRuleViolation e) {
                errors.reject(e.messageKey(), e.args(), e.messageKey());
            }
        }
        return show(id, model);
    }

    @PostMapping("/{id}/grants/{grantId}/revoke")
    String revoke(@PathVariable UUID id, @PathVariable UUID grantId, RedirectAttributes redirect) {
        try {
            accounts.revoke(id, grantId);
            Flash.success(redirect, "organisation.users.revoked");
        } catch (OrganisationRuleViolation e) {
            Flash.warning(redirect, e.messageKey(), e.args());
        }
        return "redirect:/admin/users/" + id;
    }

    @PostMapping("/{id}/reset-password")
    String resetPassword(@PathVariable UUID id, RedirectAttributes redirect) {
        redirect.addFlashAttribute("temporaryPassword", accounts.resetPassword(id));
        Flash.success(redirect, "organisation.users.passwordReset");
        return "redirect:/admin/users/" + id;
    }

    @PostMapping("/{id}/disable")
    String disable(@PathVariable UUID id, RedirectAttributes redirect) {
        try {
            accounts.setEnabled(id, false);
            Flash.success(redirect, "organisation.users.disabled");
        } catch (OrganisationRuleViolation e) {
            Flash.warning(redirect, e.messageKey(), e.args());
        }
        return "redirect:/admin/users/" + id;
    }

    @PostMapping("/{id}/enable")
    String enable(@PathVariable UUID id, RedirectAttributes redirect) {
        accounts.setEnabled(id, true);
        Flash.success(redirect, "organisation.users.enabled");
        return "redirect:/admin/users/" + id;
    }

    private Map<UUID, String> orgNames(UserAccount account) {
        Map<UUID, String> names = new java.util.HashMap<>();
        for (RoleGrant g : account.grants()) {
            organisations.findVisible(g.orgUnitId()).ifPresent(o -> names.put(o.id(), o.name()));
        }
        return names;
    }

    private String form(NewAccountForm form, Model model) {
        model.addAttribute("form", form);
        model.addAttribute(
                "person",
                form.personId() == null
                        ? null
                        : people.findVisible(form.personId()).orElse(null));
        model.addAttribute("orgChoices", organisations.choices(500));
        model.addAttribute("roles", Role.values());
        model.addAttribute(
                "breadcrumbs",
                Breadcrumb.trail(
                        Breadcrumb.key("organisation.users.title", "/admin/users"),
                        Breadcrumb.key("organisation.users.new", null)));
        return "organisation/user-form";
    }
}
