package vn.danvan.directive.internal;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import vn.danvan.officialdoc.OfficialDocument.DocumentFamily;

/** The form that registers a document. */
record DocumentForm(
        @NotNull(message = "{directive.validation.kind}") @Nullable
        DocumentKind kind,

        @NotNull(message = "{directive.validation.family}") @Nullable
        DocumentFamily family,

        @NotBlank(message = "{directive.validation.number}")
        @Size(max = 60, message = "{directive.validation.numberLength}")
        @Nullable
        String number,

        @NotNull(message = "{directive.validation.issuedOn}") @DateTimeFormat(pattern = "dd/MM/yyyy") @Nullable
        LocalDate issuedOn,

        @NotNull(message = "{directive.validation.issuer}") @Nullable
        UUID issuingOrgUnitId,

        @Size(max = 200, message = "{directive.validation.issuerNameLength}") @Nullable
        String issuerName,

        @NotBlank(message = "{directive.validation.title}")
        @Size(max = 500, message = "{directive.validation.titleLength}")
        @Nullable
        String title,

        @Size(max = 5000, message = "{directive.validation.summaryLength}") @Nullable
        String summary,

        @Nullable List<UUID> implementsIds) {

    static DocumentForm empty() {
        return new DocumentForm(null, null, null, null, null, null, null, null, List.of());
    }
}
