package vn.danvan.landclearance.internal;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

/** Outreach visits; lists by household are read through a household already checked to be in scope. */
interface VisitRepository extends JpaRepository<Visit, UUID> {

    List<Visit> findByHouseholdIdOrderByVisitedOnDescRecordedAtDesc(UUID householdId);

    Optional<Visit> findByClientKey(UUID clientKey);
}
