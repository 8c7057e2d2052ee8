package vn.danvan.organisation.internal.org;

import org.jspecify.annotations.Nullable;
import vn.danvan.organisation.OrgUnitKind;

/** Filters of the organisation list: free text (diacritics ignored), kind, unit, and whether to show former ones. */
public record OrgUnitFilter(
        @Nullable String q,
        @Nullable OrgUnitKind kind,
        @Nullable String unit,
        boolean includeFormer) {}
