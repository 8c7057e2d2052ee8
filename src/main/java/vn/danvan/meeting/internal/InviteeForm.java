package vn.danvan.meeting.internal;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Size;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** Invite an organisation, a person, or a person of an organisation; the e-mail address is for the invitation. */
record InviteeForm(
        @Nullable UUID orgId,

        @Size(max = 300, message = "{meeting.validation.nameLength}") @Nullable
        String name,

        @Email(message = "{meeting.validation.email}")
        @Size(max = 200, message = "{meeting.validation.email}")
        @Nullable
        String email) {}
