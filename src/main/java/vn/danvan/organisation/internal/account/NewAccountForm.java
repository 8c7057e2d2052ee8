package vn.danvan.organisation.internal.account;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import vn.danvan.organisation.Role;

/** An administrator creates an account for a person, with a first role in an organisation. */
public record NewAccountForm(
        @NotNull(message = "{organisation.validation.person}") @Nullable
        UUID personId,

        @NotNull(message = "{organisation.validation.username}")
        @Pattern(regexp = "^[a-zA-Z0-9._-]{3,60}$", message = "{organisation.validation.username}")
        @Nullable
        String username,

        @NotNull(message = "{organisation.validation.role}") @Nullable
        Role role,

        @NotNull(message = "{organisation.validation.roleOrg}") @Nullable
        UUID orgUnitId) {}
