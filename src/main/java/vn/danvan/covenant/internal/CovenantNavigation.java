package vn.danvan.covenant.internal;

import java.util.List;
import org.springframework.stereotype.Component;
import vn.danvan.covenant.CovenantPermissions;
import vn.danvan.shared.web.ModuleNavigation;
import vn.danvan.shared.web.NavigationItem;

/** The covenant module's entry in the main navigation: "Giao ước thi đua". */
@Component
class CovenantNavigation implements ModuleNavigation {

    @Override
    public List<NavigationItem> items() {
        return List.of(new NavigationItem("cv.nav", "/covenants", "trophy", CovenantPermissions.READ, 70));
    }
}
