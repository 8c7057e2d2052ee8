package vn.danvan.landclearance.internal;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;

/** How and when an obstacle was resolved; both are checked by the service, which names what is missing. */
record ObstacleResolutionForm(
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable
        LocalDate resolvedOn,

        @Nullable String resolution) {}
