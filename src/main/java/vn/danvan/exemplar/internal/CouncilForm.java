package vn.danvan.exemplar.internal;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** A new council (evaluation round): members as parallel lists of names and roles. */
record CouncilForm(
        @NotNull(message = "{ex.validation.year}")
        @Min(value = 2000, message = "{ex.validation.year}")
        @Max(value = 2100, message = "{ex.validation.year}")
        @Nullable
        Integer year,

        @NotBlank(message = "{ex.validation.level}") @Nullable
        String level,

        @NotBlank(message = "{ex.validation.councilName}")
        @Size(max = 300, message = "{ex.validation.councilName}")
        @Nullable
        String name,

        @NotNull(message = "{ex.validation.owner}") @Nullable
        UUID orgId,

        @NotNull(message = "{ex.validation.passMark}")
        @DecimalMin(value = "0", message = "{ex.validation.passMark}")
        @Nullable
        BigDecimal passMark,

        @Nullable List<String> memberName,
        @Nullable List<String> memberRole) {

    static CouncilForm empty(int year) {
        return new CouncilForm(
                year,
                "COMMUNE",
                null,
                null,
                new BigDecimal("60"),
                List.of("", "", "", "", ""),
                List.of("", "", "", "", ""));
    }
}
