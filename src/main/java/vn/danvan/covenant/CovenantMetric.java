package vn.danvan.covenant;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import vn.danvan.shared.security.Scope;

/**
 * A measure a covenant criterion can take from live data: the metric catalogue. Any module contributes metrics by
 * declaring beans of this type; the covenant module lists them when a criterion is defined and asks them for values
 * when parties are scored. A metric measures an area (a party's unit path, counting everything at or below it) as of
 * a date, so that a party's standing can be followed over time.
 */
public interface CovenantMetric {

    /** Stable code stored with the criterion, such as {@code landclearance.handover-share}. */
    String code();

    /** Message key of the metric's name, shown when a criterion is defined. */
    String nameKey();

    /** Message key of the unit of measure (%, m², lượt, hộ…). */
    String unitKey();

    /** Whether the metric is about one subject (for land clearance: a key project) chosen from {@link #subjects}. */
    boolean needsSubject();

    /** Whether the metric takes a number of days (for example "obstacles resolved within N days"). */
    boolean needsDays();

    /** The subjects a user with this scope may choose; empty when the metric needs none. */
    List<MetricSubject> subjects(Scope scope);

    /**
     * The value for each of the given areas (unit paths) as of the query's date. Every path given has an entry in the
     * answer; an area with nothing to count has value zero and no denominator.
     */
    Map<String, Measurement> measure(MetricQuery query, Collection<String> paths);
}
