package vn.danvan.covenant.internal;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.danvan.shared.Ids;
import vn.danvan.shared.security.Scope;
import vn.danvan.shared.text.VietnameseText;

/**
 * The covenant tables, in SQL. Every read of a covenant carries the user's scope: a covenant is visible where its
 * owner's path or one of its parties' paths lies in the scope, and managed where its owner's path does. A period's
 * scores are read in one query, whatever the number of parties.
 */
@Repository
class CovenantRepository {

    static final String COVENANT_COLUMNS = "c.id, c.title, c.kind, c.year, c.starts_on, c.ends_on, c.owner_org_id,"
            + " c.owner_org_name, c.path, c.signed_on, c.meeting_id, c.meeting_signing_id, c.signed_file_id,"
            + " c.description, c.state, c.demo, c.version";

    private final JdbcClient jdbc;

    CovenantRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    // ---- Covenants ------------------------------------------------------------------------------------------------

    /** The filter of the covenant list. */
    record Filter(
            @Nullable String q,
            @Nullable CovenantKind kind,
            @Nullable Integer year) {}

    /** A page of covenants and the total matching. */
    record Found(List<Covenant> items, long total) {}

    Found search(Scope scope, Filter filter, int page, int size) {
        List<Object> params = new ArrayList<>();
        String where = visibleWhere(scope, params);
        if (filter.q() != null && !filter.q().isBlank()) {
            for (String word : VietnameseText.fold(filter.q()).split(" ")) {
                if (!word.isBlank()) {
                    where += " AND c.search_text LIKE ? ESCAPE '\\'";
                    params.add("%" + escapeLike(word) + "%");
                }
            }
        }
        if (filter.kind() != null) {
            where += " AND c.kind = ?";
            params.add(filter.kind().name());
        }
        if (filter.year() != null) {
            where += " AND c.year = ?";
            params.add(filter.year());
        }
        long total = jdbc.sql("SELECT count(*) FROM cv_covenant c WHERE " + where)
                .params(params)
                .query(Long.class)
                .single();
        List<Object> pageParams = new ArrayList<>(params);
        pageParams.add(size);
        pageParams.add((long) page * size);
        List<Covenant> items = jdbc.sql("SELECT " + COVENANT_COLUMNS + " FROM cv_covenant c WHERE " + where
                        + " ORDER BY c.year DESC, c.sort_key, c.id LIMIT ? OFFSET ?")
                .params(pageParams)
                .query(Covenant.class)
                .list();
        return new Found(items, total);
    }

    Optional<Covenant> findVisible(UUID id, Scope scope) {
        List<Object> params = new ArrayList<>();
        String where = visibleWhere(scope, params);
        params.add(id);
        return jdbc.sql("SELECT " + COVENANT_COLUMNS + " FROM cv_covenant c WHERE " + where + " AND c.id = ?")
                .params(params)
                .query(Covenant.class)
                .optional();
    }

    /** Whether the owner's path lies in the scope: the user's board set up the covenant and reviews it. */
    static boolean manages(Covenant covenant, Scope scope) {
        return scope.includes(covenant.path());
    }

    private static String visibleWhere(Scope scope, List<Object> params) {
        Scope.SqlCondition own = scope.sql("c.path");
        Scope.SqlCondition party = scope.sql("p.path");
        params.addAll(own.params());
        params.addAll(party.params());
        return "(" + own.sql() + " OR EXISTS (SELECT 1 FROM cv_party p WHERE p.covenant_id = c.id AND " + party.sql()
                + "))";
    }

    void insert(Covenant c, Instant now) {
        jdbc.sql("INSERT INTO cv_covenant (id, title, kind, year, starts_on, ends_on, owner_org_id, owner_org_name,"
                        + " path, province_code, signed_on, meeting_id, meeting_signing_id, signed_file_id,"
                        + " description, state, search_text, sort_key, demo, created_at, updated_at) VALUES (:id,"
                        + " :title, :kind, :year, :startsOn, :endsOn, :ownerOrgId, :ownerOrgName, :path, :province,"
                        + " :signedOn, :meetingId, :signingId, :fileId, :description, :state, :search, :sortKey,"
                        + " :demo, :now, :now)")
                .params(covenantParams(c, now))
                .update();
    }

    void update(Covenant c, Instant now) {
        jdbc.sql("UPDATE cv_covenant SET title = :title, kind = :kind, year = :year, starts_on = :startsOn,"
                        + " ends_on = :endsOn, owner_org_id = :ownerOrgId, owner_org_name = :ownerOrgName, path = :path,"
                        + " province_code = :province, signed_on = :signedOn, meeting_id = :meetingId,"
                        + " meeting_signing_id = :signingId, signed_file_id = :fileId, description = :description,"
                        + " state = :state, search_text = :search, sort_key = :sortKey, updated_at = :now,"
                        + " version = version + 1 WHERE id = :id")
                .params(covenantParams(c, now))
                .update();
    }

    private static Map<String, Object> covenantParams(Covenant c, Instant now) {
        Map<String, Object> p = new HashMap<>();
        p.put("id", c.id());
        p.put("title", c.title());
        p.put("kind", c.kind().name());
        p.put("year", c.year());
        p.put("startsOn", c.startsOn());
        p.put("endsOn", c.endsOn());
        p.put("ownerOrgId", c.ownerOrgId());
        p.put("ownerOrgName", c.ownerOrgName());
        p.put("path", c.path());
        p.put("province", provinceOf(c.path()));
        p.put("signedOn", c.signedOn());
        p.put("meetingId", c.meetingId());
        p.put("signingId", c.meetingSigningId());
        p.put("fileId", c.signedFileId());
        p.put("description", c.description());
        p.put("state", c.state().name());
        p.put("search", VietnameseText.fold(c.title() + " " + c.ownerOrgName()));
        p.put("sortKey", VietnameseText.sortKey(c.title()));
        p.put("demo", c.demo());
        p.put("now", Timestamp.from(now));
        return p;
    }

    void setState(UUID id, CovenantState state, Instant now) {
        jdbc.sql("UPDATE cv_covenant SET state = :state, updated_at = :now, version = version + 1 WHERE id = :id")
                .param("state", state.name())
                .param("now", Timestamp.from(now))
                .param("id", id)
                .update();
    }

    void setSignedFile(UUID id, UUID fileId, Instant now) {
        jdbc.sql("UPDATE cv_covenant SET signed_file_id = :file, updated_at = :now, version = version + 1"
                        + " WHERE id = :id")
                .param("file", fileId)
                .param("now", Timestamp.from(now))
                .param("id", id)
                .update();
    }

    boolean existsDemo(String title) {
        return jdbc.sql("SELECT count(*) FROM cv_covenant WHERE demo AND title = :t")
                        .param("t", title)
                        .query(Long.class)
                        .single()
                > 0;
    }

    // ---- Parties --------------------------------------------------------------------------------------------------

    List<Party> parties(UUID covenantId) {
        return jdbc.sql("SELECT id, covenant_id, position, org_id, org_name, path FROM cv_party"
                        + " WHERE covenant_id = :c ORDER BY position")
                .param("c", covenantId)
                .query(Party.class)
                .list();
    }

    void insertParty(Party p) {
        jdbc.sql("INSERT INTO cv_party (id, covenant_id, position, org_id, org_name, path)"
                        + " VALUES (:id, :c, :pos, :org, :name, :path)")
                .param("id", p.id())
                .param("c", p.covenantId())
                .param("pos", p.position())
                .param("org", p.orgId())
                .param("name", p.orgName())
                .param("path", p.path())
                .update();
    }

    void moveParty(UUID partyId, int position) {
        jdbc.sql("UPDATE cv_party SET position = :pos WHERE id = :id")
                .param("pos", position)
                .param("id", partyId)
                .update();
    }

    void deleteParty(UUID partyId) {
        jdbc.sql("DELETE FROM cv_party WHERE id = :id").param("id", partyId).update();
    }

    // ---- Criteria and targets -------------------------------------------------------------------------------------

    List<Criterion> criteria(UUID covenantId) {
        return jdbc.sql("SELECT id, covenant_id, position, code, text, unit_of_measure, kind, metric_code,"
                        + " metric_subject, metric_days, max_points, lower_is_better, evidence_required, how_measured"
                        + " FROM cv_criterion WHERE covenant_id = :c ORDER BY position")
                .param("c", covenantId)
                .query(Criterion.class)
                .list();
    }

    void insertCriterion(Criterion c) {
        jdbc.sql("INSERT INTO cv_criterion (id, covenant_id, position, code, text, unit_of_measure, kind, metric_code,"
                        + " metric_subject, metric_days, max_points, lower_is_better, evidence_required, how_measured)"
                        + " VALUES (:id, :c, :pos, :code, :text, :unit, :kind, :metric, :subject, :days, :max,"
                        + " :lower, :evidence, :how)")
                .param("id", c.id())
                .param("c", c.covenantId())
                .param("pos", c.position())
                .param("code", c.code())
                .param("text", c.text())
                .param("unit", c.unitOfMeasure())
                .param("kind", c.kind().name())
                .param("metric", c.metricCode())
                .param("subject", c.metricSubject())
                .param("days", c.metricDays())
                .param("max", c.maxPoints())
                .param("lower", c.lowerIsBetter())
                .param("evidence", c.evidenceRequired())
                .param("how", c.howMeasured())
                .update();
    }

    void deleteCriterion(UUID criterionId) {
        jdbc.sql("DELETE FROM cv_criterion WHERE id = :id")
                .param("id", criterionId)
                .update();
    }

    /** Targets of every criterion of a covenant: criterion → party → target. */
    Map<UUID, Map<UUID, BigDecimal>> targets(UUID covenantId) {
        Map<UUID, Map<UUID, BigDecimal>> targets = new HashMap<>();
        jdbc.sql("SELECT t.criterion_id, t.party_id, t.target FROM cv_target t JOIN cv_criterion c ON c.id ="
                        + " t.criterion_id WHERE c.covenant_id = :c")
                .param("c", covenantId)
                .query((rs, n) -> targets.computeIfAbsent(rs.getObject(1, UUID.class), k -> new HashMap<>())
                        .put(rs.getObject(2, UUID.class), rs.getBigDecimal(3)))
                .list();
        return targets;
    }

    void insertTarget(UUID criterionId, UUID partyId, BigDecimal target) {
        jdbc.sql("INSERT INTO cv_target (criterion_id, party_id, target) VALUES (:c, :p, :t)")
                .param("c", criterionId)
                .param("p", partyId)
                .param("t", target)
                .update();
    }

    // ---- Periods --------------------------------------------------------------------------------------------------

    List<Period> periods(UUID covenantId) {
        return jdbc.sql("SELECT id, covenant_id, name, ends_on, closed FROM cv_period WHERE covenant_id = :c"
                        + " ORDER BY ends_on")
                .param("c", covenantId)
                .query(Period.class)
                .list();
    }

    void insertPeriod(Period p) {
        jdbc.sql("INSERT INTO cv_period (id, covenant_id, name, ends_on, closed) VALUES (:id, :c, :name, :ends,"
                        + " :closed)")
                .param("id", p.id())
                .param("c", p.covenantId())
                .param("name", p.name())
                .param("ends", p.endsOn())
                .param("closed", p.closed())
                .update();
    }

    /** Marks the period closed; false if it already was (a concurrent close). */
    boolean closePeriod(UUID periodId) {
        return jdbc.sql("UPDATE cv_period SET closed = true WHERE id = :id AND NOT closed")
                        .param("id", periodId)
                        .update()
                > 0;
    }

    // ---- Scores and awards ----------------------------------------------------------------------------------------

    static final String SCORE_COLUMNS = "id, period_id, criterion_id, party_id, reported_value, evidence_file_id,"
            + " evidence_note, measured_value, self_score, self_note, reviewed_score, review_comment,"
            + " reviewed_by_name, reviewed_at";

    /** Every entry of a period, in one query. */
    List<ScoreEntry> scores(UUID periodId) {
        return jdbc.sql("SELECT " + SCORE_COLUMNS + " FROM cv_score WHERE period_id = :p")
                .param("p", periodId)
                .query(ScoreEntry.class)
                .list();
    }

    /** Every entry of a party, over all periods. */
    List<ScoreEntry> scoresOfParty(UUID partyId) {
        return jdbc.sql("SELECT " + SCORE_COLUMNS + " FROM cv_score WHERE party_id = :p")
                .param("p", partyId)
                .query(ScoreEntry.class)
                .list();
    }

    /** Every entry of every period of a covenant (for the party page's rank per period). */
    List<ScoreEntry> scoresOfCovenant(UUID covenantId) {
        return jdbc.sql("SELECT " + SCORE_COLUMNS.replace("id, period_id", "s.id, s.period_id")
                        + " FROM cv_score s JOIN cv_period p ON p.id = s.period_id WHERE p.covenant_id = :c")
                .param("c", covenantId)
                .query(ScoreEntry.class)
                .list();
    }

    Optional<ScoreEntry> score(UUID periodId, UUID criterionId, UUID partyId) {
        return jdbc.sql("SELECT " + SCORE_COLUMNS
                        + " FROM cv_score WHERE period_id = :p AND criterion_id = :c AND party_id = :party")
                .param("p", periodId)
                .param("c", criterionId)
                .param("party", partyId)
                .query(ScoreEntry.class)
                .optional();
    }

    /** Creates the entry if there is none yet, so that the updates below always have a row. */
    void ensureScore(UUID periodId, UUID criterionId, UUID partyId, Instant now) {
        jdbc.sql("INSERT INTO cv_score (id, period_id, criterion_id, party_id, updated_at) VALUES (:id, :p, :c,"
                        + " :party, :now) ON CONFLICT (period_id, criterion_id, party_id) DO NOTHING")
                .param("id", Ids.newId())
                .param("p", periodId)
                .param("c", criterionId)
                .param("party", partyId)
                .param("now", Timestamp.from(now))
                .update();
    }

    void saveSelf(
            UUID periodId,
            UUID criterionId,
            UUID partyId,
            @Nullable BigDecimal reported,
            @Nullable UUID evidenceFileId,
            @Nullable String evidenceNote,
            @Nullable BigDecimal selfScore,
            @Nullable String selfNote,
            Instant now) {
        ensureScore(periodId, criterionId, partyId, now);
        jdbc.sql("UPDATE cv_score SET reported_value = :reported, evidence_file_id = :file, evidence_note = :note,"
                        + " self_score = :self, self_note = :selfNote, updated_at = :now, version = version + 1"
                        + " WHERE period_id = :p AND criterion_id = :c AND party_id = :party")
                .param("reported", reported)
                .param("file", evidenceFileId)
                .param("note", evidenceNote)
                .param("self", selfScore)
                .param("selfNote", selfNote)
                .param("now", Timestamp.from(now))
                .param("p", periodId)
                .param("c", criterionId)
                .param("party", partyId)
                .update();
    }

    void saveReview(
            UUID periodId,
            UUID criterionId,
            UUID partyId,
            @Nullable BigDecimal reviewed,
            @Nullable String comment,
            String reviewerName,
            Instant now) {
        ensureScore(periodId, criterionId, partyId, now);
        jdbc.sql("UPDATE cv_score SET reviewed_score = :score, review_comment = :comment, reviewed_by_name = :by,"
                        + " reviewed_at = :now, updated_at = :now, version = version + 1"
                        + " WHERE period_id = :p AND criterion_id = :c AND party_id = :party")
                .param("score", reviewed)
                .param("comment", comment)
                .param("by", reviewerName)
                .param("now", Timestamp.from(now))
                .param("p", periodId)
                .param("c", criterionId)
                .param("party", partyId)
                .update();
    }

    void freezeMeasured(UUID periodId, UUID criterionId, UUID partyId, @Nullable BigDecimal value, Instant now) {
        ensureScore(periodId, criterionId, partyId, now);
        jdbc.sql("UPDATE cv_score SET measured_value = :v, updated_at = :now, version = version + 1"
                        + " WHERE period_id = :p AND criterion_id = :c AND party_id = :party")
                .param("v", value)
                .param("now", Timestamp.from(now))
                .param("p", periodId)
                .param("c", criterionId)
                .param("party", partyId)
                .update();
    }

    Map<UUID, Award> awards(UUID periodId) {
        Map<UUID, Award> awards = new LinkedHashMap<>();
        jdbc.sql("SELECT period_id, party_id, award, note FROM cv_award WHERE period_id = :p")
                .param("p", periodId)
                .query(Award.class)
                .list()
                .forEach(a -> awards.put(a.partyId(), a));
        return awards;
    }

    void saveAward(Award a) {
        jdbc.sql(
                        "INSERT INTO cv_award (period_id, party_id, award, note) VALUES (:p, :party, :award, :note)"
                                + " ON CONFLICT (period_id, party_id) DO UPDATE SET award = EXCLUDED.award, note = EXCLUDED.note")
                .param("p", a.periodId())
                .param("party", a.partyId())
                .param("award", a.award())
                .param("note", a.note())
                .update();
    }

    void deleteAward(UUID periodId, UUID partyId) {
        jdbc.sql("DELETE FROM cv_award WHERE period_id = :p AND party_id = :party")
                .param("p", periodId)
                .param("party", partyId)
                .update();
    }

    static String provinceOf(String path) {
        int slash = path.indexOf('/');
        return slash < 0 ? path : path.substring(0, slash);
    }

    static String escapeLike(String s) {
        return s.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    /** Today's date is never used here: callers pass it from the injected clock. */
    static LocalDate monthEnd(LocalDate date) {
        return date.withDayOfMonth(date.lengthOfMonth());
    }
}
