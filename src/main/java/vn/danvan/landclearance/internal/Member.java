package vn.danvan.landclearance.internal;

import jakarta.persistence.Embeddable;
import org.jspecify.annotations.Nullable;

/** A member of a household (nhân khẩu): name, relation to the head, year of birth. */
@Embeddable
record Member(
        String name, @Nullable String relation, @Nullable Integer birthYear) {}
