package vn.danvan.organisation.internal.org;

import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;

/** The last day an organisation existed. */
public record DissolveForm(
        @NotNull(message = "{organisation.validation.lastDay}") @DateTimeFormat(pattern = "dd/MM/yyyy") @Nullable
        LocalDate lastDay) {}
