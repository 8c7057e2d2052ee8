package vn.danvan.organisation.internal.account;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import vn.danvan.organisation.internal.demo.DemoAccounts;
import vn.danvan.shared.security.CurrentUser;

/** The sign-in page; while demo mode is on it lists the demo accounts. */
@Controller
class LoginController {

    private final DemoAccounts demo;

    LoginController(DemoAccounts demo) {
        this.demo = demo;
    }

    @GetMapping("/login")
    String login(Model model) {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth != null && auth.getPrincipal() instanceof CurrentUser) {
            return "redirect:/";
        }
        model.addAttribute("demoAccounts", demo.listed());
        return "organisation/login";
    }
}
