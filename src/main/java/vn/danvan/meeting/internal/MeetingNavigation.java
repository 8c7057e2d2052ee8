package vn.danvan.meeting.internal;

import java.util.List;
import org.springframework.stereotype.Component;
import vn.danvan.meeting.MeetingPermissions;
import vn.danvan.shared.web.ModuleNavigation;
import vn.danvan.shared.web.NavigationItem;

/** The meeting module's entry in the main navigation: "Hội nghị, tọa đàm". */
@Component
class MeetingNavigation implements ModuleNavigation {

    @Override
    public List<NavigationItem> items() {
        return List.of(new NavigationItem("meeting.nav.meetings", "/meetings", "people", MeetingPermissions.READ, 50));
    }
}
