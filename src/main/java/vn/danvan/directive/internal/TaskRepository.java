package vn.danvan.directive.internal;

import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

/** Tasks; the service adds the user's scope to every query. */
interface TaskRepository extends JpaRepository<Task, UUID>, JpaSpecificationExecutor<Task> {}
