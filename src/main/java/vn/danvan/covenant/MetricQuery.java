package vn.danvan.covenant;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** What to measure: the subject and number of days where the metric needs them, and the date to measure as of. */
public record MetricQuery(
        @Nullable String subject, @Nullable Integer days, LocalDate asOf) {}
