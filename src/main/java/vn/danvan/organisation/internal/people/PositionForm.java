package vn.danvan.organisation.internal.people;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;

/** Appoint a person to a position. */
public record PositionForm(
        @NotNull(message = "{organisation.validation.positionOrg}") @Nullable
        UUID orgUnitId,

        @NotBlank(message = "{organisation.validation.title}") @Size(max = 200) @Nullable
        String title,

        @NotNull(message = "{organisation.validation.startDate}") @DateTimeFormat(pattern = "dd/MM/yyyy") @Nullable
        LocalDate startDate,

        @DateTimeFormat(pattern = "dd/MM/yyyy") @Nullable LocalDate endDate) {}
