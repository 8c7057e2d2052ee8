package vn.danvan.landclearance.internal;

import java.util.List;
import org.springframework.stereotype.Component;
import vn.danvan.landclearance.LandClearancePermissions;
import vn.danvan.shared.web.ModuleNavigation;
import vn.danvan.shared.web.NavigationItem;

/** The land-clearance module's entry in the main navigation: the province page of key projects. */
@Component
class LandClearanceNavigation implements ModuleNavigation {

    @Override
    public List<NavigationItem> items() {
        return List.of(
                new NavigationItem("lc.nav.landClearance", "/landclearance", "map", LandClearancePermissions.READ, 60));
    }
}
