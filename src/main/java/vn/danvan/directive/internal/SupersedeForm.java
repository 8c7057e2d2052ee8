package vn.danvan.directive.internal;

import jakarta.validation.constraints.NotNull;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** Marks a document amended or replaced by another (or back in force). */
record SupersedeForm(
        @NotNull(message = "{directive.validation.state}") @Nullable
        DocumentState state,

        @Nullable UUID byId) {}
