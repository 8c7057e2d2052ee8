package vn.danvan.calendar.internal;

import java.util.List;
import org.springframework.stereotype.Component;
import vn.danvan.shared.web.ModuleNavigation;
import vn.danvan.shared.web.NavigationItem;

/** The calendar's entry in the main navigation: everyone signed in may read it. */
@Component
class CalendarNavigation implements ModuleNavigation {

    @Override
    public List<NavigationItem> items() {
        return List.of(new NavigationItem("cal.nav", "/calendar", "calendar3", null, 800));
    }
}
