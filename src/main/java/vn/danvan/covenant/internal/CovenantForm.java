package vn.danvan.covenant.internal;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;

/** The form that sets up or edits a covenant: what, for when, who owns it, who signed it and where. */
record CovenantForm(
        @NotBlank(message = "{cv.validation.title}") @Size(max = 500, message = "{cv.validation.titleLength}") @Nullable
        String title,

        @NotNull(message = "{cv.validation.kind}") @Nullable CovenantKind kind,

        @NotNull(message = "{cv.validation.year}")
        @Min(value = 2000, message = "{cv.validation.year}")
        @Max(value = 2100, message = "{cv.validation.year}")
        @Nullable
        Integer year,

        @NotNull(message = "{cv.validation.startsOn}") @DateTimeFormat(pattern = "dd/MM/yyyy") @Nullable
        LocalDate startsOn,

        @NotNull(message = "{cv.validation.endsOn}") @DateTimeFormat(pattern = "dd/MM/yyyy") @Nullable
        LocalDate endsOn,

        @NotNull(message = "{cv.validation.owner}") @Nullable
        UUID ownerOrgId,

        @Size(max = 5000, message = "{cv.validation.descriptionLength}") @Nullable
        String description,

        @DateTimeFormat(pattern = "dd/MM/yyyy") @Nullable LocalDate signedOn,

        @NotNull(message = "{cv.validation.parties}") @Size(min = 2, message = "{cv.validation.parties}") @Nullable
        List<UUID> partyOrgIds,

        @Nullable UUID signingId,

        @Nullable Boolean useSigningFile) {

    static CovenantForm empty(int year) {
        return new CovenantForm(
                null,
                CovenantKind.ANNUAL,
                year,
                LocalDate.of(year, 1, 1),
                LocalDate.of(year, 12, 31),
                null,
                null,
                null,
                List.of(),
                null,
                false);
    }

    static CovenantForm of(Covenant c, List<Party> parties) {
        return new CovenantForm(
                c.title(),
                c.kind(),
                c.year(),
                c.startsOn(),
                c.endsOn(),
                c.ownerOrgId(),
                c.description(),
                c.signedOn(),
                parties.stream().map(Party::orgId).toList(),
                c.meetingSigningId(),
                false);
    }

    List<UUID> parties() {
        return partyOrgIds == null ? List.of() : partyOrgIds.stream().distinct().toList();
    }
}
