package vn.danvan.petition.internal;

import java.util.List;
import org.springframework.stereotype.Component;
import vn.danvan.petition.PetitionPermissions;
import vn.danvan.shared.web.ModuleNavigation;
import vn.danvan.shared.web.NavigationItem;

/** The petition dashboard and administration entries of the main navigation. */
@Component
class DashboardNavigation implements ModuleNavigation {

    @Override
    public List<NavigationItem> items() {
        return List.of(
                new NavigationItem(
                        "pv.nav.dashboard", "/petitions/dashboard", "speedometer2", PetitionPermissions.READ, 71),
                new NavigationItem(
                        "pv.nav.admin", "/petitions/admin/deadline-rules", "sliders", PetitionPermissions.MANAGE, 72));
    }
}
