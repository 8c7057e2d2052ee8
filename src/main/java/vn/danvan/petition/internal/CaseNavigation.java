package vn.danvan.petition.internal;

import java.util.List;
import org.springframework.stereotype.Component;
import vn.danvan.petition.PetitionPermissions;
import vn.danvan.shared.web.ModuleNavigation;
import vn.danvan.shared.web.NavigationItem;

/** The petition register's entry in the main navigation. */
@Component
class CaseNavigation implements ModuleNavigation {

    @Override
    public List<NavigationItem> items() {
        return List.of(
                new NavigationItem("pt.nav.register", "/petitions", "envelope-paper", PetitionPermissions.READ, 45));
    }
}
