package vn.danvan.meeting.internal;

import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

/** Meetings with everything recorded at them; the service adds the user's scope to every query. */
interface MeetingRepository extends JpaRepository<Meeting, UUID>, JpaSpecificationExecutor<Meeting> {

    boolean existsByDemoTrueAndTitle(String title);
}
