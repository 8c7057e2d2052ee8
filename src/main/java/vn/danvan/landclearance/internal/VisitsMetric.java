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

/** The outreach visits made to the project's households in the area up to the date (all of them: the metric does not know when a covenant started). Subject: a key project. */
@Component
class VisitsMetric implements CovenantMetric {

    static final String CODE = "landclearance.visits";

    private final LandClearanceMetrics metrics;

    VisitsMetric(LandClearanceMetrics metrics) {
        this.metrics = metrics;
    }

    @Override
    public String code() {
        return CODE;
    }

    @Override
    public String nameKey() {
        return "lc.metric.visits.name";
    }

    @Override
    public String unitKey() {
        return "lc.metric.visits.unit";
    }

    @Override
    public boolean needsSubject() {
        return true;
    }

    @Override
    public boolean needsDays() {
        return false;
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
        return metrics.amounts(
                "SELECT a.path, count(v.id) FROM unnest(?::text[]) AS a(path) LEFT JOIN lc_visit v"
                        + " ON v.project_id = ? AND v.visited_on <= ? AND " + LandClearanceMetrics.inArea("v.path")
                        + " GROUP BY a.path",
                paths,
                true,
                LandClearanceMetrics.AREAS,
                project,
                query.asOf());
    }
}
