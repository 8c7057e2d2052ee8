package vn.danvan.organisation.internal.org;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import vn.danvan.organisation.OrgUnitKind;

/** The organisation form: create or correct an organisation. */
public record OrgUnitForm(
        @NotNull(message = "{organisation.validation.kind}") @Nullable
        OrgUnitKind kind,

        @NotBlank(message = "{organisation.validation.name}")
        @Size(max = 300, message = "{organisation.validation.nameLength}")
        @Nullable
        String name,

        @Size(max = 40, message = "{organisation.validation.abbreviationLength}") @Nullable
        String abbreviation,

        @NotBlank(message = "{organisation.validation.adminUnit}") @Nullable
        String adminUnitId,

        @Nullable UUID parentId,

        @Size(max = 200, message = "{organisation.validation.villageLength}") @Nullable
        String village,

        @DateTimeFormat(pattern = "dd/MM/yyyy") @Nullable LocalDate validFrom,
        @DateTimeFormat(pattern = "dd/MM/yyyy") @Nullable LocalDate validTo) {

    static OrgUnitForm empty(@Nullable String adminUnitId) {
        return new OrgUnitForm(null, null, null, adminUnitId, null, null, null, null);
    }

    static OrgUnitForm of(OrgUnit o) {
        return new OrgUnitForm(
                o.kind(),
                o.name(),
                o.abbreviation(),
                o.adminUnitId(),
                o.parentId(),
                o.village(),
                o.validFrom(),
                o.validTo());
    }
}
