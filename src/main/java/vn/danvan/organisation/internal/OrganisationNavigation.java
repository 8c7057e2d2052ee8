package vn.danvan.organisation.internal;

import java.util.List;
import org.springframework.stereotype.Component;
import vn.danvan.organisation.OrganisationPermissions;
import vn.danvan.shared.web.ModuleNavigation;
import vn.danvan.shared.web.NavigationItem;

/** The organisation module's entries in the main navigation. */
@Component
class OrganisationNavigation implements ModuleNavigation {

    @Override
    public List<NavigationItem> items() {
        return List.of(
                new NavigationItem("organisation.nav.units", "/units", "geo-alt", null, 10),
                new NavigationItem(
                        "organisation.nav.organisations",
                        "/organisations",
                        "diagram-3",
                        OrganisationPermissions.ORGANISATIONS_READ,
                        20),
                new NavigationItem(
                        "organisation.nav.people", "/people", "people", OrganisationPermissions.ORGANISATIONS_READ, 30),
                new NavigationItem(
                        "organisation.nav.lineageGaps",
                        "/admin/units/lineage-gaps",
                        "link-45deg",
                        OrganisationPermissions.UNITS_ADMIN,
                        810),
                new NavigationItem(
                        "organisation.nav.users",
                        "/admin/users",
                        "person-gear",
                        OrganisationPermissions.USERS_MANAGE,
                        800));
    }
}
