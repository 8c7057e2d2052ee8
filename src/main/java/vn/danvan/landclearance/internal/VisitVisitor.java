package vn.danvan.landclearance.internal;

import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import org.jspecify.annotations.Nullable;

/** A person who went on an outreach visit, and the kind and name of the organisation they came from. */
@Embeddable
record VisitVisitor(
        String name,
        @Enumerated(EnumType.STRING) VisitorKind orgKind,
        @Nullable String orgName) {}
