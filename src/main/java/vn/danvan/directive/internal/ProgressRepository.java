package vn.danvan.directive.internal;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

/** Progress reports of a task (read only after the task itself was checked for scope). */
interface ProgressRepository extends JpaRepository<ProgressReport, UUID> {

    List<ProgressReport> findByTaskIdOrderByReportedOnDescCreatedAtDesc(UUID taskId);
}
