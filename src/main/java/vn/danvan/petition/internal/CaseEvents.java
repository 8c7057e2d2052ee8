package vn.danvan.petition.internal;

import java.time.Clock;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import vn.danvan.shared.Ids;
import vn.danvan.shared.security.CurrentUser;

/**
 * The history of a case ({@code pt_event}). Details never hold the sender's identity: only codes, statuses,
 * organisation names, dates and staff-written reasons.
 */
@Component
class CaseEvents {

    /** The actor name recorded when a citizen acts from the public site. */
    static final String CITIZEN = "Công dân";

    private final JdbcClient jdbc;
    private final Clock clock;

    CaseEvents(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    void record(UUID caseId, String action, @Nullable CaseStep from, @Nullable CaseStep to, @Nullable String detail) {
        CurrentUser user = currentUser();
        record(
                caseId,
                action,
                from,
                to,
                detail,
                user == null ? null : user.id(),
                user == null ? CITIZEN : user.displayName());
    }

    void record(
            UUID caseId,
            String action,
            @Nullable CaseStep from,
            @Nullable CaseStep to,
            @Nullable String detail,
            @Nullable UUID actorId,
            String actorName) {
        String d = detail == null ? null : detail.length() > 1000 ? detail.substring(0, 1000) : detail;
        jdbc.sql("INSERT INTO pt_event (id, case_id, at, actor_id, actor_name, action, from_status, to_status, detail)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(
                        Ids.newId(),
                        caseId,
                        java.sql.Timestamp.from(clock.instant()),
                        actorId,
                        actorName.length() > 200 ? actorName.substring(0, 200) : actorName,
                        action,
                        from == null ? null : from.name(),
                        to == null ? null : to.name(),
                        d)
                .update();
    }

    static @Nullable CurrentUser currentUser() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        return auth != null && auth.getPrincipal() instanceof CurrentUser u ? u : null;
    }
}
