package vn.danvan.notification.internal;

import java.util.List;
import org.springframework.stereotype.Component;
import vn.danvan.shared.web.ModuleNavigation;
import vn.danvan.shared.web.NavigationItem;

/** Everyone signed in has their notices in the main navigation. */
@Component
class NotificationNavigation implements ModuleNavigation {

    @Override
    public List<NavigationItem> items() {
        return List.of(new NavigationItem("notification.nav", "/notifications", "bell", null, 5));
    }
}
