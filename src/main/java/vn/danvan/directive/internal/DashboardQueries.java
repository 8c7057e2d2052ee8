package vn.danvan.directive.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.danvan.directive.DirectivePermissions;
import vn.danvan.directive.TaskStatus;
import vn.danvan.officialdoc.OfficialDocument.DocumentFamily;
import vn.danvan.organisation.Organisations;
import vn.danvan.shared.security.CurrentUser;
import vn.danvan.shared.security.Scope;
import vn.danvan.shared.security.SignedIn;

/**
 * The board dashboard's figures, counted in the database within the user's area: tasks per status of each
 * document in force, the units with the most overdue tasks, and the deadlines of the next days.
 */
@Component
class DashboardQueries {

    static final int UPCOMING_DAYS = 14;

    private final JdbcClient jdbc;
    private final Organisations organisations;

    DashboardQueries(JdbcClient jdbc, Organisations organisations) {
        this.jdbc = jdbc;
        this.organisations = organisations;
    }

    /** Task counts of one document, by status. */
    record DocumentCounts(
            UUID id, String numberLine, String title, long onTime, long late, long inProgress, long overdue) {

        public long total() {
            return onTime + late + inProgress + overdue;
        }

        public long count(TaskStatus status) {
            return switch (status) {
                case COMPLETED_ON_TIME -> onTime;
                case COMPLETED_LATE -> late;
                case IN_PROGRESS -> inProgress;
                case OVERDUE -> overdue;
            };
        }
    }

    /** A unit with its overdue and total tasks. */
    record UnitBehind(UUID orgUnitId, String name, long overdue, long total) {}

    /** A task due soon. */
    record Upcoming(UUID taskId, String title, UUID leadOrgUnitId, String leadName, LocalDate deadline, int percent) {}

    /** The status expression with today's date written in (a LocalDate prints only digits and dashes). */
    static String status(String alias, LocalDate today) {
        return TaskStatus.sql(alias).replace(":today", "DATE '" + today + "'");
    }

    @Transactional(readOnly = true)
    List<DocumentCounts> documentsInForce(LocalDate today, int limit) {
        Scope.SqlCondition scope = scope().sql("t.path");
        String sql = "SELECT d.id, d.family, d.number, d.title, d.issued_on, " + status("t", today) + " AS status,"
                + " count(*) AS n FROM directive_task t JOIN directive_document d ON d.id = t.document_id"
                + " WHERE d.state = 'IN_FORCE' AND " + scope.sql()
                + " GROUP BY d.id, d.family, d.number, d.title, d.issued_on, status"
                + " ORDER BY d.issued_on DESC, d.id";
        Map<UUID, long[]> counts = new LinkedHashMap<>();
        Map<UUID, String[]> heads = new HashMap<>();
        var statement = jdbc.sql(sql);
        for (Object p : scope.params()) {
            statement = statement.param(p);
        }
        statement
                .query((rs, i) -> {
                    UUID id = rs.getObject("id", UUID.class);
                    String prefix = DocumentFamily.PARTY.name().equals(rs.getString("family")) ? "Số " : "Số: ";
                    heads.putIfAbsent(id, new String[] {prefix + rs.getString("number"), rs.getString("title")});
                    counts.computeIfAbsent(id, k -> new long[4])[
                                    TaskStatus.valueOf(rs.getString("status")).ordinal()] +=
                            rs.getLong("n");
                    return id;
                })
                .list();
        List<DocumentCounts> result = new ArrayList<>();
        for (var e : counts.entrySet()) {
            long[] c = e.getValue();
            String[] h = heads.get(e.getKey());
            result.add(new DocumentCounts(e.getKey(), h[0], h[1], c[0], c[1], c[2], c[3]));
            if (result.size() == limit) {
                break;
            }
        }
        return result;
    }

    @Transactional(readOnly = true)
    List<UnitBehind> unitsMostBehind(LocalDate today, int limit) {
        Scope.SqlCondition scope = scope().sql("t.path");
        String sql = "SELECT t.lead_org_unit_id AS org, count(*) FILTER (WHERE " + status("t", today)
                + " = 'OVERDUE') AS overdue, count(*) AS total FROM directive_task t WHERE " + scope.sql()
                + " GROUP BY t.lead_org_unit_id HAVING count(*) FILTER (WHERE " + status("t", today)
                + " = 'OVERDUE') > 0 ORDER BY overdue DESC, total DESC, org LIMIT " + limit;
        var statement = jdbc.sql(sql);
        for (Object p : scope.params()) {
            statement = statement.param(p);
        }
        List<Object[]> rows = statement
                .query((rs, i) ->
                        new Object[] {rs.getObject("org", UUID.class), rs.getLong("overdue"), rs.getLong("total")})
                .list();
        Map<UUID, String> names =
                organisations.names(rows.stream().map(r -> (UUID) r[0]).toList());
        return rows.stream()
                .map(r -> new UnitBehind(
                        (UUID) r[0], names.getOrDefault((UUID) r[0], r[0].toString()), (Long) r[1], (Long) r[2]))
                .toList();
    }

    @Transactional(readOnly = true)
    List<Upcoming> upcoming(LocalDate today, int limit) {
        Scope.SqlCondition scope = scope().sql("t.path");
        String sql = "SELECT t.id, t.title, t.lead_org_unit_id, t.deadline, t.percent_complete FROM directive_task t"
                + " WHERE t.completed_on IS NULL AND t.deadline >= ? AND t.deadline <= ? AND " + scope.sql()
                + " ORDER BY t.deadline, t.id LIMIT " + limit;
        var statement = jdbc.sql(sql).param(today).param(today.plusDays(UPCOMING_DAYS));
        for (Object p : scope.params()) {
            statement = statement.param(p);
        }
        List<Object[]> rows = statement
                .query((rs, i) -> new Object[] {
                    rs.getObject("id", UUID.class),
                    rs.getString("title"),
                    rs.getObject("lead_org_unit_id", UUID.class),
                    rs.getObject("deadline", LocalDate.class),
                    rs.getInt("percent_complete")
                })
                .list();
        Map<UUID, String> names =
                organisations.names(rows.stream().map(r -> (UUID) r[2]).toList());
        return rows.stream()
                .map(r -> new Upcoming(
                        (UUID) r[0],
                        (String) r[1],
                        (UUID) r[2],
                        names.getOrDefault((UUID) r[2], ""),
                        (LocalDate) r[3],
                        (Integer) r[4]))
                .toList();
    }

    private static Scope scope() {
        CurrentUser user = SignedIn.require(DirectivePermissions.READ);
        return user.scope();
    }
}
