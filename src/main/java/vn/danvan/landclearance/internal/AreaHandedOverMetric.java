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

/** The recovered area (m²) of the plots of the project's households in the area handed over by the date. Subject: a key project. */
@Component
class AreaHandedOverMetric implements CovenantMetric {

    static final String CODE = "landclearance.area-handed-over";

    private final LandClearanceMetrics metrics;

    AreaHandedOverMetric(LandClearanceMetrics metrics) {
        this.metrics = metrics;
    }

    @Override
    public String code() {
        return CODE;
    }

    @Override
    public String nameKey() {
        return "lc.metric.areaHandedOver.name";
    }

    @Override
    public String unitKey() {
        return "lc.metric.areaHandedOver.unit";
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
                "SELECT a.path, coalesce(sum(pl.recovered_area), 0) FROM unnest(?::text[]) AS a(path)"
                        + " LEFT JOIN lc_household h ON h.project_id = ? AND h.handed_over_on <= ? AND "
                        + LandClearanceMetrics.inArea("h.path")
                        + " LEFT JOIN lc_plot pl ON pl.household_id = h.id GROUP BY a.path",
                paths,
                false,
                LandClearanceMetrics.AREAS,
                project,
                query.asOf());
    }
}
