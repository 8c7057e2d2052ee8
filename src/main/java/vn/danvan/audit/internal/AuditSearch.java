package vn.danvan.audit.internal;

import java.time.LocalDate;
import java.time.ZoneId;
import org.jspecify.annotations.Nullable;
import vn.danvan.audit.AuditOutcome;

/**
 * Which entries to list: every given criterion must hold. {@code actor} is a case-insensitive prefix of the
 * actor's name, {@code actionPrefix} a prefix of the action key; dates are whole days in Vietnam's time zone,
 * both ends included.
 */
record AuditSearch(
        @Nullable String actor,
        @Nullable String actionPrefix,
        @Nullable String targetType,
        @Nullable String targetId,
        @Nullable LocalDate from,
        @Nullable LocalDate to,
        @Nullable AuditOutcome outcome) {

    static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

    static AuditSearch everything() {
        return new AuditSearch(null, null, null, null, null, null, null);
    }
}
