package vn.danvan.landclearance.internal;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

/** The stage history of households; read through a household already checked to be in the user's scope. */
interface StageChangeRepository extends JpaRepository<StageChange, UUID> {

    List<StageChange> findByHouseholdIdOrderByChangedAtDesc(UUID householdId);
}
