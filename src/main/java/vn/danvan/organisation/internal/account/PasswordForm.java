package vn.danvan.organisation.internal.account;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import org.jspecify.annotations.Nullable;

/** Change one's own password: the current one, and the new one twice. */
public record PasswordForm(
        @NotBlank(message = "{organisation.validation.currentPassword}") @Nullable
        String current,

        @NotBlank(message = "{organisation.validation.newPassword}") @Nullable
        String replacement,

        @Nullable String confirmation) {

    @AssertTrue(message = "{organisation.validation.passwordMismatch}")
    public boolean isConfirmed() {
        return replacement == null || replacement.equals(confirmation);
    }
}
