package vn.danvan.exemplar.internal;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;

/** An update: text, date, whether the photos are public. */
record UpdateForm(
        @NotBlank(message = "{ex.validation.updateText}")
        @Size(max = 8000, message = "{ex.validation.updateTextLength}")
        @Nullable
        String text,

        @NotNull(message = "{ex.validation.reportedOn}") @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable
        LocalDate reportedOn,

        boolean photosPublic) {}
