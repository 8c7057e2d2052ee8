package vn.danvan.directive.internal;

import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

/** Reviews; the service adds the user's scope to every query. */
interface ReviewRepository extends JpaRepository<Review, UUID>, JpaSpecificationExecutor<Review> {}
