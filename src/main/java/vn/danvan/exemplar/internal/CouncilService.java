package vn.danvan.exemplar.internal;

import java.math.BigDecimal;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.danvan.audit.AuditEvent;
import vn.danvan.audit.AuditTrail;
import vn.danvan.exemplar.ExemplarPermissions;
import vn.danvan.organisation.OrgUnitView;
import vn.danvan.organisation.Organisations;
import vn.danvan.shared.Ids;
import vn.danvan.shared.security.CurrentUser;
import vn.danvan.shared.security.SignedIn;
import vn.danvan.shared.web.RecordNotFound;

/**
 * Criteria and measures (the catalogue), councils with their members, candidates, scores and votes, and the
 * council's proposal. A council is visible when its organisation's path is in the user's scope.
 */
@Service
class CouncilService {

    /** DOMAIN §2.3: the typical provincial wording, seeded (10 points each) when a year and level have none. */
    static final List<String> DEFAULT_CRITERIA = List.of(
            "Có tên gọi và địa chỉ cụ thể (đơn vị, địa bàn)",
            "Nội dung thuộc một trong bốn lĩnh vực",
            "Gắn với sự lãnh đạo của cấp ủy, chính quyền; đăng ký với cơ quan phát động",
            "Phối hợp, huy động được nhiều lực lượng tham gia; phạm vi rộng; kết quả thiết thực",
            "Được nhân dân đồng tình hưởng ứng, tham gia; đáp ứng nhu cầu phát triển của địa phương",
            "Giải quyết được vấn đề khó khăn, bức xúc hoặc nhiệm vụ chính trị cấp ủy đặt ra",
            "Được cấp ủy, chính quyền, Mặt trận, đoàn thể hoặc ngành liên quan ghi nhận",
            "Bền vững, có khả năng lan tỏa, duy trì và nhân rộng");

    private final JdbcClient jdbc;
    private final Clock clock;
    private final AuditTrail audit;
    private final Organisations organisations;
    private final EntryService entries;

    CouncilService(JdbcClient jdbc, Clock clock, AuditTrail audit, Organisations organisations, EntryService entries) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.audit = audit;
        this.organisations = organisations;
        this.entries = entries;
    }

    // ---------------------------------------------------------------- criteria

    record Criterion(UUID id, int position, String text, BigDecimal maxPoints) {}

    List<Criterion> criteria(int year, String level) {
        return jdbc.sql("SELECT id, position, text, max_points FROM ex_criterion WHERE year = ? AND level = ?"
                        + " ORDER BY position")
                .params(year, level)
                .query((rs, n) ->
                        new Criterion(rs.getObject(1, UUID.class), rs.getInt(2), rs.getString(3), rs.getBigDecimal(4)))
                .list();
    }

    @Transactional
    void addCriterion(int year, String level, @Nullable String text, @Nullable BigDecimal maxPoints) {
        SignedIn.require(ExemplarPermissions.MANAGE);
        checkLevel(level);
        if (text == null || text.isBlank()) {
            throw new ExemplarRuleViolation("ex.validation.criterionText");
        }
        if (maxPoints == null || maxPoints.signum() <= 0) {
            throw new ExemplarRuleViolation("ex.rule.maxPoints");
        }
        insertCriterion(year, level, text.trim(), maxPoints);
        audit.record(AuditEvent.of("exemplar.criterion.add", "exemplar-criterion", year + "/" + level)
                .withDetail("text", text.trim()));
    }

    void insertCriterion(int year, String level, String text, BigDecimal maxPoints) {
        int position = jdbc.sql("SELECT coalesce(max(position), 0) + 1 FROM ex_criterion WHERE year = ? AND level = ?")
                .params(year, level)
                .query(Integer.class)
                .single();
        jdbc.sql("INSERT INTO ex_criterion (id, year, level, position, text, max_points) VALUES (?, ?, ?, ?, ?, ?)")
                .params(Ids.newId(), year, level, position, text, maxPoints)
                .update();
    }

    /** Copies the criteria of another year at the same level; refused if the year already has criteria. */
    @Transactional
    int copyCriteria(int fromYear, int toYear, String level) {
        SignedIn.require(ExemplarPermissions.MANAGE);
        checkLevel(level);
        if (!criteria(toYear, level).isEmpty()) {
            throw new ExemplarRuleViolation("ex.rule.criteriaExist", toYear);
        }
        List<Criterion> source = criteria(fromYear, level);
        if (source.isEmpty()) {
            throw new ExemplarRuleViolation("ex.rule.noCriteriaToCopy", fromYear);
        }
        source.forEach(c -> insertCriterion(toYear, level, c.text(), c.maxPoints()));
        audit.record(AuditEvent.of("exemplar.criterion.copy", "exemplar-criterion", toYear + "/" + level)
                .withDetail("from", fromYear));
        return source.size();
    }

    /** Seeds DOMAIN §2.3's eight criteria (10 points each) when the year and level have none. */
    void seedDefaults(int year, String level) {
        if (criteria(year, level).isEmpty()) {
            DEFAULT_CRITERIA.forEach(text -> insertCriterion(year, level, text, BigDecimal.TEN));
        }
    }

    private static void checkLevel(String level) {
        if (!EntryService.LEVELS.contains(level)) {
            throw new ExemplarRuleViolation("ex.validation.level");
        }
    }

    // ---------------------------------------------------------------- measures

    List<EntryService.MeasureRow> allMeasures() {
        return jdbc.sql(
                        "SELECT id, code, name, name_en, unit, active FROM ex_measure ORDER BY active DESC, position, code")
                .query(EntryService.MeasureRow::map)
                .list();
    }

    @Transactional
    void addMeasure(@Nullable String code, @Nullable String name, @Nullable String unit) {
        SignedIn.require(ExemplarPermissions.MANAGE);
        if (code == null
                || !code.trim().matches("[A-Za-z0-9_]{1,40}")
                || name == null
                || name.isBlank()
                || unit == null
                || unit.isBlank()) {
            throw new ExemplarRuleViolation("ex.validation.measure");
        }
        String c = code.trim().toUpperCase(Locale.ROOT);
        if (jdbc.sql("SELECT count(*) FROM ex_measure WHERE code = ?")
                        .param(c)
                        .query(Long.class)
                        .single()
                > 0) {
            throw new ExemplarRuleViolation("ex.rule.measureExists", c);
        }
        jdbc.sql("INSERT INTO ex_measure (id, code, name, unit, position) VALUES (?, ?, ?, ?,"
                        + " (SELECT coalesce(max(position), 0) + 1 FROM ex_measure))")
                .params(Ids.newId(), c, name.trim(), unit.trim())
                .update();
        audit.record(AuditEvent.of("exemplar.measure.add", "exemplar-measure", c));
    }

    @Transactional
    void setMeasureActive(UUID id, boolean active) {
        SignedIn.require(ExemplarPermissions.MANAGE);
        int n = jdbc.sql("UPDATE ex_measure SET active = ? WHERE id = ?")
                .params(active, id)
                .update();
        if (n == 0) {
            throw new RecordNotFound("measure", id);
        }
        audit.record(
                AuditEvent.of("exemplar.measure.active", "exemplar-measure", id).withDetail("active", active));
    }

    // ---------------------------------------------------------------- councils

    record Council(
            UUID id,
            int year,
            String level,
            String name,
            String orgName,
            String path,
            BigDecimal passMark,
            boolean closed) {}

    record Member(int position, String name, String role) {}

    record Candidate(
            UUID entryId,
            String name,
            String owner,
            String status,
            @Nullable Boolean proposed,
            Proposal proposal) {}

    private static Council council(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        return new Council(
                rs.getObject("id", UUID.class),
                rs.getInt("year"),
                rs.getString("level"),
                rs.getString("name"),
                rs.getString("org_name"),
                rs.getString("path"),
                rs.getBigDecimal("pass_mark"),
                rs.getBoolean("closed"));
    }

    List<Council> councils() {
        CurrentUser user = SignedIn.require(ExemplarPermissions.EVALUATE);
        var cond = user.scope().sql("path");
        return jdbc.sql("SELECT * FROM ex_council WHERE " + cond.sql() + " ORDER BY year DESC, created_at DESC")
                .params(cond.params())
                .query(CouncilService::council)
                .list();
    }

    Council visible(UUID id) {
        CurrentUser user = SignedIn.require(ExemplarPermissions.EVALUATE);
        var cond = user.scope().sql("path");
        List<Object> params = new ArrayList<>();
        params.add(id);
        params.addAll(cond.params());
        return jdbc.sql("SELECT * FROM ex_council WHERE id = ? AND " + cond.sql())
                .params(params)
                .query(CouncilService::council)
                .optional()
                .orElseThrow(() -> new RecordNotFound("council", id));
    }

    List<Member> members(UUID councilId) {
        return jdbc.sql("SELECT position, name, role FROM ex_council_member WHERE council_id = ? ORDER BY position")
                .param(councilId)
                .query((rs, n) -> new Member(rs.getInt(1), rs.getString(2), rs.getString(3)))
                .list();
    }

    @Transactional
    UUID create(CouncilForm form) {
        CurrentUser user = SignedIn.require(ExemplarPermissions.EVALUATE);
        String level = form.level() == null ? "" : form.level();
        checkLevel(level);
        OrgUnitView org = form.orgId() == null
                ? null
                : organisations.findVisible(form.orgId()).orElse(null);
        if (org == null) {
            throw new ExemplarRuleViolation("ex.rule.ownerNotVisible");
        }
        List<Member> members = new ArrayList<>();
        List<String> names = form.memberName() == null ? List.of() : form.memberName();
        for (int i = 0; i < names.size(); i++) {
            String name = names.get(i);
            if (name != null && !name.isBlank()) {
                String role = EntryForm.at(form.memberRole(), i);
                members.add(new Member(members.size() + 1, name.trim(), role.isBlank() ? "Thành viên" : role.trim()));
            }
        }
        if (members.isEmpty()) {
            throw new ExemplarRuleViolation("ex.rule.noMembers");
        }
        int year = form.year() == null ? entries.currentYear() : form.year();
        BigDecimal passMark = form.passMark() == null ? BigDecimal.ZERO : form.passMark();
        UUID id = insertCouncil(
                year, level, form.name() == null ? "" : form.name().trim(), org, passMark, members);
        audit.record(AuditEvent.of("exemplar.council.create", "exemplar-council", id)
                .withDetail("name", form.name())
                .withDetail("by", user.displayName()));
        return id;
    }

    UUID insertCouncil(
            int year, String level, String name, OrgUnitView org, BigDecimal passMark, List<Member> members) {
        UUID id = Ids.newId();
        jdbc.sql("INSERT INTO ex_council (id, year, level, name, org_id, org_name, path, pass_mark, created_at)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(
                        id,
                        year,
                        level,
                        name,
                        org.id(),
                        org.name(),
                        org.path(),
                        passMark,
                        java.sql.Timestamp.from(clock.instant()))
                .update();
        for (Member m : members) {
            jdbc.sql("INSERT INTO ex_council_member (council_id, position, name, role) VALUES (?, ?, ?, ?)")
                    .params(id, m.position(), m.name(), m.role())
                    .update();
        }
        seedDefaults(year, level);
        return id;
    }

    /** Entries that may be added: that year and level, in scope, SELF_ASSESSED or IN_PROGRESS. */
    List<EntryRow> eligible(Council council) {
        CurrentUser user = SignedIn.user();
        List<Object> params = new ArrayList<>();
        params.add(council.year());
        params.add(council.level());
        String sql = "SELECT " + EntryRow.COLUMNS + " FROM ex_entry e WHERE e.year = ? AND e.level = ?"
                + " AND e.status IN ('SELF_ASSESSED', 'IN_PROGRESS') AND "
                + EntryService.visibleSql(user.scope(), params)
                + " ORDER BY e.sort_key LIMIT 500";
        return jdbc.sql(sql).params(params).query(EntryRow::map).list();
    }

    @Transactional
    void addCandidate(UUID councilId, @Nullable UUID entryId) {
        CurrentUser user = SignedIn.require(ExemplarPermissions.EVALUATE);
        Council council = open(councilId);
        if (entryId == null) {
            throw new ExemplarRuleViolation("ex.validation.candidate");
        }
        EntryRow entry = entries.visible(entryId);
        if (entry.year() != council.year()
                || !entry.level().equals(council.level())
                || !Set.of("SELF_ASSESSED", "IN_PROGRESS").contains(entry.status())) {
            throw new ExemplarRuleViolation("ex.rule.notEligible", entry.name());
        }
        jdbc.sql("INSERT INTO ex_candidate (council_id, entry_id) VALUES (?, ?)")
                .params(councilId, entryId)
                .update();
        entries.setStatus(entryId, "UNDER_EVALUATION");
        entries.event(entryId, user.id(), user.displayName(), "UNDER_EVALUATION", council.name());
        audit.record(AuditEvent.of("exemplar.candidate.add", "exemplar-council", councilId)
                .withDetail("entry", entryId));
    }

    private Council open(UUID councilId) {
        Council council = visible(councilId);
        if (council.closed()) {
            throw new ExemplarRuleViolation("ex.rule.councilClosed");
        }
        return council;
    }

    List<Candidate> candidates(Council council) {
        int members = members(council.id()).size();
        return jdbc
                .sql("SELECT k.entry_id, e.name, e.owner_org_name, e.status, k.proposed FROM ex_candidate k"
                        + " JOIN ex_entry e ON e.id = k.entry_id WHERE k.council_id = ? ORDER BY e.sort_key")
                .param(council.id())
                .query((rs, n) -> new Object[] {
                    rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3), rs.getString(4), rs.getObject(5)
                })
                .list()
                .stream()
                .map(r -> new Candidate(
                        (UUID) r[0],
                        (String) r[1],
                        (String) r[2],
                        (String) r[3],
                        (Boolean) r[4],
                        proposal(council, (UUID) r[0], members)))
                .toList();
    }

    /** Points given by each member (position → criterion → points). */
    Map<Integer, Map<UUID, BigDecimal>> scores(UUID councilId, UUID entryId) {
        Map<Integer, Map<UUID, BigDecimal>> scores = new LinkedHashMap<>();
        jdbc.sql("SELECT member_position, criterion_id, points FROM ex_score WHERE council_id = ? AND entry_id = ?")
                .params(councilId, entryId)
                .query((rs, n) -> scores.computeIfAbsent(rs.getInt(1), k -> new LinkedHashMap<>())
                        .put(rs.getObject(2, UUID.class), rs.getBigDecimal(3)))
                .list();
        return scores;
    }

    Map<Integer, Boolean> votes(UUID councilId, UUID entryId) {
        Map<Integer, Boolean> votes = new LinkedHashMap<>();
        jdbc.sql("SELECT member_position, in_favour FROM ex_vote WHERE council_id = ? AND entry_id = ?")
                .params(councilId, entryId)
                .query((rs, n) -> votes.put(rs.getInt(1), rs.getBoolean(2)))
                .list();
        return votes;
    }

    Proposal proposal(Council council, UUID entryId, int members) {
        List<BigDecimal> totals = scores(council.id(), entryId).values().stream()
                .map(m -> m.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add))
                .toList();
        int inFavour = (int)
                votes(council.id(), entryId).values().stream().filter(v -> v).count();
        return Proposal.compute(totals, inFavour, members, council.passMark());
    }

    /** The candidate, if it is one of the visible council's. */
    Candidate candidate(Council council, UUID entryId) {
        return candidates(council).stream()
                .filter(c -> c.entryId().equals(entryId))
                .findFirst()
                .orElseThrow(() -> new RecordNotFound("candidate", entryId));
    }

    /**
     * Records the score sheet: parameters {@code p_<member>_<criterion>} (points) and {@code v_<member>} (yes/no).
     * Points outside 0..max of their criterion refuse the whole sheet; blank cells are left as they were.
     */
    @Transactional
    int recordSheet(UUID councilId, UUID entryId, Map<String, String> params) {
        CurrentUser user = SignedIn.require(ExemplarPermissions.EVALUATE);
        Council council = open(councilId);
        Candidate candidate = candidate(council, entryId);
        if (candidate.proposed() != null) {
            throw new ExemplarRuleViolation("ex.rule.proposalConfirmed");
        }
        List<Member> members = members(councilId);
        List<Criterion> criteria = criteria(council.year(), council.level());
        int written = 0;
        for (Member m : members) {
            for (Criterion c : criteria) {
                BigDecimal points = EntryService.parseNumber(params.get("p_" + m.position() + "_" + c.id()));
                if (points == null) {
                    continue;
                }
                if (points.signum() < 0 || points.compareTo(c.maxPoints()) > 0) {
                    throw new ExemplarRuleViolation(
                            "ex.rule.scoreOutOfScale",
                            points.toPlainString(),
                            c.position(),
                            c.maxPoints().toPlainString());
                }
                jdbc.sql("INSERT INTO ex_score (council_id, entry_id, member_position, criterion_id, points)"
                                + " VALUES (?, ?, ?, ?, ?) ON CONFLICT (council_id, entry_id, member_position,"
                                + " criterion_id) DO UPDATE SET points = excluded.points")
                        .params(councilId, entryId, m.position(), c.id(), points)
                        .update();
                written++;
            }
            String vote = params.get("v_" + m.position());
            if ("yes".equals(vote) || "no".equals(vote)) {
                jdbc.sql("INSERT INTO ex_vote (council_id, entry_id, member_position, in_favour) VALUES (?, ?, ?, ?)"
                                + " ON CONFLICT (council_id, entry_id, member_position) DO UPDATE SET"
                                + " in_favour = excluded.in_favour")
                        .params(councilId, entryId, m.position(), "yes".equals(vote))
                        .update();
                written++;
            }
        }
        if (written == 0) {
            throw new ExemplarRuleViolation("ex.rule.emptySheet");
        }
        entries.event(entryId, user.id(), user.displayName(), "SCORED", council.name());
        audit.record(
                AuditEvent.of("exemplar.score", "exemplar-council", councilId).withDetail("entry", entryId));
        return written;
    }

    /** The secretary confirms the computed proposal: PROPOSED or NOT_RECOGNISED. */
    @Transactional
    Proposal confirm(UUID councilId, UUID entryId) {
        CurrentUser user = SignedIn.require(ExemplarPermissions.EVALUATE);
        Council council = open(councilId);
        Candidate candidate = candidate(council, entryId);
        if (candidate.proposed() != null) {
            throw new ExemplarRuleViolation("ex.rule.proposalConfirmed");
        }
        Proposal p = candidate.proposal();
        jdbc.sql("UPDATE ex_candidate SET proposed = ?, note = ? WHERE council_id = ? AND entry_id = ?")
                .params(
                        p.proposed(),
                        "avg=" + p.average() + "; votes=" + p.inFavour() + "/" + p.members(),
                        councilId,
                        entryId)
                .update();
        entries.setStatus(entryId, p.proposed() ? "PROPOSED" : "NOT_RECOGNISED");
        entries.event(
                entryId,
                user.id(),
                user.displayName(),
                p.proposed() ? "PROPOSED" : "NOT_PROPOSED",
                council.name() + ": " + p.average() + " / " + council.passMark() + ", " + p.inFavour() + "/"
                        + p.members());
        audit.record(AuditEvent.of("exemplar.propose", "exemplar-council", councilId)
                .withDetail("entry", entryId)
                .withDetail("proposed", p.proposed())
                .withDetail("average", p.average()));
        return p;
    }

    @Transactional
    void close(UUID councilId) {
        SignedIn.require(ExemplarPermissions.EVALUATE);
        Council council = open(councilId);
        jdbc.sql("UPDATE ex_council SET closed = true WHERE id = ?")
                .param(council.id())
                .update();
        audit.record(AuditEvent.of("exemplar.council.close", "exemplar-council", councilId));
    }
}
