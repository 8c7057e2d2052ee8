package vn.danvan.organisation.internal.account;

import jakarta.validation.constraints.NotNull;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import vn.danvan.organisation.Role;

/** Grant a role in an organisation. */
public record GrantForm(
        @NotNull(message = "{organisation.validation.role}") @Nullable
        Role role,

        @NotNull(message = "{organisation.validation.roleOrg}") @Nullable
        UUID orgUnitId) {}
