package vn.danvan.meeting.internal;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** Record a covenant signing: its title and the signing organisations (at least two); the file comes alongside. */
record CovenantForm(
        @NotBlank(message = "{meeting.validation.covenantTitle}")
        @Size(max = 500, message = "{meeting.validation.titleLength}")
        @Nullable
        String title,

        @Nullable List<UUID> partyOrgIds) {}
