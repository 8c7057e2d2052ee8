package vn.danvan.organisation.internal.account;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.time.ZoneId;
import java.util.UUID;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.authentication.logout.SecurityContextLogoutHandler;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.danvan.organisation.internal.org.OrganisationRuleViolation;
import vn.danvan.shared.security.CurrentUser;
import vn.danvan.shared.security.SignedIn;
import vn.danvan.shared.web.Breadcrumb;
import vn.danvan.shared.web.Flash;

/** The signed-in user's own account: profile, password, access tokens, sessions. */
@Controller
@RequestMapping("/account")
class AccountController {

    private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

    private final AccountService accounts;
    private final SecurityContextRepository contexts = new HttpSessionSecurityContextRepository();

    AccountController(AccountService accounts) {
        this.accounts = accounts;
    }

    @GetMapping
    String profile(Model model) {
        model.addAttribute("account", accounts.mine());
        model.addAttribute("me", SignedIn.user());
        model.addAttribute("tokens", accounts.myTokens());
        if (!model.containsAttribute("tokenForm")) {
            model.addAttribute("tokenForm", new TokenForm(null, null));
        }
        model.addAttribute("breadcrumbs", Breadcrumb.trail(Breadcrumb.key("organisation.account.title", null)));
        return "organisation/account";
    }

    @GetMapping("/password")
    String passwordForm(Model model) {
        model.addAttribute("form", new PasswordForm(null, null, null));
        return passwordPage(model);
    }

    @PostMapping("/password")
    String changePassword(
            @Valid @ModelAttribute("form") PasswordForm form,
            BindingResult errors,
            Model model,
            HttpServletRequest request,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        if (errors.hasErrors()) {
            return passwordPage(model);
        }
        try {
            accounts.changeOwnPassword(form.current(), form.replacement());
        } catch (OrganisationRuleViolation e) {
            errors.reject(e.messageKey(), e.args(), e.messageKey());
            return passwordPage(model);
        }
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        CurrentUser updated = SignedIn.user().withPasswordChanged();
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(updated, null, auth.getAuthorities()));
        SecurityContextHolder.setContext(context);
        contexts.saveContext(context, request, response);
        Flash.success(redirect, "organisation.account.passwordChanged");
        return "redirect:/account";
    }

    @PostMapping("/tokens")
    String createToken(
            @Valid @ModelAttribute("tokenForm") TokenForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        if (!errors.hasErrors()) {
            try {
                AccessToken.Issued issued = accounts.createToken(
                        form.name(),
                        form.expires() == null
                                ? null
                                : form.expires()
                                        .plusDays(1)
                                        .atStartOfDay(VIETNAM)
                                        .toInstant());
                redirect.addFlashAttribute("newToken", issued.secret());
                Flash.success(
                        redirect,
                        "organisation.account.tokenCreated",
                        issued.token().name());
                return "redirect:/account";
            } catch (OrganisationRuleViolation e) {
                errors.reject(e.messageKey(), e.args(), e.messageKey());
            }
        }
        return profile(model);
    }

    @PostMapping("/tokens/{id}/revoke")
    String revokeToken(@PathVariable UUID id, RedirectAttributes redirect) {
        accounts.revokeToken(id);
        Flash.success(redirect, "organisation.account.tokenRevoked");
        return "redirect:/account";
    }

    @PostMapping("/sessions/end-all")
    String signOutEverywhere(HttpServletRequest request, HttpServletResponse response) {
        accounts.signOutEverywhere();
        new SecurityContextLogoutHandler()
                .logout(request, response, SecurityContextHolder.getContext().getAuthentication());
        return "redirect:/login?signedOutEverywhere";
    }

    private String passwordPage(Model model) {
        model.addAttribute("forced", SignedIn.user().mustChangePassword());
        model.addAttribute(
                "breadcrumbs",
                Breadcrumb.trail(
                        Breadcrumb.key("organisation.account.title", "/account"),
                        Breadcrumb.key("organisation.account.changePassword", null)));
        return "organisation/password";
    }
}
