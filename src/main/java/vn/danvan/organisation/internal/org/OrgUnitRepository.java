package vn.danvan.organisation.internal.org;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

public interface OrgUnitRepository extends JpaRepository<OrgUnit, UUID>, JpaSpecificationExecutor<OrgUnit> {

    List<OrgUnit> findByAdminUnitIdOrderBySortKey(String adminUnitId);

    List<OrgUnit> findByParentIdOrderBySortKey(UUID parentId);

    boolean existsByKindAndAdminUnitIdAndVillageIsNull(vn.danvan.organisation.OrgUnitKind kind, String adminUnitId);
}
