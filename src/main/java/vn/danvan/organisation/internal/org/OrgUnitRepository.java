package vn.danvan.organisation.internal.org;

import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

/** Organisations; every query of the service adds the user's scope as a specification. */
public interface OrgUnitRepository extends JpaRepository<OrgUnit, UUID>, JpaSpecificationExecutor<OrgUnit> {}
