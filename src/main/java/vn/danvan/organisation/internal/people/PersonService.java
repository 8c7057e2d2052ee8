package vn.danvan.organisation.internal.people;

import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Subquery;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.danvan.audit.AuditEvent;
import vn.danvan.audit.AuditTrail;
import vn.danvan.organisation.OrganisationPermissions;
import vn.danvan.organisation.internal.org.OrgUnit;
import vn.danvan.organisation.internal.org.OrgUnitService;
import vn.danvan.shared.security.CurrentUser;
import vn.danvan.shared.security.Scope;
import vn.danvan.shared.security.SignedIn;
import vn.danvan.shared.text.VietnameseText;
import vn.danvan.shared.web.RecordNotFound;

/** Use cases on people and their positions, always within the user's scope. */
@Service
public class PersonService {

    private final PersonRepository people;
    private final OrgUnitService organisations;
    private final AuditTrail audit;
    private final Clock clock;

    PersonService(PersonRepository people, OrgUnitService organisations, AuditTrail audit, Clock clock) {
        this.people = people;
        this.organisations = organisations;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public Page<Person> search(@Nullable String q, @Nullable UUID org, Pageable pageable) {
        CurrentUser user = SignedIn.require(OrganisationPermissions.ORGANISATIONS_READ);
        return people.findAll(matching(user.scope(), q, org), pageable);
    }

    @Transactional(readOnly = true)
    public Person get(UUID id) {
        CurrentUser user = SignedIn.require(OrganisationPermissions.ORGANISATIONS_READ);
        return visible(user.scope(), id);
    }

    @Transactional(readOnly = true)
    public java.util.Optional<Person> findVisible(UUID id) {
        CurrentUser user = SignedIn.require(OrganisationPermissions.ORGANISATIONS_READ);
        return people.findOne((root, q, cb) ->
                cb.and(cb.equal(root.get("id"), id), user.scope().predicate(cb, root.get("path"))));
    }

    @Transactional
    public Person create(PersonForm form) {
        SignedIn.require(OrganisationPermissions.ORGANISATIONS_MANAGE);
        OrgUnit home = organisations.get(form.homeOrgUnitId());
        Person person = new Person(form.details(), home.id(), home.path(), home.provinceCode(), clock.instant());
        people.save(person);
        audit.record(AuditEvent.of(
                "organisation.person.created", "person", person.id().toString(), Map.of()));
        return person;
    }

    @Transactional
    public Person update(UUID id, PersonForm form) {
        CurrentUser user = SignedIn.require(OrganisationPermissions.ORGANISATIONS_MANAGE);
        Person person = visible(user.scope(), id);
        OrgUnit home = organisations.get(form.homeOrgUnitId());
        person.update(form.details(), clock.instant());
        person.moveTo(home.id(), home.path(), home.provinceCode());
        audit.record(AuditEvent.of("organisation.person.updated", "person", id.toString(), Map.of()));
        return person;
    }

    @Transactional
    public Position appoint(UUID personId, PositionForm form) {
        CurrentUser user = SignedIn.require(OrganisationPermissions.ORGANISATIONS_MANAGE);
        Person person = visible(user.scope(), personId);
        OrgUnit org = organisations.get(form.orgUnitId());
        Position position = person.appoint(org.id(), form.title(), form.startDate(), form.endDate());
        people.saveAndFlush(person);
        audit.record(AuditEvent.of(
                "organisation.position.appointed",
                "person",
                personId.toString(),
                Map.of("org", org.id().toString(), "title", position.title())));
        return position;
    }

    @Transactional
    public Position endPosition(UUID personId, UUID positionId, LocalDate lastDay) {
        CurrentUser user = SignedIn.require(OrganisationPermissions.ORGANISATIONS_MANAGE);
        Person person = visible(user.scope(), personId);
        Position position = person.endPosition(positionId, lastDay);
        audit.record(AuditEvent.of(
                "organisation.position.ended",
                "person",
                personId.toString(),
                Map.of("position", positionId.toString(), "lastDay", lastDay.toString())));
        return position;
    }

    /** Organisations named by the person's positions, for display. */
    @Transactional(readOnly = true)
    public Map<UUID, OrgUnit> organisationsOf(Person person) {
        Map<UUID, OrgUnit> result = new java.util.HashMap<>();
        organisations.findVisible(person.homeOrgUnitId()).ifPresent(o -> result.put(o.id(), o));
        for (Position p : person.positions()) {
            organisations.findVisible(p.orgUnitId()).ifPresent(o -> result.put(o.id(), o));
        }
        return result;
    }

    Person visible(Scope scope, UUID id) {
        return people.findOne(
                        (root, q, cb) -> cb.and(cb.equal(root.get("id"), id), scope.predicate(cb, root.get("path"))))
                .orElseThrow(() -> new RecordNotFound("person", id));
    }

    static Specification<Person> matching(Scope scope, @Nullable String text, @Nullable UUID org) {
        return (root, query, cb) -> {
            List<Predicate> where = new ArrayList<>();
            where.add(scope.predicate(cb, root.get("path")));
            if (text != null && !text.isBlank()) {
                for (String word : VietnameseText.fold(text).split(" ")) {
                    where.add(cb.like(
                            root.get("searchText"), "%" + word.replace("%", "").replace("_", "") + "%"));
                }
            }
            if (org != null) {
                Subquery<UUID> holders = query.subquery(UUID.class);
                var position = holders.from(Position.class);
                holders.select(position.get("personId")).where(cb.equal(position.get("orgUnitId"), org));
                where.add(cb.or(
                        cb.equal(root.get("homeOrgUnitId"), org), root.get("id").in(holders)));
            }
            return cb.and(where.toArray(Predicate[]::new));
        };
    }
}
