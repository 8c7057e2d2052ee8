package vn.danvan.landclearance.internal;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Component;
import vn.danvan.covenant.CovenantMetric;
import vn.danvan.covenant.Measurement;
import vn.danvan.covenant.MetricQuery;
import vn.danvan.covenant.MetricSubject;
import vn.danvan.shared.security.Scope;

/** Of the project's obstacles in the area raised at least N days before the date, the share resolved within N days of being raised. Subject: a key project. */
@Component
class ObstaclesResolvedWithinMetric implements CovenantMetric {

    static final String CODE = "landclearance.obstacles-resolved-within";

    private final LandClearanceMetrics metrics;

    ObstaclesResolvedWithinMetric(LandClearanceMetrics metrics) {
        this.metrics = metrics;
    }

    @Override
    public String code() {
        return CODE;
    }

    @Override
    public String nameKey() {
        return "lc.metric.obstaclesResolvedWithin.name";
    }

    @Override
    public String unitKey() {
        return "lc.metric.obstaclesResolvedWithin.unit";
    }

    @Override
    public boolean needsSubject() {
        return true;
    }

    @Override
    public boolean needsDays() {
        return true;
    }

    @Override
    public List<MetricSubject> subjects(Scope scope) {
        return metrics.projects(scope);
    }

    @Override
    public Map<String, Measurement> measure(MetricQuery query, Collection<String> paths) {
        UUID project = LandClearanceMetrics.project(query.subject());
        if (project == null) {
            return LandClearanceMetrics.zeros(paths);
        }
        Integer days = query.days();
        if (days == null || days < 0) {
            return LandClearanceMetrics.zeros(paths);
        }
        java.time.LocalDate raisedBy = query.asOf().minusDays(days);
        return metrics.shares(
                "SELECT a.path, count(o.id) FILTER (WHERE o.resolved_on IS NOT NULL AND o.resolved_on <="
                        + " o.raised_on + ?), count(o.id) FROM unnest(?::text[]) AS a(path) LEFT JOIN lc_obstacle o"
                        + " ON o.project_id = ? AND o.raised_on <= ? AND " + LandClearanceMetrics.inArea("o.path")
                        + " GROUP BY a.path",
                paths,
                days,
                LandClearanceMetrics.AREAS,
                project,
                raisedBy);
    }
}
