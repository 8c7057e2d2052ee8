package vn.danvan.landclearance.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.danvan.shared.security.Scope;

/**
 * The project page's figures, counted in the database over the households, plots, visits, obstacles and stage
 * changes of the communes inside the user's area (a commune officer sees their commune's figures only).
 */
@Component
class ProjectQueries {

    /** Weeks of the trend chart at most. */
    static final int TREND_WEEKS = 26;

    /** Days counted as "recent" for visits. */
    static final int RECENT_VISIT_DAYS = 30;

    static final String CONSENTED = "('AGREED', 'PAID', 'HANDED_OVER')";

    private final JdbcClient jdbc;

    ProjectQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Households per stage, the area handed over and the consent rate. */
    record Progress(
            Map<HouseholdStage, Long> byStage, long households, BigDecimal areaHandedOverM2, BigDecimal totalAreaM2) {

        public long count(HouseholdStage stage) {
            return byStage.getOrDefault(stage, 0L);
        }

        public long consented() {
            return byStage.entrySet().stream()
                    .filter(e -> e.getKey().consented())
                    .mapToLong(Map.Entry::getValue)
                    .sum();
        }

        public int stagePercent(HouseholdStage stage) {
            return percent(count(stage), households);
        }

        public int consentPercent() {
            return percent(consented(), households);
        }

        public int handedOverPercent() {
            return stagePercent(HouseholdStage.HANDED_OVER);
        }

        public int areaPercent() {
            if (totalAreaM2.signum() <= 0) {
                return 0;
            }
            return areaHandedOverM2
                    .multiply(BigDecimal.valueOf(100))
                    .divide(totalAreaM2, 0, RoundingMode.DOWN)
                    .min(BigDecimal.valueOf(100))
                    .intValue();
        }

        public BigDecimal areaHandedOverHa() {
            return areaHandedOverM2.divide(BigDecimal.valueOf(10_000), 2, RoundingMode.HALF_UP);
        }
    }

    /** Open obstacles by reason, and those escalated to the province still awaiting its answer. */
    record Obstacles(Map<ObstacleReason, Long> openByReason, long awaitingAnswer, long awaitingOverdue) {

        public long open() {
            return openByReason.values().stream().mapToLong(Long::longValue).sum();
        }

        public long count(ObstacleReason reason) {
            return openByReason.getOrDefault(reason, 0L);
        }
    }

    /** One commune the project crosses, with its figures. */
    record CommuneFigures(
            String unitId,
            String unitName,
            long households,
            long handedOver,
            long consented,
            long openObstacles,
            long recentVisits) {

        public int handedOverPercent() {
            return percent(handedOver, households);
        }

        public int consentPercent() {
            return percent(consented, households);
        }
    }

    /** Households handed over and agreed-or-later as of the end of a week. */
    record Week(LocalDate endsOn, long handedOver, long consented) {}

    static int percent(long part, long whole) {
        return whole == 0 ? 0 : (int) (part * 100 / whole);
    }

    @Transactional(readOnly = true)
    Progress progress(UUID projectId, BigDecimal totalAreaM2, Scope scope) {
        Map<HouseholdStage, Long> byStage = new EnumMap<>(HouseholdStage.class);
        new ProjectSql()
                .append("SELECT h.stage, count(*) AS n FROM lc_household h WHERE h.project_id = ? AND ", projectId)
                .scope(scope, "h.path")
                .append(" GROUP BY h.stage")
                .on(jdbc)
                .query((rs, i) -> byStage.put(HouseholdStage.valueOf(rs.getString("stage")), rs.getLong("n")))
                .list();
        BigDecimal area = new ProjectSql()
                .append(
                        "SELECT coalesce(sum(pl.recovered_area), 0) FROM lc_plot pl"
                                + " JOIN lc_household h ON h.id = pl.household_id"
                                + " WHERE h.project_id = ? AND h.stage = 'HANDED_OVER' AND ",
                        projectId)
                .scope(scope, "h.path")
                .on(jdbc)
                .query(BigDecimal.class)
                .single();
        long households = byStage.values().stream().mapToLong(Long::longValue).sum();
        return new Progress(byStage, households, area, totalAreaM2);
    }

    @Transactional(readOnly = true)
    Obstacles obstacles(UUID projectId, LocalDate today, Scope scope) {
        Map<ObstacleReason, Long> byReason = new EnumMap<>(ObstacleReason.class);
        long[] awaiting = new long[2];
        new ProjectSql()
                .append(
                        "SELECT o.reason, count(*) AS n,"
                                + " count(*) FILTER (WHERE o.escalated_on IS NOT NULL AND o.answered_on IS NULL) AS awaiting,"
                                + " count(*) FILTER (WHERE o.escalated_on IS NOT NULL AND o.answered_on IS NULL"
                                + " AND o.answer_requested_by < ?) AS overdue"
                                + " FROM lc_obstacle o JOIN lc_household h ON h.id = o.household_id"
                                + " WHERE o.project_id = ? AND o.resolved_on IS NULL AND ",
                        today,
                        projectId)
                .scope(scope, "h.path")
                .append(" GROUP BY o.reason")
                .on(jdbc)
                .query((rs, i) -> {
                    byReason.put(ObstacleReason.valueOf(rs.getString("reason")), rs.getLong("n"));
                    awaiting[0] += rs.getLong("awaiting");
                    awaiting[1] += rs.getLong("overdue");
                    return null;
                })
                .list();
        return new Obstacles(byReason, awaiting[0], awaiting[1]);
    }

    /** The communes crossed inside the user's area, worst first: least handed over, least consent, most obstacles. */
    @Transactional(readOnly = true)
    List<CommuneFigures> communes(UUID projectId, LocalDate today, Scope scope) {
        ProjectSql sql = new ProjectSql()
                .append(
                        "WITH hh AS (SELECT h.unit_id, count(*) AS n,"
                                + " count(*) FILTER (WHERE h.stage = 'HANDED_OVER') AS handed,"
                                + " count(*) FILTER (WHERE h.stage IN " + CONSENTED + ") AS consented"
                                + " FROM lc_household h WHERE h.project_id = ? AND ",
                        projectId)
                .scope(scope, "h.path")
                .append(
                        " GROUP BY h.unit_id),"
                                + " obs AS (SELECT h.unit_id, count(*) AS n FROM lc_obstacle o"
                                + " JOIN lc_household h ON h.id = o.household_id"
                                + " WHERE o.project_id = ? AND o.resolved_on IS NULL AND ",
                        projectId)
                .scope(scope, "h.path")
                .append(
                        " GROUP BY h.unit_id),"
                                + " vis AS (SELECT h.unit_id, count(*) AS n FROM lc_visit v"
                                + " JOIN lc_household h ON h.id = v.household_id"
                                + " WHERE v.project_id = ? AND v.visited_on > ? AND ",
                        projectId,
                        today.minusDays(RECENT_VISIT_DAYS))
                .scope(scope, "h.path")
                .append(
                        " GROUP BY h.unit_id)"
                                + " SELECT c.unit_id, c.unit_name, coalesce(hh.n, 0) AS n, coalesce(hh.handed, 0) AS handed,"
                                + " coalesce(hh.consented, 0) AS consented, coalesce(obs.n, 0) AS obstacles,"
                                + " coalesce(vis.n, 0) AS visits"
                                + " FROM lc_project_commune c LEFT JOIN hh ON hh.unit_id = c.unit_id"
                                + " LEFT JOIN obs ON obs.unit_id = c.unit_id LEFT JOIN vis ON vis.unit_id = c.unit_id"
                                + " WHERE c.project_id = ? AND ",
                        projectId)
                .scope(scope, "c.unit_path")
                .append(" ORDER BY (coalesce(hh.handed, 0)::numeric / greatest(coalesce(hh.n, 0), 1)),"
                        + " (coalesce(hh.consented, 0)::numeric / greatest(coalesce(hh.n, 0), 1)),"
                        + " coalesce(obs.n, 0) DESC, coalesce(vis.n, 0), c.unit_name, c.unit_id");
        return sql.on(jdbc)
                .query((rs, i) -> new CommuneFigures(
                        rs.getString("unit_id"),
                        rs.getString("unit_name"),
                        rs.getLong("n"),
                        rs.getLong("handed"),
                        rs.getLong("consented"),
                        rs.getLong("obstacles"),
                        rs.getLong("visits")))
                .list();
    }

    /**
     * Per week up to today (the last {@value #TREND_WEEKS} weeks, or since the first stage change if later), the
     * households that had been handed over, and that had consented, by the end of that week — from the stage history.
     */
    @Transactional(readOnly = true)
    List<Week> trend(UUID projectId, LocalDate today, Scope scope) {
        // One pass over the history: per day, how many households were first handed over and first consented on it;
        // the weekly running totals are summed here (a join of weeks × households cost ~190 ms at 20,000 households).
        NavigableMap<LocalDate, long[]> byDay = new TreeMap<>();
        new ProjectSql()
                .append(
                        "WITH firsts AS (SELECT"
                                + " min(sc.effective_on) FILTER (WHERE sc.to_stage = 'HANDED_OVER') AS handed_on,"
                                + " min(sc.effective_on) FILTER (WHERE sc.to_stage IN " + CONSENTED + ") AS agreed_on,"
                                + " min(sc.effective_on) AS first_on"
                                + " FROM lc_stage_change sc JOIN lc_household h ON h.id = sc.household_id"
                                + " WHERE sc.project_id = ? AND ",
                        projectId)
                .scope(scope, "h.path")
                .append(" GROUP BY sc.household_id)"
                        + " SELECT d, sum(handed) AS handed, sum(agreed) AS agreed FROM ("
                        + " SELECT handed_on AS d, 1 AS handed, 0 AS agreed FROM firsts WHERE handed_on IS NOT NULL"
                        + " UNION ALL SELECT agreed_on, 0, 1 FROM firsts WHERE agreed_on IS NOT NULL"
                        + " UNION ALL SELECT first_on, 0, 0 FROM firsts) x GROUP BY d")
                .on(jdbc)
                .query((rs, i) -> byDay.put(
                        rs.getObject("d", LocalDate.class), new long[] {rs.getLong("handed"), rs.getLong("agreed")}))
                .list();
        if (byDay.isEmpty()) {
            return List.of();
        }
        LocalDate first = byDay.firstKey();
        LocalDate start = today.minusWeeks(TREND_WEEKS - 1);
        if (first.isAfter(start)) {
            long weeks = ChronoUnit.WEEKS.between(first, today);
            start = today.minusWeeks(weeks);
        }
        List<Week> result = new ArrayList<>();
        long handed = 0;
        long agreed = 0;
        Iterator<Map.Entry<LocalDate, long[]>> days = byDay.entrySet().iterator();
        Map.Entry<LocalDate, long[]> next = days.next();
        for (LocalDate week = start; !week.isAfter(today); week = week.plusWeeks(1)) {
            while (next != null && !next.getKey().isAfter(week)) {
                handed += next.getValue()[0];
                agreed += next.getValue()[1];
                next = days.hasNext() ? days.next() : null;
            }
            result.add(new Week(week, handed, agreed));
        }
        return result;
    }

    /** A household located on the map. */
    record Located(String code, HouseholdStage stage, BigDecimal latitude, BigDecimal longitude) {}

    /** Households with a known location, inside the user's area (at most {@code limit}). */
    @Transactional(readOnly = true)
    List<Located> located(UUID projectId, Scope scope, int limit) {
        return new ProjectSql()
                .append(
                        "SELECT h.code, h.stage, h.latitude, h.longitude FROM lc_household h"
                                + " WHERE h.project_id = ? AND h.latitude IS NOT NULL AND h.longitude IS NOT NULL AND ",
                        projectId)
                .scope(scope, "h.path")
                .append(" ORDER BY h.sort_key, h.id LIMIT ?", limit)
                .on(jdbc)
                .query((rs, i) -> new Located(
                        rs.getString("code"),
                        HouseholdStage.valueOf(rs.getString("stage")),
                        rs.getBigDecimal("latitude"),
                        rs.getBigDecimal("longitude")))
                .list();
    }
}
