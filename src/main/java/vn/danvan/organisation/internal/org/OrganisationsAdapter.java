package vn.danvan.organisation.internal.org;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.danvan.organisation.OrgUnitKind;
import vn.danvan.organisation.OrgUnitView;
import vn.danvan.organisation.Organisations;
import vn.danvan.shared.security.Scope;

/** The {@link Organisations} questions, answered from the organisation tables. */
@Component
class OrganisationsAdapter implements Organisations {

    private final OrgUnitService service;
    private final OrgUnitRepository repository;
    private final Clock clock;

    OrganisationsAdapter(OrgUnitService service, OrgUnitRepository repository, Clock clock) {
        this.service = service;
        this.repository = repository;
        this.clock = clock;
    }

    @Override
    public Optional<OrgUnitView> findVisible(UUID id) {
        return service.findVisible(id).map(OrganisationsAdapter::view);
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<OrgUnitView> find(UUID id) {
        return repository.findById(id).map(OrganisationsAdapter::view);
    }

    @Override
    @Transactional(readOnly = true)
    public Map<UUID, String> names(Collection<UUID> ids) {
        Map<UUID, String> names = new HashMap<>();
        repository.findAllById(ids).forEach(o -> names.put(o.id(), o.name()));
        return names;
    }

    @Override
    public List<OrgUnitView> choices(int limit) {
        return service.choices(limit).stream().map(OrganisationsAdapter::view).toList();
    }

    @Override
    @Transactional(readOnly = true)
    public List<OrgUnitView> ofAdminUnit(String adminUnitId, boolean includeFormer) {
        return listed("adminUnitId", adminUnitId, includeFormer);
    }

    @Override
    @Transactional(readOnly = true)
    public List<OrgUnitView> children(UUID parentId, boolean includeFormer) {
        return listed("parentId", parentId, includeFormer);
    }

    private List<OrgUnitView> listed(String attribute, Object value, boolean includeFormer) {
        LocalDate today = LocalDate.now(clock);
        return repository
                .findAll(
                        (root, q, cb) -> includeFormer
                                ? cb.equal(root.get(attribute), value)
                                : cb.and(
                                        cb.equal(root.get(attribute), value),
                                        cb.or(
                                                cb.isNull(root.get("validTo")),
                                                cb.greaterThanOrEqualTo(root.get("validTo"), today))),
                        Sort.by("sortKey"))
                .stream()
                .map(OrganisationsAdapter::view)
                .toList();
    }

    @Override
    @Transactional(readOnly = true)
    public List<OrgUnitView> ofKindBelow(OrgUnitKind kind, String path) {
        LocalDate today = LocalDate.now(clock);
        Scope area = Scope.of(path);
        return repository
                .findAll(
                        (root, q, cb) -> cb.and(
                                cb.equal(root.get("kind"), kind),
                                area.predicate(cb, root.get("path")),
                                cb.or(
                                        cb.isNull(root.get("validTo")),
                                        cb.greaterThanOrEqualTo(root.get("validTo"), today))),
                        Sort.by("path", "sortKey"))
                .stream()
                .map(OrganisationsAdapter::view)
                .toList();
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
}
