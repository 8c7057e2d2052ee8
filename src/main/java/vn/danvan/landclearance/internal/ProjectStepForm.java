package vn.danvan.landclearance.internal;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;

/** Records the day a statutory step was reached (an empty date clears it), with the document that shows it. */
record ProjectStepForm(
        @NotNull(message = "{lc.project.validation.step}") @Nullable
        ClearanceStep step,

        @DateTimeFormat(pattern = "dd/MM/yyyy") @Nullable LocalDate reachedOn,

        @Size(max = 300, message = "{lc.project.validation.documentRefLength}") @Nullable
        String documentRef,

        @Size(max = 2000, message = "{lc.project.validation.noteLength}") @Nullable
        String note) {}
