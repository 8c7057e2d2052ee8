package vn.danvan.audit.internal;

import java.util.List;
import org.springframework.stereotype.Component;
import vn.danvan.audit.AuditPermissions;
import vn.danvan.shared.web.ModuleNavigation;
import vn.danvan.shared.web.NavigationItem;

/** The audit trail's entry in the main navigation, for those who may read it. */
@Component
class AuditNavigation implements ModuleNavigation {

    @Override
    public List<NavigationItem> items() {
        return List.of(new NavigationItem("audit.nav", "/admin/audit", "journal-text", AuditPermissions.READ, 900));
    }
}
