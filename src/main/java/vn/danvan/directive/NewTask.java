package vn.danvan.directive;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** A task another module asks to add to a plan (the plan's rules still apply: dates, lead unit in scope…). */
public record NewTask(
        UUID planId,
        String title,
        String content,
        UUID leadOrgUnitId,
        List<UUID> coordinatingOrgUnitIds,
        LocalDate start,
        LocalDate deadline,
        @Nullable String expectedOutput,
        @Nullable TaskOrigin origin) {}
