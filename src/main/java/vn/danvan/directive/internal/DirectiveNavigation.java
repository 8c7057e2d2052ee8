package vn.danvan.directive.internal;

import java.util.List;
import org.springframework.stereotype.Component;
import vn.danvan.directive.DirectivePermissions;
import vn.danvan.shared.web.ModuleNavigation;
import vn.danvan.shared.web.NavigationItem;

/** The directive module's entry in the main navigation. */
@Component
class DirectiveNavigation implements ModuleNavigation {

    @Override
    public List<NavigationItem> items() {
        return List.of(new NavigationItem(
                "directive.nav.directives", "/directives/dashboard", "list-check", DirectivePermissions.READ, 40));
    }
}
