package vn.danvan.petition.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.danvan.calendar.DayKind;
import vn.danvan.calendar.WorkingCalendar;
import vn.danvan.petition.PetitionKind;

/**
 * Picks the time-limit rule for a kind and step in force on the day the step began, and computes due dates with the
 * working-day calendar. A step without a rule has no due date.
 */
@Component
class DeadlineRules {

    private final JdbcClient jdbc;
    private final WorkingCalendar calendar;

    DeadlineRules(JdbcClient jdbc, WorkingCalendar calendar) {
        this.jdbc = jdbc;
        this.calendar = calendar;
    }

    /** A computed due date with the rule that gave it and the summary stored with the step. */
    record Due(DeadlineRule rule, LocalDate dueOn, String summary) {}

    private static final String COLUMNS = "SELECT id, kind, step, amount, complex_amount, remote_amount,"
            + " remote_complex_amount, day_kind, civil_code_end, max_extensions, extension_amount, legal_basis,"
            + " effective_from, effective_to, verified FROM pt_deadline_rule";

    Optional<DeadlineRule> inForce(PetitionKind kind, CaseStep step, LocalDate on) {
        return jdbc.sql(COLUMNS + " WHERE kind = ? AND step = ? AND effective_from <= ?"
                        + " AND (effective_to IS NULL OR effective_to >= ?)"
                        + " ORDER BY effective_from DESC, created_at DESC LIMIT 1")
                .params(kind.name(), step.name(), on, on)
                .query(DeadlineRules::rule)
                .optional();
    }

    Optional<DeadlineRule> find(UUID id) {
        return jdbc.sql(COLUMNS + " WHERE id = ?")
                .param(id)
                .query(DeadlineRules::rule)
                .optional();
    }

    private static DeadlineRule rule(ResultSet rs, int row) throws SQLException {
        return new DeadlineRule(
                rs.getObject("id", UUID.class),
                PetitionKind.valueOf(rs.getString("kind")),
                CaseStep.valueOf(rs.getString("step")),
                rs.getInt("amount"),
                rs.getObject("complex_amount", Integer.class),
                rs.getObject("remote_amount", Integer.class),
                rs.getObject("remote_complex_amount", Integer.class),
                DayKind.valueOf(rs.getString("day_kind")),
                rs.getBoolean("civil_code_end"),
                rs.getInt("max_extensions"),
                rs.getObject("extension_amount", Integer.class),
                rs.getString("legal_basis"),
                rs.getObject("effective_from", LocalDate.class),
                rs.getObject("effective_to", LocalDate.class),
                rs.getBoolean("verified"));
    }

    /** The due date of a step begun on {@code start} for a case with these flags, if a rule covers the step. */
    Optional<Due> due(PetitionKind kind, CaseStep step, LocalDate start, boolean complex, boolean remote) {
        return inForce(kind, step, start)
                .map(rule ->
                        new Due(rule, rule.dueFrom(start, complex, remote, calendar), rule.summary(complex, remote)));
    }

    WorkingCalendar calendar() {
        return calendar;
    }

    LocalDate extend(DeadlineRule rule, LocalDate currentDue) {
        return rule.extend(currentDue, calendar);
    }
}
