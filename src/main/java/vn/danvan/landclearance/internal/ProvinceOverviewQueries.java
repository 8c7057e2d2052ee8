package vn.danvan.landclearance.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.danvan.shared.security.CurrentUser;
import vn.danvan.shared.security.Scope;

/**
 * The province page: every key project the user may see, side by side, with its figures counted over the households
 * of the user's area — one query for the projects and their figures, one for the time-limit rules.
 */
@Component
class ProvinceOverviewQueries {

    private final JdbcClient jdbc;
    private final StepRuleService rules;

    ProvinceOverviewQueries(JdbcClient jdbc, StepRuleService rules) {
        this.jdbc = jdbc;
        this.rules = rules;
    }

    /** One project's row. {@code nextStep} is the next statutory step with a deadline, if any. */
    record Row(
            UUID id,
            String code,
            String name,
            List<String> communes,
            long households,
            long handedOver,
            long consented,
            BigDecimal areaHandedOverM2,
            BigDecimal totalAreaM2,
            long openObstacles,
            long awaitingAnswer,
            StepSchedule.@Nullable Line nextStep) {

        public int handedOverPercent() {
            return ProjectQueries.percent(handedOver, households);
        }

        public int consentPercent() {
            return ProjectQueries.percent(consented, households);
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

        public boolean nextStepOverdue() {
            return nextStep != null && nextStep.state() == StepSchedule.State.OVERDUE;
        }
    }

    @Transactional(readOnly = true)
    List<Row> projects(CurrentUser user, LocalDate today) {
        Scope scope = user.scope();
        List<StepRule> all = rules.all();
        ProjectSql sql = new ProjectSql()
                .append(
                        "WITH vis AS (SELECT p.id, p.code, p.name, p.land_kind, p.total_area_m2 FROM lc_project p WHERE ")
                .projectVisible(scope, "p")
                .append("), hh AS (SELECT h.project_id, count(*) AS n,"
                        + " count(*) FILTER (WHERE h.stage = 'HANDED_OVER') AS handed,"
                        + " count(*) FILTER (WHERE h.stage IN " + ProjectQueries.CONSENTED + ") AS consented"
                        + " FROM lc_household h WHERE h.project_id IN (SELECT id FROM vis) AND ")
                .scope(scope, "h.path")
                .append(" GROUP BY h.project_id),"
                        + " area AS (SELECT h.project_id, sum(pl.recovered_area) AS m2 FROM lc_plot pl"
                        + " JOIN lc_household h ON h.id = pl.household_id"
                        + " WHERE h.stage = 'HANDED_OVER' AND h.project_id IN (SELECT id FROM vis) AND ")
                .scope(scope, "h.path")
                .append(" GROUP BY h.project_id),"
                        + " obs AS (SELECT o.project_id, count(*) AS n,"
                        + " count(*) FILTER (WHERE o.escalated_on IS NOT NULL AND o.answered_on IS NULL) AS awaiting"
                        + " FROM lc_obstacle o JOIN lc_household h ON h.id = o.household_id"
                        + " WHERE o.resolved_on IS NULL AND o.project_id IN (SELECT id FROM vis) AND ")
                .scope(scope, "h.path")
                .append(" GROUP BY o.project_id)"
                        + " SELECT vis.id, vis.code, vis.name, vis.land_kind, vis.total_area_m2,"
                        + " (SELECT string_agg(c.unit_name, '\n' ORDER BY c.unit_name) FROM lc_project_commune c"
                        + " WHERE c.project_id = vis.id) AS communes,"
                        + " (SELECT string_agg(s.step || '=' || to_char(s.reached_on, 'YYYY-MM-DD'), ',') FROM lc_project_step s"
                        + " WHERE s.project_id = vis.id AND s.reached_on IS NOT NULL) AS steps,"
                        + " coalesce(hh.n, 0) AS n, coalesce(hh.handed, 0) AS handed,"
                        + " coalesce(hh.consented, 0) AS consented, coalesce(area.m2, 0) AS area,"
                        + " coalesce(obs.n, 0) AS obstacles, coalesce(obs.awaiting, 0) AS awaiting"
                        + " FROM vis LEFT JOIN hh ON hh.project_id = vis.id LEFT JOIN area ON area.project_id = vis.id"
                        + " LEFT JOIN obs ON obs.project_id = vis.id ORDER BY vis.code, vis.id");
        return sql.on(jdbc)
                .query((rs, i) -> {
                    String communes = rs.getString("communes");
                    StepSchedule schedule = StepSchedule.compute(
                            all, reached(rs.getString("steps")), LandKind.valueOf(rs.getString("land_kind")), today);
                    return new Row(
                            rs.getObject("id", UUID.class),
                            rs.getString("code"),
                            rs.getString("name"),
                            communes == null ? List.of() : List.of(communes.split("\n")),
                            rs.getLong("n"),
                            rs.getLong("handed"),
                            rs.getLong("consented"),
                            rs.getBigDecimal("area"),
                            rs.getBigDecimal("total_area_m2"),
                            rs.getLong("obstacles"),
                            rs.getLong("awaiting"),
                            schedule.nextDue().orElse(null));
                })
                .list();
    }

    /** "STEP=2026-01-31,OTHER=…" as written by the query. */
    private static Map<ClearanceStep, StepSchedule.Reached> reached(@Nullable String steps) {
        Map<ClearanceStep, StepSchedule.Reached> result = new EnumMap<>(ClearanceStep.class);
        if (steps == null || steps.isBlank()) {
            return result;
        }
        for (String part : steps.split(",")) {
            int eq = part.indexOf('=');
            result.put(
                    ClearanceStep.valueOf(part.substring(0, eq)),
                    new StepSchedule.Reached(LocalDate.parse(part.substring(eq + 1)), null, null));
        }
        return result;
    }
}
