package vn.danvan.landclearance.internal;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;

/** A new obstacle: its reason, what it is, and when it was raised. */
record ObstacleForm(
        @NotNull(message = "{lc.obstacle.validation.reason}") @Nullable
        ObstacleReason reason,

        @NotBlank(message = "{lc.obstacle.validation.description}")
        @Size(max = 4000, message = "{lc.visit.validation.textLength}")
        @Nullable
        String description,

        @NotNull(message = "{lc.obstacle.validation.raisedOn}") @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable
        LocalDate raisedOn) {}
