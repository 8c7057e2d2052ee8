package vn.danvan.exemplar.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.danvan.files.Attachments;
import vn.danvan.files.StoredFile;

/** Everything the entry page shows, read in one place. */
record EntryPage(
        EntryRow entry,
        List<String> tags,
        List<Objective> objectives,
        List<Update> updates,
        List<SelfAssessment> selfAssessments,
        List<Evaluation> evaluations,
        List<Recognition> recognitions,
        List<Link> ancestors,
        List<Link> descendants,
        long spreadUnits,
        long spreadPlaces,
        List<Event> events) {

    record Objective(
            int position,
            String text,
            @Nullable String measure,
            @Nullable String unit,
            @Nullable BigDecimal target,
            BigDecimal achieved) {}

    record Result(String measure, String unit, BigDecimal value) {}

    record FileLink(UUID id, String filename, boolean image, boolean isPublic) {}

    record Update(
            UUID id, LocalDate reportedOn, String text, String author, List<Result> results, List<FileLink> files) {}

    record SelfAssessment(String period, String text, boolean effective, LocalDate assessedOn, String author) {}

    record Evaluation(
            UUID councilId,
            String council,
            int year,
            String level,
            @Nullable Boolean proposed) {}

    record Recognition(
            String level,
            String decisionNumber,
            LocalDate decidedOn,
            String authority,
            @Nullable String award,
            @Nullable LocalDate revokedOn,
            @Nullable String revokeReason) {}

    record Link(UUID id, String name, int year, String owner, String place, String status, int depth) {}

    record Event(
            java.time.LocalDateTime at,
            String actor,
            String action,
            @Nullable String detail) {}

    /** Reads the page of an entry the caller has already found visible. */
    @Component
    static class Reader {

        private final JdbcClient jdbc;
        private final Attachments attachments;

        Reader(JdbcClient jdbc, Attachments attachments) {
            this.jdbc = jdbc;
            this.attachments = attachments;
        }

        @Transactional(readOnly = true)
        EntryPage read(EntryRow e) {
            UUID id = e.id();
            List<String> tags = jdbc.sql("SELECT tag FROM ex_entry_tag WHERE entry_id = ? ORDER BY tag")
                    .param(id)
                    .query(String.class)
                    .list();
            List<Objective> objectives = jdbc.sql("SELECT o.position, o.text, m.name, m.unit, o.target,"
                            + " coalesce((SELECT sum(r.value) FROM ex_result r JOIN ex_update u ON u.id = r.update_id"
                            + " WHERE u.entry_id = o.entry_id AND r.measure_id = o.measure_id), 0) AS achieved"
                            + " FROM ex_objective o LEFT JOIN ex_measure m ON m.id = o.measure_id"
                            + " WHERE o.entry_id = ? ORDER BY o.position")
                    .param(id)
                    .query((rs, n) -> new Objective(
                            rs.getInt(1),
                            rs.getString(2),
                            rs.getString(3),
                            rs.getString(4),
                            rs.getBigDecimal(5),
                            rs.getBigDecimal(6)))
                    .list();
            List<Update> updates = new ArrayList<>();
            for (var u : jdbc.sql("SELECT id, reported_on, text, author_name FROM ex_update WHERE entry_id = ?"
                            + " ORDER BY reported_on DESC, created_at DESC")
                    .param(id)
                    .query((rs, n) -> new Object[] {
                        rs.getObject(1, UUID.class), rs.getObject(2, LocalDate.class), rs.getString(3), rs.getString(4)
                    })
                    .list()) {
                UUID updateId = (UUID) u[0];
                List<Result> results = jdbc.sql("SELECT m.name, m.unit, r.value FROM ex_result r JOIN ex_measure m"
                                + " ON m.id = r.measure_id WHERE r.update_id = ? ORDER BY m.position")
                        .param(updateId)
                        .query((rs, n) -> new Result(rs.getString(1), rs.getString(2), rs.getBigDecimal(3)))
                        .list();
                Map<UUID, Boolean> flags = new LinkedHashMap<>();
                jdbc.sql("SELECT file_id, public FROM ex_update_file WHERE update_id = ?")
                        .param(updateId)
                        .query((rs, n) -> flags.put(rs.getObject(1, UUID.class), rs.getBoolean(2)))
                        .list();
                List<FileLink> files = new ArrayList<>();
                for (StoredFile f : attachments.of(EntryService.MODULE, "update", updateId)) {
                    files.add(new FileLink(
                            f.id(),
                            f.filename(),
                            f.contentType().startsWith("image/"),
                            Boolean.TRUE.equals(flags.get(f.id()))));
                }
                updates.add(new Update(updateId, (LocalDate) u[1], (String) u[2], (String) u[3], results, files));
            }
            List<SelfAssessment> selfAssessments = jdbc.sql("SELECT period, text, effective, assessed_on, author_name"
                            + " FROM ex_self_assessment WHERE entry_id = ? ORDER BY assessed_on")
                    .param(id)
                    .query((rs, n) -> new SelfAssessment(
                            rs.getString(1),
                            rs.getString(2),
                            rs.getBoolean(3),
                            rs.getObject(4, LocalDate.class),
                            rs.getString(5)))
                    .list();
            List<Evaluation> evaluations = jdbc.sql(
                            "SELECT c.id, c.name, c.year, c.level, k.proposed FROM ex_candidate k"
                                    + " JOIN ex_council c ON c.id = k.council_id WHERE k.entry_id = ? ORDER BY c.created_at")
                    .param(id)
                    .query((rs, n) -> new Evaluation(
                            rs.getObject(1, UUID.class), rs.getString(2), rs.getInt(3), rs.getString(4), (Boolean)
                                    rs.getObject(5)))
                    .list();
            List<Recognition> recognitions = jdbc.sql("SELECT level, decision_number, decided_on, authority, award,"
                            + " revoked_on, revoke_reason FROM ex_recognition WHERE entry_id = ? ORDER BY decided_on")
                    .param(id)
                    .query((rs, n) -> new Recognition(
                            rs.getString(1),
                            rs.getString(2),
                            rs.getObject(3, LocalDate.class),
                            rs.getString(4),
                            rs.getString(5),
                            rs.getObject(6, LocalDate.class),
                            rs.getString(7)))
                    .list();
            List<Link> ancestors = jdbc.sql("WITH RECURSIVE up(id, depth) AS (SELECT replicated_from, 1 FROM ex_entry"
                            + " WHERE id = ? AND replicated_from IS NOT NULL UNION ALL SELECT e.replicated_from,"
                            + " up.depth + 1 FROM ex_entry e JOIN up ON e.id = up.id WHERE e.replicated_from IS NOT NULL"
                            + " AND up.depth < 20) SELECT e.id, e.name, e.year, e.owner_org_name, e.place_unit_name,"
                            + " e.status, up.depth FROM up JOIN ex_entry e ON e.id = up.id ORDER BY up.depth DESC")
                    .param(id)
                    .query(Reader::link)
                    .list();
            List<Link> descendants = jdbc.sql("WITH RECURSIVE down(id, depth) AS (SELECT id, 1 FROM ex_entry WHERE"
                            + " replicated_from = ? UNION ALL SELECT e.id, down.depth + 1 FROM ex_entry e JOIN down ON"
                            + " e.replicated_from = down.id WHERE down.depth < 20) SELECT e.id, e.name, e.year,"
                            + " e.owner_org_name, e.place_unit_name, e.status, down.depth FROM down JOIN ex_entry e"
                            + " ON e.id = down.id ORDER BY down.depth, e.year, e.owner_org_name")
                    .param(id)
                    .query(Reader::link)
                    .list();
            long units = descendants.stream().map(Link::owner).distinct().count();
            long places = descendants.stream().map(Link::place).distinct().count();
            List<Event> events = jdbc.sql("SELECT at, actor_name, action, detail FROM ex_event WHERE entry_id = ?"
                            + " ORDER BY at, id")
                    .param(id)
                    .query((rs, n) -> new Event(
                            rs.getTimestamp(1)
                                    .toInstant()
                                    .atZone(java.time.ZoneId.of("Asia/Ho_Chi_Minh"))
                                    .toLocalDateTime(),
                            rs.getString(2),
                            rs.getString(3),
                            rs.getString(4)))
                    .list();
            return new EntryPage(
                    e,
                    tags,
                    objectives,
                    updates,
                    selfAssessments,
                    evaluations,
                    recognitions,
                    ancestors,
                    descendants,
                    units,
                    places,
                    events);
        }

        private static Link link(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
            return new Link(
                    rs.getObject(1, UUID.class),
                    rs.getString(2),
                    rs.getInt(3),
                    rs.getString(4),
                    rs.getString(5),
                    rs.getString(6),
                    rs.getInt(7));
        }
    }
}
