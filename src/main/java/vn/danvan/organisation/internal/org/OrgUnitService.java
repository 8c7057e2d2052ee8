package vn.danvan.organisation.internal.org;

import jakarta.persistence.criteria.Predicate;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.danvan.audit.AuditEvent;
import vn.danvan.audit.AuditTrail;
import vn.danvan.organisation.AdminUnitView;
import vn.danvan.organisation.AdminUnits;
import vn.danvan.organisation.OrganisationPermissions;
import vn.danvan.shared.security.CurrentUser;
import vn.danvan.shared.security.Scope;
import vn.danvan.shared.security.SignedIn;
import vn.danvan.shared.text.VietnameseText;
import vn.danvan.shared.web.RecordNotFound;

/** Use cases on organisations. Every read is limited to the user's scope in the query itself. */
@Service
public class OrgUnitService {

    private final OrgUnitRepository organisations;
    private final AdminUnits units;
    private final AuditTrail audit;
    private final Clock clock;

    OrgUnitService(OrgUnitRepository organisations, AdminUnits units, AuditTrail audit, Clock clock) {
        this.organisations = organisations;
        this.units = units;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public Page<OrgUnit> search(OrgUnitFilter filter, Pageable pageable) {
        CurrentUser user = SignedIn.require(OrganisationPermissions.ORGANISATIONS_READ);
        return organisations.findAll(matching(user.scope(), filter, LocalDate.now(clock)), pageable);
    }

    /** The organisation, if the user may see it; otherwise 404 whether or not it exists. */
    @Transactional(readOnly = true)
    public OrgUnit get(UUID id) {
        CurrentUser user = SignedIn.require(OrganisationPermissions.ORGANISATIONS_READ);
        return visible(user.scope(), id);
    }

    /** Active organisations the user may see, for pickers: the first {@code limit} by area then name. */
    @Transactional(readOnly = true)
    public List<OrgUnit> choices(int limit) {
        CurrentUser user = SignedIn.require(OrganisationPermissions.ORGANISATIONS_READ);
        return organisations
                .findAll(
                        matching(user.scope(), new OrgUnitFilter(null, null, null, false), LocalDate.now(clock)),
                        org.springframework.data.domain.PageRequest.of(
                                0, limit, org.springframework.data.domain.Sort.by("path", "sortKey")))
                .getContent();
    }

    @Transactional(readOnly = true)
    public java.util.Optional<OrgUnit> findVisible(UUID id) {
        CurrentUser user = SignedIn.require(OrganisationPermissions.ORGANISATIONS_READ);
        return organisations.findOne((root, q, cb) ->
                cb.and(cb.equal(root.get("id"), id), user.scope().predicate(cb, root.get("path"))));
    }

    @Transactional(readOnly = true)
    public List<OrgUnit> children(OrgUnit parent) {
        CurrentUser user = SignedIn.require(OrganisationPermissions.ORGANISATIONS_READ);
        Scope scope = user.scope();
        return organisations.findAll(
                (root, q, cb) ->
                        cb.and(cb.equal(root.get("parentId"), parent.id()), scope.predicate(cb, root.get("path"))),
                org.springframework.data.domain.Sort.by("sortKey"));
    }

    @Transactional(readOnly = true)
    public List<OrgUnit> ofAdminUnit(String adminUnitId) {
        CurrentUser user = SignedIn.require(OrganisationPermissions.ORGANISATIONS_READ);
        Scope scope = user.scope();
        return organisations.findAll(
                (root, q, cb) ->
                        cb.and(cb.equal(root.get("adminUnitId"), adminUnitId), scope.predicate(cb, root.get("path"))),
                org.springframework.data.domain.Sort.by("sortKey"));
    }

    @Transactional
    public OrgUnit create(OrgUnitForm form) {
        CurrentUser user = SignedIn.require(OrganisationPermissions.ORGANISATIONS_MANAGE);
        AdminUnitView unit = unitInScope(user, form.adminUnitId());
        UUID parentId = parentInScope(user, form.parentId(), null);
        OrgUnit org = new OrgUnit(
                form.kind(),
                form.name(),
                form.abbreviation(),
                unit.id(),
                unit.path(),
                unit.provinceCode(),
                parentId,
                form.village(),
                form.validFrom(),
                form.validTo(),
                now());
        organisations.save(org);
        audit.record(AuditEvent.of(
                "organisation.created",
                "org_unit",
                org.id().toString(),
                Map.of("name", org.name(), "unit", unit.id())));
        return org;
    }

    @Transactional
    public OrgUnit correct(UUID id, OrgUnitForm form) {
        CurrentUser user = SignedIn.require(OrganisationPermissions.ORGANISATIONS_MANAGE);
        OrgUnit org = visible(user.scope(), id);
        UUID parentId = parentInScope(user, form.parentId(), id);
        org.correct(
                form.kind(),
                form.name(),
                form.abbreviation(),
                parentId,
                form.village(),
                form.validFrom(),
                form.validTo(),
                now());
        audit.record(AuditEvent.of("organisation.corrected", "org_unit", id.toString(), Map.of("name", org.name())));
        return org;
    }

    @Transactional
    public OrgUnit rename(UUID id, RenameForm form) {
        CurrentUser user = SignedIn.require(OrganisationPermissions.ORGANISATIONS_MANAGE);
        OrgUnit org = visible(user.scope(), id);
        String before = org.name();
        org.rename(form.name(), form.abbreviation(), form.effective(), now());
        audit.record(AuditEvent.of(
                "organisation.renamed",
                "org_unit",
                id.toString(),
                Map.of(
                        "from",
                        before,
                        "to",
                        org.name(),
                        "effective",
                        form.effective().toString())));
        return org;
    }

    @Transactional
    public OrgUnit dissolve(UUID id, DissolveForm form) {
        CurrentUser user = SignedIn.require(OrganisationPermissions.ORGANISATIONS_MANAGE);
        OrgUnit org = visible(user.scope(), id);
        org.dissolve(form.lastDay(), now());
        audit.record(AuditEvent.of(
                "organisation.dissolved",
                "org_unit",
                id.toString(),
                Map.of("lastDay", form.lastDay().toString())));
        return org;
    }

    OrgUnit visible(Scope scope, UUID id) {
        return organisations
                .findOne((root, q, cb) -> cb.and(cb.equal(root.get("id"), id), scope.predicate(cb, root.get("path"))))
                .orElseThrow(() -> new RecordNotFound("organisation", id));
    }

    private AdminUnitView unitInScope(CurrentUser user, String adminUnitId) {
        AdminUnitView unit = units.find(adminUnitId)
                .orElseThrow(() -> new OrganisationRuleViolation("organisation.error.unknownUnit"));
        if (!user.scope().includes(unit.path())) {
            throw new OrganisationRuleViolation("organisation.error.unitOutsideScope");
        }
        return unit;
    }

    private UUID parentInScope(CurrentUser user, UUID parentId, UUID self) {
        if (parentId == null) {
            return null;
        }
        if (parentId.equals(self)) {
            throw new OrganisationRuleViolation("organisation.error.parentIsSelf");
        }
        return visible(user.scope(), parentId).id();
    }

    private Instant now() {
        return clock.instant();
    }

    static Specification<OrgUnit> matching(Scope scope, OrgUnitFilter filter, LocalDate today) {
        return (root, query, cb) -> {
            List<Predicate> where = new ArrayList<>();
            where.add(scope.predicate(cb, root.get("path")));
            if (filter.q() != null && !filter.q().isBlank()) {
                for (String word : VietnameseText.fold(filter.q()).split(" ")) {
                    where.add(cb.like(root.get("searchText"), "%" + escape(word) + "%", '\\'));
                }
            }
            if (filter.kind() != null) {
                where.add(cb.equal(root.get("kind"), filter.kind()));
            }
            if (filter.unit() != null && !filter.unit().isBlank()) {
                where.add(cb.equal(root.get("adminUnitId"), filter.unit()));
            }
            if (!filter.includeFormer()) {
                where.add(cb.or(cb.isNull(root.get("validTo")), cb.greaterThanOrEqualTo(root.get("validTo"), today)));
            }
            return cb.and(where.toArray(Predicate[]::new));
        };
    }

    private static String escape(String s) {
        return s.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
