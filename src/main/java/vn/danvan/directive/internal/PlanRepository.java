package vn.danvan.directive.internal;

import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

/** Implementation plans; the service adds the user's scope to every query. */
interface PlanRepository
        extends JpaRepository<ImplementationPlan, UUID>, JpaSpecificationExecutor<ImplementationPlan> {}
