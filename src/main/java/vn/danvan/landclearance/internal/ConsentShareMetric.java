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

/** The share of the project's households in the area that had consented by the date. Subject: a key project. */
@Component
class ConsentShareMetric implements CovenantMetric {

    static final String CODE = "landclearance.consent-share";

    private final LandClearanceMetrics metrics;

    ConsentShareMetric(LandClearanceMetrics metrics) {
        this.metrics = metrics;
    }

    @Override
    public String code() {
        return CODE;
    }

    @Override
    public String nameKey() {
        return "lc.metric.consentShare.name";
    }

    @Override
    public String unitKey() {
        return "lc.metric.consentShare.unit";
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
        return metrics.shares(
                "SELECT a.path, count(h.id) FILTER (WHERE h.agreed_on <= ?), count(h.id)"
                        + " FROM unnest(?::text[]) AS a(path) LEFT JOIN lc_household h ON h.project_id = ? AND "
                        + LandClearanceMetrics.inArea("h.path") + " GROUP BY a.path",
                paths,
                query.asOf(),
                LandClearanceMetrics.AREAS,
                project);
    }
}
