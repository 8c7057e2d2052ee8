package vn.danvan.notification.internal;

import java.util.List;
import java.util.Locale;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.danvan.shared.security.CurrentUser;

/** {@code GET /api/v1/notifications}: the caller's own notices, newest first, with the number still unread. */
@RestController
class NotificationApiController {

    private final NotificationService notifications;

    NotificationApiController(NotificationService notifications) {
        this.notifications = notifications;
    }

    @GetMapping("/api/v1/notifications")
    NoticePage list(
            @AuthenticationPrincipal CurrentUser user, @RequestParam(defaultValue = "0") int page, Locale locale) {
        var result = notifications.page(user, page, locale);
        return new NoticePage(
                notifications.unread(user),
                result.getContent(),
                result.getNumber(),
                result.getSize(),
                result.getTotalElements());
    }

    /** A page of notices and the caller's unread count. */
    record NoticePage(long unread, List<NoticeView> items, int page, int size, long total) {}
}
