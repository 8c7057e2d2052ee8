package vn.danvan.directive.internal;

import org.jspecify.annotations.Nullable;

/** Filters of the document register: free text (diacritics ignored), kind, state and year of issue. */
record DocumentFilter(
        @Nullable String q,
        @Nullable DocumentKind kind,
        @Nullable DocumentState state,
        @Nullable Integer year) {

    static DocumentFilter none() {
        return new DocumentFilter(null, null, null, null);
    }
}
