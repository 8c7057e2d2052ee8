package vn.danvan.organisation.internal.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.danvan.organisation.OrgUnitKind;
import vn.danvan.organisation.OrgUnitView;
import vn.danvan.organisation.internal.org.OrgUnit;
import vn.danvan.organisation.internal.org.OrgUnitFilter;
import vn.danvan.organisation.internal.org.OrgUnitService;
import vn.danvan.organisation.internal.people.Person;
import vn.danvan.organisation.internal.people.PersonService;
import vn.danvan.shared.security.CurrentUser;
import vn.danvan.shared.security.SignedIn;
import vn.danvan.shared.web.ApiPage;
import vn.danvan.shared.web.Paging;

/** JSON API of organisations, cadres and the signed-in user; every list is limited to the caller's scope. */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Organisations", description = "Organisations, cadres and the signed-in user, within the caller's scope")
class OrganisationApiController {

    private final OrgUnitService organisations;
    private final PersonService people;

    OrganisationApiController(OrgUnitService organisations, PersonService people) {
        this.organisations = organisations;
        this.people = people;
    }

    @GetMapping("/me")
    @Operation(summary = "The signed-in user: permissions and scope")
    Me me() {
        CurrentUser me = SignedIn.user();
        return new Me(
                me.id(),
                me.getUsername(),
                me.displayName(),
                me.permissions(),
                me.scope().isEverything(),
                me.scope().paths());
    }

    @GetMapping("/organisations")
    @Operation(summary = "Organisations in the caller's scope")
    ApiPage<OrgUnitView> organisations(
            @RequestParam(required = false) @Nullable String q,
            @RequestParam(required = false) @Nullable OrgUnitKind kind,
            @RequestParam(required = false) @Nullable String unit,
            @RequestParam(defaultValue = "false") boolean former,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "name,asc") String sort) {
        var result = organisations.search(
                new OrgUnitFilter(q, kind, unit, former),
                Paging.request(
                        page, sort, Map.of("name", "sortKey", "kind", "kind", "validFrom", "validFrom"), "name"));
        return ApiPage.of(result, OrganisationApiController::view);
    }

    @GetMapping("/organisations/{id}")
    @Operation(summary = "One organisation (404 outside the caller's scope)")
    OrgUnitView organisation(@PathVariable UUID id) {
        return view(organisations.get(id));
    }

    @GetMapping("/people")
    @Operation(summary = "Cadres in the caller's scope")
    ApiPage<PersonView> people(
            @RequestParam(required = false) @Nullable String q,
            @RequestParam(required = false) @Nullable UUID org,
            @RequestParam(defaultValue = "0") int page) {
        var result = people.search(q, org, Paging.request(page, "name", Map.of("name", "sortKey"), "name"));
        return ApiPage.of(result, PersonView::of);
    }

    @GetMapping("/people/{id}")
    @Operation(summary = "One cadre with positions (404 outside the caller's scope)")
    PersonView person(@PathVariable UUID id) {
        return PersonView.of(people.get(id));
    }

    static OrgUnitView view(OrgUnit o) {
        return new OrgUnitView(
                o.id(),
                o.kind(),
                o.name(),
                o.abbreviation(),
                o.adminUnitId(),
                o.parentId(),
                o.village(),
                o.path(),
                o.validFrom(),
                o.validTo());
    }

    /** The signed-in user as the API shows it. */
    record Me(
            UUID id,
            String username,
            String displayName,
            Set<String> permissions,
            boolean scopeEverything,
            Set<String> scopePaths) {}

    /** A cadre as the API shows it. */
    record PersonView(
            UUID id,
            String fullName,
            @Nullable String phone,
            @Nullable String email,
            UUID homeOrgUnitId,
            List<PositionView> positions) {

        static PersonView of(Person p) {
            return new PersonView(
                    p.id(),
                    p.fullName(),
                    p.phone(),
                    p.email(),
                    p.homeOrgUnitId(),
                    p.positions().stream()
                            .map(pos -> new PositionView(pos.orgUnitId(), pos.title(), pos.startDate(), pos.endDate()))
                            .toList());
        }
    }

    /** A position held by a cadre. */
    record PositionView(
            UUID orgUnitId, String title, java.time.LocalDate startDate, java.time.@Nullable LocalDate endDate) {}
}
