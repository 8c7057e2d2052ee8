package vn.danvan.directive;

import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** A task as other modules see it. */
public record TaskView(
        UUID id,
        UUID planId,
        String title,
        UUID leadOrgUnitId,
        LocalDate deadline,
        int percentComplete,
        @Nullable LocalDate completedOn,
        TaskStatus status) {}
