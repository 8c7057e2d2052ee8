package vn.danvan.organisation.internal.home;

import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import vn.danvan.organisation.OrganisationPermissions;
import vn.danvan.organisation.internal.org.OrgUnitFilter;
import vn.danvan.organisation.internal.org.OrgUnitService;
import vn.danvan.organisation.internal.people.PersonService;
import vn.danvan.shared.security.CurrentUser;
import vn.danvan.shared.security.SignedIn;

/** The home page after sign-in: who you are, your area, and where to go. */
@Controller
class HomeController {

    private final OrgUnitService organisations;
    private final PersonService people;

    HomeController(OrgUnitService organisations, PersonService people) {
        this.organisations = organisations;
        this.people = people;
    }

    @GetMapping("/")
    String home(Model model) {
        CurrentUser me = SignedIn.user();
        model.addAttribute("me", me);
        if (me.can(OrganisationPermissions.ORGANISATIONS_READ)) {
            model.addAttribute(
                    "organisationCount",
                    organisations
                            .search(new OrgUnitFilter(null, null, null, false), PageRequest.of(0, 1))
                            .getTotalElements());
            model.addAttribute(
                    "peopleCount",
                    people.search(null, null, PageRequest.of(0, 1)).getTotalElements());
        }
        return "organisation/home";
    }
}
