package vn.danvan.directive.internal;

import jakarta.validation.constraints.NotEmpty;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;

/** Splits a task into one sub-task per chosen lower unit, with the parent's deadline unless another is given. */
record SubTaskForm(
        @NotEmpty(message = "{directive.validation.subUnits}") @Nullable
        List<UUID> orgUnitIds,

        @DateTimeFormat(pattern = "dd/MM/yyyy") @Nullable LocalDate deadline) {}
