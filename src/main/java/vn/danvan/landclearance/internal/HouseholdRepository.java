package vn.danvan.landclearance.internal;

import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

/** Households with their members, plots and assets; the service adds the user's scope to every query. */
interface HouseholdRepository extends JpaRepository<Household, UUID>, JpaSpecificationExecutor<Household> {

    boolean existsByProjectIdAndCode(UUID projectId, String code);

    boolean existsByProjectIdAndCodeAndIdNot(UUID projectId, String code, UUID id);
}
