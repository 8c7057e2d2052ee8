package vn.danvan.landclearance.internal;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;

/** The form that registers or edits a key project. */
record ProjectForm(
        @NotBlank(message = "{lc.project.validation.code}")
        @Size(max = 40, message = "{lc.project.validation.codeLength}")
        @Pattern(regexp = "[\\p{L}\\p{N}._/-]*", message = "{lc.project.validation.codeChars}")
        @Nullable
        String code,

        @NotBlank(message = "{lc.project.validation.name}")
        @Size(max = 500, message = "{lc.project.validation.nameLength}")
        @Nullable
        String name,

        @NotBlank(message = "{lc.project.validation.investor}")
        @Size(max = 300, message = "{lc.project.validation.investorLength}")
        @Nullable
        String investor,

        @NotNull(message = "{lc.project.validation.owner}") @Nullable
        UUID ownerOrgId,

        @Size(max = 300, message = "{lc.project.validation.decisionLength}") @Nullable
        String policyDecision,

        @Size(max = 300, message = "{lc.project.validation.decisionLength}") @Nullable
        String recoveryDecision,

        @NotNull(message = "{lc.project.validation.landKind}") @Nullable
        LandKind landKind,

        @NotNull(message = "{lc.project.validation.area}")
        @DecimalMin(value = "0.1", message = "{lc.project.validation.areaPositive}")
        @DecimalMax(value = "9999999999999", message = "{lc.project.validation.areaTooLarge}")
        @Digits(integer = 13, fraction = 1, message = "{lc.project.validation.areaDigits}")
        @Nullable
        BigDecimal totalAreaM2,

        @DateTimeFormat(pattern = "dd/MM/yyyy") @Nullable LocalDate targetHandoverOn,

        @Size(max = 5000, message = "{lc.project.validation.noteLength}") @Nullable
        String note,

        @NotEmpty(message = "{lc.project.validation.communes}") @Nullable
        List<String> communeIds) {

    static ProjectForm empty(@Nullable UUID ownerOrgId) {
        return new ProjectForm(null, null, null, ownerOrgId, null, null, null, null, null, null, List.of());
    }

    static ProjectForm of(Project p) {
        return new ProjectForm(
                p.code(),
                p.name(),
                p.investor(),
                p.ownerOrgId(),
                p.policyDecision(),
                p.recoveryDecision(),
                p.landKind(),
                p.totalAreaM2(),
                p.targetHandoverOn(),
                p.note(),
                p.communes().stream().map(ProjectCommune::unitId).toList());
    }

    List<String> chosenCommunes() {
        return communeIds == null ? List.of() : communeIds.stream().distinct().toList();
    }
}
