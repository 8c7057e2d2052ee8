package vn.danvan.directive.internal;

import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import vn.danvan.directive.TaskStatus;

/** Filters of the task list: text, computed status, document, lead organisation, due on or before a day. */
record TaskFilter(
        @Nullable String q,
        @Nullable TaskStatus status,
        @Nullable UUID document,
        @Nullable UUID lead,
        @Nullable LocalDate dueBefore) {

    static TaskFilter none() {
        return new TaskFilter(null, null, null, null, null);
    }
}
