package vn.danvan.exemplar.internal;

import java.util.List;
import org.springframework.stereotype.Component;
import vn.danvan.exemplar.ExemplarPermissions;
import vn.danvan.shared.web.ModuleNavigation;
import vn.danvan.shared.web.NavigationItem;

/** The exemplar module's entry in the main navigation: "Dân vận khéo". */
@Component
class ExemplarNavigation implements ModuleNavigation {

    @Override
    public List<NavigationItem> items() {
        return List.of(new NavigationItem("ex.nav", "/exemplars", "award", ExemplarPermissions.READ, 75));
    }
}
