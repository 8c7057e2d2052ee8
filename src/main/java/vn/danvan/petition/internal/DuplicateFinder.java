package vn.danvan.petition.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Likely duplicates of a case: cases of the same commune received within 90 days before or after it, from the same
 * person (same identity fingerprint) or with a similar text (pg_trgm similarity of the folded text above 0.5). Merged
 * cases are left out. Only codes and subjects are returned, never the identity.
 */
@Component
class DuplicateFinder {

    static final double SIMILARITY = 0.5;
    static final int WINDOW_DAYS = 90;

    private final JdbcClient jdbc;

    DuplicateFinder(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A suggested duplicate. */
    record Suggestion(
            UUID id, String trackingCode, String subject, LocalDate receivedOn, String status, boolean samePerson) {}

    List<Suggestion> of(UUID caseId) {
        return jdbc.sql("SELECT o.id, o.tracking_code, o.subject, o.received_on, o.status,"
                        + " (i.fingerprint IS NOT NULL AND oi.fingerprint = i.fingerprint) AS same_person"
                        + " FROM pt_case c LEFT JOIN pt_identity i ON i.case_id = c.id"
                        + " JOIN pt_case o ON o.unit_id = c.unit_id AND o.id <> c.id AND o.merged_into IS NULL"
                        + " AND o.received_on BETWEEN c.received_on - " + WINDOW_DAYS
                        + " AND c.received_on + " + WINDOW_DAYS
                        + " LEFT JOIN pt_identity oi ON oi.case_id = o.id"
                        + " WHERE c.id = ? AND ((i.fingerprint IS NOT NULL AND oi.fingerprint = i.fingerprint)"
                        + " OR similarity(o.search_text, c.search_text) > " + SIMILARITY + ")"
                        + " ORDER BY o.received_on DESC, o.id LIMIT 10")
                .param(caseId)
                .query((rs, n) -> new Suggestion(
                        rs.getObject(1, UUID.class),
                        rs.getString(2),
                        rs.getString(3),
                        rs.getObject(4, LocalDate.class),
                        rs.getString(5),
                        rs.getBoolean(6)))
                .list();
    }

    static @Nullable String codes(List<Suggestion> found) {
        return found.isEmpty()
                ? null
                : String.join(", ", found.stream().map(Suggestion::trackingCode).toList());
    }
}
