package vn.danvan.petition.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.danvan.petition.PetitionChannel;
import vn.danvan.petition.PetitionKind;
import vn.danvan.shared.security.Scope;
import vn.danvan.shared.text.VietnameseText;

/**
 * Reads of the register. Every staff read carries the user's scope: a case is visible where the commune it concerns
 * or the organisation handling it lies in the scope. Nothing here reads {@code pt_identity}.
 */
@Component
class CaseQueries {

    static final String COLUMNS = "c.id, c.tracking_code, c.kind, c.channel, c.category_id, cat.name AS category_name,"
            + " c.subject, c.content, c.location_text, c.unit_id, c.unit_name, c.path, c.handling_org_id,"
            + " c.handling_org_name, c.handling_path, c.status, c.admissibility, c.complex, c.remote_area,"
            + " c.extension_count, c.confidential, c.received_at, c.received_on, c.step_due_on,"
            + " c.resolution_due_on, c.public_answer, c.answered_on, c.closed_on, c.rating, c.rating_comment,"
            + " c.reopen_requested_on, c.merged_into, c.external_ref, c.demo, c.version";
    static final String FROM = " FROM pt_case c LEFT JOIN pt_category cat ON cat.id = c.category_id";
    static final String OPEN = " c.status NOT IN ('CLOSED', 'FILED', 'TRANSFERRED', 'GUIDED')";

    static final java.time.ZoneId VIETNAM = java.time.ZoneId.of("Asia/Ho_Chi_Minh");

    private final JdbcClient jdbc;

    CaseQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The filter of the register. */
    record Filter(
            @Nullable String q,
            @Nullable PetitionKind kind,
            @Nullable CaseStep status,
            boolean overdue,
            @Nullable Integer dueWithin,
            @Nullable String unit,
            @Nullable PetitionChannel channel) {

        static Filter none() {
            return new Filter(null, null, null, false, null, null, null);
        }
    }

    record Found(List<CaseRecord> items, long total) {}

    static String visible(Scope scope, List<Object> params) {
        Scope.SqlCondition byPath = scope.sql("c.path");
        Scope.SqlCondition byHandler = scope.sql("c.handling_path");
        params.addAll(byPath.params());
        params.addAll(byHandler.params());
        return "(" + byPath.sql() + " OR " + byHandler.sql() + ")";
    }

    Found search(Scope scope, Filter filter, LocalDate today, int page, int size) {
        List<Object> params = new ArrayList<>();
        StringBuilder where = new StringBuilder(visible(scope, params));
        if (filter.q() != null && !filter.q().isBlank()) {
            for (String word : VietnameseText.fold(filter.q()).split(" ")) {
                if (!word.isBlank()) {
                    where.append(" AND c.search_text LIKE ? ESCAPE '\\'");
                    params.add("%" + escapeLike(word) + "%");
                }
            }
        }
        if (filter.kind() != null) {
            where.append(" AND c.kind = ?");
            params.add(filter.kind().name());
        }
        if (filter.status() != null) {
            where.append(" AND c.status = ?");
            params.add(filter.status().name());
        }
        if (filter.overdue()) {
            where.append(" AND").append(OPEN).append(" AND c.step_due_on < ?");
            params.add(today);
        }
        if (filter.dueWithin() != null) {
            where.append(" AND").append(OPEN).append(" AND c.step_due_on BETWEEN ? AND ?");
            params.add(today);
            params.add(today.plusDays(Math.max(0, Math.min(filter.dueWithin(), 3650))));
        }
        if (filter.unit() != null && !filter.unit().isBlank()) {
            where.append(" AND c.unit_id = ?");
            params.add(filter.unit());
        }
        if (filter.channel() != null) {
            where.append(" AND c.channel = ?");
            params.add(filter.channel().name());
        }
        long total = jdbc.sql("SELECT count(*)" + FROM + " WHERE " + where)
                .params(params)
                .query(Long.class)
                .single();
        List<Object> pageParams = new ArrayList<>(params);
        pageParams.add(size);
        pageParams.add((long) page * size);
        List<CaseRecord> items = jdbc.sql("SELECT " + COLUMNS + FROM + " WHERE " + where
                        + " ORDER BY c.received_at DESC, c.id LIMIT ? OFFSET ?")
                .params(pageParams)
                .query(CaseQueries::map)
                .list();
        return new Found(items, total);
    }

    Optional<CaseRecord> visible(Scope scope, UUID id) {
        List<Object> params = new ArrayList<>();
        params.add(id);
        String where = visible(scope, params);
        return jdbc.sql("SELECT " + COLUMNS + FROM + " WHERE c.id = ? AND " + where)
                .params(params)
                .query(CaseQueries::map)
                .optional();
    }

    /** A case whatever the scope: only for the tracking page (after the code and secret matched) and intake. */
    Optional<CaseRecord> any(UUID id) {
        return jdbc.sql("SELECT " + COLUMNS + FROM + " WHERE c.id = ?")
                .param(id)
                .query(CaseQueries::map)
                .optional();
    }

    /** The id and secret hash of the case with that tracking code. */
    record Secret(UUID id, String hash) {}

    Optional<Secret> secretOf(String trackingCode) {
        return jdbc.sql("SELECT id, secret_hash FROM pt_case WHERE tracking_code = ?")
                .param(trackingCode)
                .query((rs, n) -> new Secret(rs.getObject(1, UUID.class), rs.getString(2)))
                .optional();
    }

    /** A step of a case. */
    record StepRow(
            UUID id,
            CaseStep step,
            LocalDate startedOn,
            @Nullable LocalDate dueOn,
            @Nullable UUID ruleId,
            @Nullable String ruleSummary,
            @Nullable LocalDate finishedOn,
            int extended) {}

    List<StepRow> steps(UUID caseId) {
        return jdbc.sql("SELECT id, step, started_on, due_on, rule_id, rule_summary, finished_on, extended FROM pt_step"
                        + " WHERE case_id = ? ORDER BY started_on, created_at")
                .param(caseId)
                .query((rs, n) -> new StepRow(
                        rs.getObject(1, UUID.class),
                        CaseStep.valueOf(rs.getString(2)),
                        rs.getObject(3, LocalDate.class),
                        rs.getObject(4, LocalDate.class),
                        rs.getObject(5, UUID.class),
                        rs.getString(6),
                        rs.getObject(7, LocalDate.class),
                        rs.getInt(8)))
                .list();
    }

    Optional<StepRow> currentStep(UUID caseId) {
        List<StepRow> all = steps(caseId);
        return all.stream().filter(s -> s.finishedOn() == null).reduce((a, b) -> b);
    }

    /** An event of the history. */
    record EventRow(
            java.time.LocalDateTime at,
            String actorName,
            String action,
            @Nullable String fromStatus,
            @Nullable String toStatus,
            @Nullable String detail) {}

    List<EventRow> events(UUID caseId) {
        return jdbc.sql("SELECT at, actor_name, action, from_status, to_status, detail FROM pt_event WHERE case_id = ?"
                        + " ORDER BY at, id")
                .param(caseId)
                .query((rs, n) -> new EventRow(
                        rs.getTimestamp(1).toInstant().atZone(VIETNAM).toLocalDateTime(),
                        rs.getString(2),
                        rs.getString(3),
                        rs.getString(4),
                        rs.getString(5),
                        rs.getString(6)))
                .list();
    }

    /** An internal note. */
    record NoteRow(java.time.Instant createdAt, String authorName, String body) {}

    List<NoteRow> notes(UUID caseId) {
        return jdbc.sql("SELECT created_at, author_name, body FROM pt_note WHERE case_id = ? ORDER BY created_at, id")
                .param(caseId)
                .query((rs, n) -> new NoteRow(rs.getTimestamp(1).toInstant(), rs.getString(2), rs.getString(3)))
                .list();
    }

    /** An attachment of a case. */
    record AttachmentRow(UUID id, UUID fileId, String purpose, boolean identifying, boolean isPublic) {}

    List<AttachmentRow> attachments(UUID caseId) {
        return jdbc.sql("SELECT id, file_id, purpose, identifying, public FROM pt_attachment WHERE case_id = ?"
                        + " ORDER BY added_at, id")
                .param(caseId)
                .query((rs, n) -> new AttachmentRow(
                        rs.getObject(1, UUID.class),
                        rs.getObject(2, UUID.class),
                        rs.getString(3),
                        rs.getBoolean(4),
                        rs.getBoolean(5)))
                .list();
    }

    /** Cases joined into this one. */
    List<CaseRecord> joined(UUID caseId) {
        return jdbc.sql("SELECT " + COLUMNS + FROM + " WHERE c.merged_into = ? ORDER BY c.received_at")
                .param(caseId)
                .query(CaseQueries::map)
                .list();
    }

    boolean hasGrant(UUID caseId, UUID userId) {
        return Boolean.TRUE.equals(
                jdbc.sql("SELECT EXISTS (SELECT 1 FROM pt_identity_grant WHERE case_id = ? AND user_id = ?)")
                        .params(caseId, userId)
                        .query(Boolean.class)
                        .single());
    }

    /** A grant of identity access (who, by whom, why; never the identity). */
    record GrantRow(UUID userId, String username, java.time.Instant grantedAt, String reason) {}

    List<GrantRow> grants(UUID caseId) {
        return jdbc.sql("SELECT g.user_id, coalesce(u.username, ''), g.granted_at, g.reason FROM pt_identity_grant g"
                        + " LEFT JOIN user_account u ON u.id = g.user_id WHERE g.case_id = ? ORDER BY g.granted_at")
                .param(caseId)
                .query((rs, n) -> new GrantRow(
                        rs.getObject(1, UUID.class),
                        rs.getString(2),
                        rs.getTimestamp(3).toInstant(),
                        rs.getString(4)))
                .list();
    }

    /** The categories offered on forms. */
    record Category(UUID id, String code, String name) {}

    List<Category> categories() {
        return jdbc.sql("SELECT id, code, name FROM pt_category WHERE active ORDER BY position, name")
                .query((rs, n) -> new Category(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3)))
                .list();
    }

    static CaseRecord map(ResultSet rs, int row) throws SQLException {
        Timestamp received = rs.getTimestamp("received_at");
        return new CaseRecord(
                rs.getObject("id", UUID.class),
                rs.getString("tracking_code"),
                PetitionKind.valueOf(rs.getString("kind")),
                PetitionChannel.valueOf(rs.getString("channel")),
                rs.getObject("category_id", UUID.class),
                rs.getString("category_name"),
                rs.getString("subject"),
                rs.getString("content"),
                rs.getString("location_text"),
                rs.getString("unit_id"),
                rs.getString("unit_name"),
                rs.getString("path"),
                rs.getObject("handling_org_id", UUID.class),
                rs.getString("handling_org_name"),
                rs.getString("handling_path"),
                CaseStep.valueOf(rs.getString("status")),
                rs.getString("admissibility"),
                rs.getBoolean("complex"),
                rs.getBoolean("remote_area"),
                rs.getInt("extension_count"),
                rs.getBoolean("confidential"),
                received.toInstant(),
                rs.getObject("received_on", LocalDate.class),
                rs.getObject("step_due_on", LocalDate.class),
                rs.getObject("resolution_due_on", LocalDate.class),
                rs.getString("public_answer"),
                rs.getObject("answered_on", LocalDate.class),
                rs.getObject("closed_on", LocalDate.class),
                rs.getObject("rating", Integer.class),
                rs.getString("rating_comment"),
                rs.getObject("reopen_requested_on", LocalDate.class),
                rs.getObject("merged_into", UUID.class),
                rs.getString("external_ref"),
                rs.getBoolean("demo"),
                rs.getInt("version"));
    }

    static String escapeLike(String s) {
        return s.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
