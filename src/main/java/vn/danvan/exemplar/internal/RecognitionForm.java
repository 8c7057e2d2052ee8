package vn.danvan.exemplar.internal;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;

/** The recognising authority's decision. */
record RecognitionForm(
        @NotBlank(message = "{ex.validation.decisionNumber}")
        @Size(max = 60, message = "{ex.validation.decisionNumber}")
        @Nullable
        String decisionNumber,

        @NotNull(message = "{ex.validation.decidedOn}") @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable
        LocalDate decidedOn,

        @NotBlank(message = "{ex.validation.level}") @Nullable
        String level,

        @NotBlank(message = "{ex.validation.authority}")
        @Size(max = 300, message = "{ex.validation.authority}")
        @Nullable
        String authority,

        @Nullable String award) {}
