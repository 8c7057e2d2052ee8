package vn.danvan.petition.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.danvan.calendar.WorkingCalendar;
import vn.danvan.shared.security.Scope;

/**
 * The dashboard's figures, aggregated in the database over the cases received in a period, within the user's scope
 * and, when drilled down, within one area. "Open" means still being handled here (not closed, filed, transferred or
 * guided); an open case is overdue once its current step's due date has passed; a closed case was on time when it
 * closed by its resolution due date (or its last step's).
 */
@Component("petitionDashboardQueries")
class DashboardQueries {

    static final String OPEN = "c.status NOT IN ('CLOSED', 'FILED', 'TRANSFERRED', 'GUIDED')";
    static final String DUE = "COALESCE(c.resolution_due_on, c.step_due_on)";

    /** The filter of the dashboard. */
    record Filter(
            LocalDate from,
            LocalDate to,
            @Nullable String area,
            @Nullable String kind,
            LocalDate today) {}

    record KindStatus(String kind, String status, long count) {}

    record Totals(
            long received,
            long open,
            long overdue,
            long closed,
            long closedOnTime,
            long closedLate,
            long rated,
            @Nullable Double averageRating) {

        /** Closed on time out of closed, in percent; null when nothing was closed. */
        @Nullable
        public Long onTimeRate() {
            return closed == 0 ? null : Math.round(closedOnTime * 100.0 / closed);
        }
    }

    record UnitRate(String name, long closed, long closedOnTime, long open, long overdue) {

        @Nullable
        public Long onTimeRate() {
            return closed == 0 ? null : Math.round(closedOnTime * 100.0 / closed);
        }
    }

    record AreaRow(
            String unitId, String unitName, String path, long received, long open, long overdue, long answered) {}

    private final JdbcClient jdbc;
    private final WorkingCalendar calendar;

    DashboardQueries(JdbcClient jdbc, WorkingCalendar calendar) {
        this.jdbc = jdbc;
        this.calendar = calendar;
    }

    private record Where(String sql, List<Object> params) {}

    private static Where where(Scope scope, Filter f) {
        Scope.SqlCondition visible = DashboardAccess.cases(scope, "c");
        StringBuilder sql = new StringBuilder(" WHERE ").append(visible.sql());
        List<Object> params = new ArrayList<>(visible.params());
        sql.append(" AND c.received_on BETWEEN ? AND ? AND c.merged_into IS NULL");
        params.add(f.from());
        params.add(f.to());
        if (f.area() != null) {
            sql.append(" AND (c.path = ? OR c.path LIKE ?)");
            params.add(f.area());
            params.add(f.area() + "/%");
        }
        if (f.kind() != null) {
            sql.append(" AND c.kind = ?");
            params.add(f.kind());
        }
        return new Where(sql.toString(), params);
    }

    List<KindStatus> byKindAndStatus(Scope scope, Filter f) {
        Where w = where(scope, f);
        return jdbc.sql("SELECT c.kind, c.status, count(*) AS n FROM pt_case c" + w.sql()
                        + " GROUP BY c.kind, c.status")
                .params(w.params())
                .query((rs, i) -> new KindStatus(rs.getString("kind"), rs.getString("status"), rs.getLong("n")))
                .list();
    }

    Totals totals(Scope scope, Filter f) {
        Where w = where(scope, f);
        List<Object> params = new ArrayList<>();
        params.add(f.today());
        params.addAll(w.params());
        return jdbc.sql("SELECT count(*) AS received,"
                        + " count(*) FILTER (WHERE " + OPEN + ") AS open,"
                        + " count(*) FILTER (WHERE " + OPEN + " AND c.step_due_on < ?) AS overdue,"
                        + " count(*) FILTER (WHERE c.closed_on IS NOT NULL) AS closed,"
                        + " count(*) FILTER (WHERE c.closed_on IS NOT NULL AND (" + DUE + " IS NULL OR c.closed_on <= "
                        + DUE + ")) AS on_time,"
                        + " count(c.rating) AS rated, avg(c.rating)::float8 AS rating"
                        + " FROM pt_case c" + w.sql())
                .params(params)
                .query((rs, i) -> {
                    long closed = rs.getLong("closed");
                    long onTime = rs.getLong("on_time");
                    double rating = rs.getDouble("rating");
                    return new Totals(
                            rs.getLong("received"),
                            rs.getLong("open"),
                            rs.getLong("overdue"),
                            closed,
                            onTime,
                            closed - onTime,
                            rs.getLong("rated"),
                            rs.wasNull() ? null : rating);
                })
                .single();
    }

    /**
     * The average handling time of the closed cases, in working days from receipt to closing. The database groups
     * the cases by (received, closed) pair, so the calendar is asked once per distinct pair, not once per case.
     */
    @Nullable
    Double averageWorkingDays(Scope scope, Filter f) {
        Where w = where(scope, f);
        long[] sum = new long[2];
        jdbc.sql("SELECT c.received_on, c.closed_on, count(*) AS n FROM pt_case c" + w.sql()
                        + " AND c.closed_on IS NOT NULL GROUP BY c.received_on, c.closed_on")
                .params(w.params())
                .query(rs -> {
                    long n = rs.getLong("n");
                    int days = calendar.workingDaysBetween(
                            rs.getObject("received_on", LocalDate.class), rs.getObject("closed_on", LocalDate.class));
                    sum[0] += days * n;
                    sum[1] += n;
                });
        return sum[1] == 0 ? null : Math.round(sum[0] * 10.0 / sum[1]) / 10.0;
    }

    List<UnitRate> byHandlingUnit(Scope scope, Filter f, int limit) {
        Where w = where(scope, f);
        List<Object> params = new ArrayList<>();
        params.add(f.today());
        params.addAll(w.params());
        params.add(limit);
        return jdbc.sql("SELECT COALESCE(c.handling_org_name, '') AS name,"
                        + " count(*) FILTER (WHERE c.closed_on IS NOT NULL) AS closed,"
                        + " count(*) FILTER (WHERE c.closed_on IS NOT NULL AND (" + DUE + " IS NULL OR c.closed_on <= "
                        + DUE + ")) AS on_time,"
                        + " count(*) FILTER (WHERE " + OPEN + ") AS open,"
                        + " count(*) FILTER (WHERE " + OPEN + " AND c.step_due_on < ?) AS overdue"
                        + " FROM pt_case c" + w.sql()
                        + " GROUP BY COALESCE(c.handling_org_name, '') ORDER BY overdue DESC, name LIMIT ?")
                .params(params)
                .query((rs, i) -> new UnitRate(
                        rs.getString("name"),
                        rs.getLong("closed"),
                        rs.getLong("on_time"),
                        rs.getLong("open"),
                        rs.getLong("overdue")))
                .list();
    }

    /**
     * One row per area directly below the current one: per commune when looking at a province, per case's own unit
     * below a commune.
     */
    List<AreaRow> byArea(Scope scope, Filter f) {
        Where w = where(scope, f);
        List<Object> params = new ArrayList<>();
        params.add(f.today());
        params.addAll(w.params());
        return jdbc.sql("SELECT c.unit_id, max(c.unit_name) AS unit_name, max(c.path) AS path, count(*) AS received,"
                        + " count(*) FILTER (WHERE " + OPEN + ") AS open,"
                        + " count(*) FILTER (WHERE " + OPEN + " AND c.step_due_on < ?) AS overdue,"
                        + " count(*) FILTER (WHERE c.answered_on IS NOT NULL) AS answered"
                        + " FROM pt_case c" + w.sql()
                        + " GROUP BY c.unit_id ORDER BY received DESC, unit_name")
                .params(params)
                .query((rs, i) -> new AreaRow(
                        rs.getString("unit_id"),
                        rs.getString("unit_name"),
                        rs.getString("path"),
                        rs.getLong("received"),
                        rs.getLong("open"),
                        rs.getLong("overdue"),
                        rs.getLong("answered")))
                .list();
    }
}
