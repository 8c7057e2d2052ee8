package vn.danvan.landclearance.internal;

import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

/** Key projects; the service checks the user's scope in SQL before loading one. */
interface ProjectRepository extends JpaRepository<Project, UUID> {}
