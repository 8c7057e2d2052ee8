package vn.danvan.petition.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.danvan.shared.Ids;

/** Writes {@code pt_step} rows: a step begins when the case enters a status, and ends when it leaves it. */
final class Steps {

    private Steps() {}

    static void start(
            JdbcClient jdbc, UUID caseId, CaseStep step, LocalDate on, DeadlineRules.@Nullable Due due, Instant now) {
        jdbc.sql("UPDATE pt_step SET finished_on = ? WHERE case_id = ? AND finished_on IS NULL")
                .params(on, caseId)
                .update();
        jdbc.sql("INSERT INTO pt_step (id, case_id, step, started_on, due_on, rule_id, rule_summary, created_at)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?, ?)")
                .params(
                        Ids.newId(),
                        caseId,
                        step.name(),
                        on,
                        due == null ? null : due.dueOn(),
                        due == null ? null : due.rule().id(),
                        due == null ? null : due.summary(),
                        Timestamp.from(now))
                .update();
    }
}
