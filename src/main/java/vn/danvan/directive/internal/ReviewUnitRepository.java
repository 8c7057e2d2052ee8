package vn.danvan.directive.internal;

import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

/** The units' reports to reviews; the service adds the user's scope to every query. */
interface ReviewUnitRepository extends JpaRepository<ReviewUnit, UUID>, JpaSpecificationExecutor<ReviewUnit> {}
