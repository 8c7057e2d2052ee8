package vn.danvan.directive.internal;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** The form that opens an implementation plan for a document. */
record PlanForm(
        @NotBlank(message = "{directive.validation.title}")
        @Size(max = 500, message = "{directive.validation.titleLength}")
        @Nullable
        String title,

        @NotNull(message = "{directive.validation.owner}") @Nullable
        UUID ownerOrgUnitId) {}
