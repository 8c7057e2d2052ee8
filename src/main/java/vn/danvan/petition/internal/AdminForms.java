package vn.danvan.petition.internal;

import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;

/** The forms of the petition administration pages; checked by {@link AdminService}, which names each broken rule. */
final class AdminForms {

    private AdminForms() {}

    record ApiClientForm(@Nullable String name) {}

    record CategoryForm(
            @Nullable String code,
            @Nullable String name,
            @Nullable String nameEn,
            @Nullable String description,
            @Nullable Boolean open311,
            @Nullable Boolean active,
            @Nullable Integer position) {}

    record RoutingForm(
            @Nullable String kind,
            @Nullable UUID categoryId,
            @Nullable String unitPath,
            @Nullable UUID handlingOrgId) {}

    record RuleForm(
            @Nullable String kind,
            @Nullable String step,
            @Nullable Integer amount,
            @Nullable Integer complexAmount,
            @Nullable Integer remoteAmount,
            @Nullable Integer remoteComplexAmount,
            @Nullable String dayKind,
            @Nullable Boolean civilCodeEnd,
            @Nullable Integer maxExtensions,
            @Nullable Integer extensionAmount,
            @Nullable String legalBasis,

            @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable
            LocalDate effectiveFrom,

            @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable
            LocalDate effectiveTo,

            @Nullable Boolean verified) {}

    record EndRuleForm(
            @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable
            LocalDate on) {}
}
