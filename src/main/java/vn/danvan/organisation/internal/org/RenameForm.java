package vn.danvan.organisation.internal.org;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;

/** A rename from a date: the old name stays in the history. */
public record RenameForm(
        @NotBlank(message = "{organisation.validation.name}")
        @Size(max = 300, message = "{organisation.validation.nameLength}")
        @Nullable
        String name,

        @Size(max = 40, message = "{organisation.validation.abbreviationLength}") @Nullable
        String abbreviation,

        @NotNull(message = "{organisation.validation.effective}") @DateTimeFormat(pattern = "dd/MM/yyyy") @Nullable
        LocalDate effective) {}
