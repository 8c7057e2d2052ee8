package vn.danvan.landclearance.internal;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

/** Obstacles; the service adds the user's scope to every query. */
interface ObstacleRepository extends JpaRepository<Obstacle, UUID>, JpaSpecificationExecutor<Obstacle> {

    List<Obstacle> findByHouseholdIdOrderByRaisedOnDesc(UUID householdId);
}
