package vn.danvan.notification.internal;

import java.util.Locale;
import java.util.UUID;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.danvan.shared.security.CurrentUser;
import vn.danvan.shared.web.Breadcrumb;
import vn.danvan.shared.web.Flash;
import vn.danvan.shared.web.PageView;

/** The signed-in user's own notices: the list, and marking them read. */
@Controller
@RequestMapping("/notifications")
class NotificationController {

    private final NotificationService notifications;

    NotificationController(NotificationService notifications) {
        this.notifications = notifications;
    }

    @GetMapping
    String list(
            @AuthenticationPrincipal CurrentUser user,
            @RequestParam(defaultValue = "0") int page,
            Locale locale,
            Model model) {
        model.addAttribute("page", PageView.of(notifications.page(user, page, locale), "/notifications"));
        model.addAttribute("unread", notifications.unread(user));
        model.addAttribute("breadcrumbs", Breadcrumb.trail(Breadcrumb.key("notification.nav", null)));
        return "notification/list";
    }

    /** Marks a notice read; with {@code open}, goes on to the page the notice is about. */
    @PostMapping("/{id}/read")
    String read(
            @AuthenticationPrincipal CurrentUser user,
            @PathVariable UUID id,
            @RequestParam(defaultValue = "false") boolean open) {
        StoredNotice notice = notifications.markRead(user, id);
        if (open && notice.link() != null && NotificationService.isApplicationPath(notice.link())) {
            return "redirect:" + notice.link();
        }
        return "redirect:/notifications";
    }

    @PostMapping("/read-all")
    String readAll(@AuthenticationPrincipal CurrentUser user, RedirectAttributes redirect) {
        int count = notifications.markAllRead(user);
        Flash.success(redirect, "notification.flash.allRead", count);
        return "redirect:/notifications";
    }
}
