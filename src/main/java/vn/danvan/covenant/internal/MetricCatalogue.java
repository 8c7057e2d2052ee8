package vn.danvan.covenant.internal;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import vn.danvan.covenant.CovenantMetric;
import vn.danvan.covenant.Measurement;
import vn.danvan.covenant.MetricQuery;

/**
 * The metrics other modules contribute ({@link CovenantMetric} beans), by code. A criterion whose metric is not
 * present (its module is not deployed) is shown as "not available" rather than failing.
 */
@Component
class MetricCatalogue {

    private final List<CovenantMetric> metrics;

    MetricCatalogue(ObjectProvider<CovenantMetric> metrics) {
        this.metrics = metrics.orderedStream()
                .sorted(Comparator.comparing(CovenantMetric::code))
                .toList();
    }

    List<CovenantMetric> all() {
        return metrics;
    }

    Optional<CovenantMetric> find(String code) {
        return metrics.stream().filter(m -> m.code().equals(code)).findFirst();
    }

    /** The values of a criterion's metric for all the given areas, in one call; empty if the metric is absent. */
    Optional<Map<String, Measurement>> measure(Criterion criterion, LocalDate asOf, Collection<String> paths) {
        if (criterion.metricCode() == null) {
            return Optional.empty();
        }
        return find(criterion.metricCode())
                .map(m -> m.measure(
                        new MetricQuery(criterion.metricSubject(), criterion.metricDays(), asOf), List.copyOf(paths)));
    }
}
