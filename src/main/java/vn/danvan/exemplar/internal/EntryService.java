package vn.danvan.exemplar.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.multipart.MultipartFile;
import vn.danvan.audit.AuditEvent;
import vn.danvan.audit.AuditTrail;
import vn.danvan.exemplar.ExemplarPermissions;
import vn.danvan.files.Attachments;
import vn.danvan.files.FileOwner;
import vn.danvan.files.FileRejected;
import vn.danvan.files.StoredFile;
import vn.danvan.organisation.AdminUnitView;
import vn.danvan.organisation.AdminUnits;
import vn.danvan.organisation.OrgUnitView;
import vn.danvan.organisation.Organisations;
import vn.danvan.organisation.UnitQuery;
import vn.danvan.shared.Ids;
import vn.danvan.shared.security.CurrentUser;
import vn.danvan.shared.security.Scope;
import vn.danvan.shared.security.SignedIn;
import vn.danvan.shared.text.VietnameseText;
import vn.danvan.shared.web.RecordNotFound;

/**
 * The life of an entry: registration (and replication), updates with results and evidence, self-assessments,
 * recognition and its revocation. An entry is visible when its owner's path or its place's path is in the user's
 * scope; otherwise it does not exist for the user (404).
 *
 * <p>The year is closed for an entry (no updates, no self-assessments) once it is RECOGNISED, NOT_RECOGNISED, REVOKED
 * or CLOSED, or when its year is before last year: the annual report of a year may still be completed during the
 * following year.
 */
@Service
class EntryService {

    static final Set<String> KINDS = Set.of("MODEL", "EXEMPLAR");
    static final List<String> FIELDS = List.of("ECONOMIC", "CULTURAL_SOCIAL", "DEFENCE_SECURITY", "POLITICAL_SYSTEM");
    static final List<String> LEVELS = List.of("COMMUNE", "DISTRICT", "PROVINCE");
    static final List<String> STATUSES = List.of(
            "REGISTERED",
            "IN_PROGRESS",
            "SELF_ASSESSED",
            "UNDER_EVALUATION",
            "PROPOSED",
            "RECOGNISED",
            "NOT_RECOGNISED",
            "REVOKED",
            "CLOSED");
    static final Set<String> CLOSED_STATUSES = Set.of("RECOGNISED", "NOT_RECOGNISED", "REVOKED", "CLOSED");
    static final List<String> TAGS = List.of("GPMB", "NTM", "CCHC", "MOI_TRUONG", "CHUYEN_DOI_SO", "AN_SINH");
    static final List<String> AWARDS = List.of("GIAY_KHEN", "BANG_KHEN");
    static final String MODULE = "exemplar";

    private final JdbcClient jdbc;
    private final Clock clock;
    private final AuditTrail audit;
    private final Attachments attachments;
    private final Organisations organisations;
    private final AdminUnits units;

    EntryService(
            JdbcClient jdbc,
            Clock clock,
            AuditTrail audit,
            Attachments attachments,
            Organisations organisations,
            AdminUnits units) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.audit = audit;
        this.attachments = attachments;
        this.organisations = organisations;
        this.units = units;
    }

    LocalDate today() {
        return LocalDate.now(clock);
    }

    int currentYear() {
        return LocalDate.now(clock).getYear();
    }

    /** Filters of the list. */
    record Filter(
            @Nullable Integer year,
            @Nullable String kind,
            @Nullable String field,
            @Nullable String level,
            @Nullable String status,
            @Nullable String tag,
            @Nullable String q) {}

    /** The SQL condition "visible to the scope" on alias e, with its parameters appended to params. */
    static String visibleSql(Scope scope, List<Object> params) {
        Scope.SqlCondition a = scope.sql("e.path");
        Scope.SqlCondition b = scope.sql("e.place_path");
        params.addAll(a.params());
        params.addAll(b.params());
        return "(" + a.sql() + " OR " + b.sql() + ")";
    }

    @Transactional(readOnly = true)
    Page<EntryRow> search(Filter f, int page) {
        CurrentUser user = SignedIn.require(ExemplarPermissions.READ);
        List<Object> params = new ArrayList<>();
        StringBuilder where = new StringBuilder(" WHERE " + visibleSql(user.scope(), params));
        if (f.year() != null) {
            where.append(" AND e.year = ?");
            params.add(f.year());
        }
        condition(where, params, "e.kind", f.kind());
        condition(where, params, "e.field", f.field());
        condition(where, params, "e.level", f.level());
        condition(where, params, "e.status", f.status());
        if (f.tag() != null && !f.tag().isBlank()) {
            where.append(" AND EXISTS (SELECT 1 FROM ex_entry_tag t WHERE t.entry_id = e.id AND t.tag = ?)");
            params.add(f.tag().trim().toUpperCase(Locale.ROOT));
        }
        if (f.q() != null && !f.q().isBlank()) {
            for (String word : VietnameseText.fold(f.q()).split("\\s+")) {
                if (!word.isBlank()) {
                    where.append(" AND e.search_text LIKE ?");
                    params.add(
                            "%" + word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%");
                }
            }
        }
        long total = jdbc.sql("SELECT count(*) FROM ex_entry e" + where)
                .params(params)
                .query(Long.class)
                .single();
        Pageable pageable = PageRequest.of(Math.max(0, page), 20);
        List<Object> pageParams = new ArrayList<>(params);
        pageParams.add(pageable.getPageSize());
        pageParams.add(pageable.getOffset());
        List<EntryRow> rows = jdbc.sql("SELECT " + EntryRow.COLUMNS + " FROM ex_entry e" + where
                        + " ORDER BY e.year DESC, e.sort_key, e.id LIMIT ? OFFSET ?")
                .params(pageParams)
                .query(EntryRow::map)
                .list();
        return new PageImpl<>(rows, pageable, total);
    }

    private static void condition(StringBuilder where, List<Object> params, String column, @Nullable String value) {
        if (value != null && !value.isBlank()) {
            where.append(" AND ").append(column).append(" = ?");
            params.add(value);
        }
    }

    /** The entry if the signed-in user may see it, else 404. */
    @Transactional(readOnly = true)
    EntryRow visible(UUID id) {
        CurrentUser user = SignedIn.require(ExemplarPermissions.READ);
        List<Object> params = new ArrayList<>();
        params.add(id);
        String sql = "SELECT " + EntryRow.COLUMNS + " FROM ex_entry e WHERE e.id = ? AND "
                + visibleSql(user.scope(), params);
        return jdbc.sql(sql)
                .params(params)
                .query(EntryRow::map)
                .optional()
                .orElseThrow(() -> new RecordNotFound("exemplar", id));
    }

    /** A recognised entry may be replicated by any unit; another one only by those who can see it. */
    @Transactional(readOnly = true)
    EntryRow replicationSource(UUID id) {
        SignedIn.require(ExemplarPermissions.REGISTER);
        EntryRow row = jdbc.sql("SELECT " + EntryRow.COLUMNS + " FROM ex_entry e WHERE e.id = ?")
                .param(id)
                .query(EntryRow::map)
                .optional()
                .orElseThrow(() -> new RecordNotFound("exemplar", id));
        if (!"RECOGNISED".equals(row.status())) {
            return visible(id);
        }
        return row;
    }

    // ---------------------------------------------------------------- choices

    /** Places the user may choose: today's province and communes, and the old districts, within the scope. */
    List<AdminUnitView> placeChoices() {
        Scope scope = SignedIn.user().scope();
        List<AdminUnitView> all = new ArrayList<>();
        for (String root : List.of("33")) {
            units.find(root).ifPresent(all::add);
            all.addAll(units.search(UnitQuery.childrenOf(root), PageRequest.of(0, 500))
                    .getContent());
        }
        units.find("old-33").ifPresent(all::add);
        all.addAll(units.search(UnitQuery.childrenOf("old-33"), PageRequest.of(0, 500))
                .getContent());
        return all.stream().filter(u -> scope.includes(u.path())).toList();
    }

    List<OrgUnitView> ownerChoices() {
        return organisations.choices(1000);
    }

    List<MeasureRow> activeMeasures() {
        return jdbc.sql(
                        "SELECT id, code, name, name_en, unit, active FROM ex_measure WHERE active ORDER BY position, code")
                .query(MeasureRow::map)
                .list();
    }

    /** A measure of the catalogue. */
    record MeasureRow(
            UUID id, String code, String name, @Nullable String nameEn, String unit, boolean active) {
        static MeasureRow map(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
            return new MeasureRow(
                    rs.getObject("id", UUID.class),
                    rs.getString("code"),
                    rs.getString("name"),
                    rs.getString("name_en"),
                    rs.getString("unit"),
                    rs.getBoolean("active"));
        }
    }

    // ---------------------------------------------------------------- registration

    @Transactional
    UUID register(EntryForm form) {
        CurrentUser user = SignedIn.require(ExemplarPermissions.REGISTER);
        String kind = require(form.kind(), KINDS, "ex.validation.kind");
        String field = require(form.field(), Set.copyOf(FIELDS), "ex.validation.field");
        String level = require(form.level(), Set.copyOf(LEVELS), "ex.validation.level");
        int year = form.year() == null ? currentYear() : form.year();
        OrgUnitView owner = form.ownerOrgId() == null
                ? null
                : organisations.findVisible(form.ownerOrgId()).orElse(null);
        if (owner == null) {
            throw new ExemplarRuleViolation("ex.rule.ownerNotVisible");
        }
        AdminUnitView place = form.placeUnitId() == null
                ? null
                : units.find(form.placeUnitId()).orElse(null);
        if (place == null || !user.scope().includes(place.path())) {
            throw new ExemplarRuleViolation("ex.rule.placeNotInScope");
        }
        boolean oldOwner = owner.adminUnitId().startsWith("old-");
        if ("DISTRICT".equals(level) && year >= 2025 && !oldOwner) {
            throw new ExemplarRuleViolation("ex.rule.districtLevel");
        }
        LocalDate started = form.startedOn() == null ? LocalDate.now(clock) : form.startedOn();
        String name = form.name() == null ? "" : form.name().trim();
        String provinceCode =
                units.find(owner.adminUnitId()).map(AdminUnitView::provinceCode).orElse(place.provinceCode());
        UUID replicatedFrom = null;
        if (form.replicatedFrom() != null) {
            replicatedFrom = replicationSource(form.replicatedFrom()).id();
        }
        UUID id = insertEntry(
                new NewEntry(
                        kind,
                        year,
                        name,
                        field,
                        level,
                        owner,
                        provinceCode,
                        place,
                        form.latitude(),
                        form.longitude(),
                        blankToNull(form.participants()),
                        form.summary() == null ? "" : form.summary().trim(),
                        started,
                        replicatedFrom,
                        tags(form),
                        false,
                        false),
                user.id(),
                user.displayName());
        List<String> texts = form.objectiveText() == null ? List.of() : form.objectiveText();
        Set<UUID> measures = new LinkedHashSet<>();
        activeMeasures().forEach(m -> measures.add(m.id()));
        int position = 0;
        for (int i = 0; i < texts.size(); i++) {
            String text = texts.get(i);
            if (text == null || text.isBlank()) {
                continue;
            }
            UUID measure = parseUuid(EntryForm.at(form.objectiveMeasure(), i));
            if (measure != null && !measures.contains(measure)) {
                measure = null;
            }
            BigDecimal target = parseNumber(EntryForm.at(form.objectiveTarget(), i));
            if (target != null && target.signum() < 0) {
                throw new ExemplarRuleViolation("ex.rule.negativeValue");
            }
            addObjective(id, ++position, text.trim(), measure, target);
        }
        audit.record(AuditEvent.of("exemplar.register", "exemplar", id)
                .withDetail("name", name)
                .withDetail("year", year)
                .withDetail("replicatedFrom", replicatedFrom));
        return id;
    }

    /** Everything an insert needs; used by registration and by the demo data. */
    record NewEntry(
            String kind,
            int year,
            String name,
            String field,
            String level,
            OrgUnitView owner,
            String provinceCode,
            AdminUnitView place,
            @Nullable BigDecimal latitude,
            @Nullable BigDecimal longitude,
            @Nullable String participants,
            String summary,
            LocalDate startedOn,
            @Nullable UUID replicatedFrom,
            Set<String> tags,
            boolean isPublic,
            boolean demo) {}

    /** Inserts an entry (REGISTERED) with its tags and a "registered" event; a duplicate is refused. */
    UUID insertEntry(NewEntry e, @Nullable UUID actorId, String actorName) {
        String nameKey = nameKey(e.name());
        boolean duplicate =
                jdbc.sql("SELECT count(*) FROM ex_entry WHERE owner_org_id = ? AND year = ? AND name_key = ?")
                                .params(e.owner().id(), e.year(), nameKey)
                                .query(Long.class)
                                .single()
                        > 0;
        if (duplicate) {
            throw new ExemplarRuleViolation(
                    "ex.rule.duplicate", e.name(), e.year(), e.owner().name());
        }
        UUID id = Ids.newId();
        Instant now = clock.instant();
        String search = VietnameseText.fold(String.join(
                " ",
                e.name(),
                e.summary(),
                e.owner().name(),
                e.place().fullName(),
                e.participants() == null ? "" : e.participants(),
                String.join(" ", e.tags())));
        jdbc.sql("INSERT INTO ex_entry (id, kind, year, name, field, level, owner_org_id, owner_org_name, path,"
                        + " province_code, place_unit_id, place_unit_name, place_path, latitude, longitude, participants,"
                        + " summary, started_on, status, replicated_from, public, name_key, search_text, sort_key, demo,"
                        + " created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?,"
                        + " 'REGISTERED', ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(
                        id,
                        e.kind(),
                        e.year(),
                        e.name(),
                        e.field(),
                        e.level(),
                        e.owner().id(),
                        e.owner().name(),
                        e.owner().path(),
                        e.provinceCode(),
                        e.place().id(),
                        e.place().fullName(),
                        e.place().path(),
                        e.latitude(),
                        e.longitude(),
                        e.participants(),
                        e.summary(),
                        e.startedOn(),
                        e.replicatedFrom(),
                        e.isPublic(),
                        nameKey,
                        search,
                        VietnameseText.sortKey(e.name()),
                        e.demo(),
                        java.sql.Timestamp.from(now),
                        java.sql.Timestamp.from(now))
                .update();
        for (String tag : e.tags()) {
            jdbc.sql("INSERT INTO ex_entry_tag (entry_id, tag) VALUES (?, ?)")
                    .params(id, tag)
                    .update();
        }
        event(id, actorId, actorName, e.replicatedFrom() == null ? "REGISTERED" : "REPLICATED", e.name());
        return id;
    }

    void addObjective(UUID entryId, int position, String text, @Nullable UUID measureId, @Nullable BigDecimal target) {
        jdbc.sql("INSERT INTO ex_objective (entry_id, position, text, measure_id, target) VALUES (?, ?, ?, ?, ?)")
                .params(entryId, position, text, measureId, target)
                .update();
    }

    static String nameKey(String name) {
        return VietnameseText.fold(name).replaceAll("[^\\p{L}\\p{N}]+", " ").trim();
    }

    private static Set<String> tags(EntryForm form) {
        Set<String> tags = new LinkedHashSet<>();
        if (form.tags() != null) {
            form.tags().stream().filter(TAGS::contains).forEach(tags::add);
        }
        if (form.freeTags() != null) {
            for (String t : form.freeTags().split("[,;]")) {
                String tag = VietnameseText.fold(t)
                        .trim()
                        .replaceAll("[^a-z0-9]+", "_")
                        .toUpperCase(Locale.ROOT);
                if (!tag.isBlank() && tag.length() <= 40) {
                    tags.add(tag);
                }
            }
        }
        return tags;
    }

    private static String require(@Nullable String value, Set<String> allowed, String key) {
        if (value == null || !allowed.contains(value)) {
            throw new ExemplarRuleViolation(key);
        }
        return value;
    }

    static @Nullable String blankToNull(@Nullable String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }

    static @Nullable UUID parseUuid(@Nullable String s) {
        try {
            return s == null || s.isBlank() ? null : UUID.fromString(s.trim());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    static @Nullable BigDecimal parseNumber(@Nullable String s) {
        if (s == null || s.isBlank()) {
            return null;
        }
        try {
            return new BigDecimal(s.trim().replace(" ", "").replace(',', '.'));
        } catch (NumberFormatException e) {
            throw new ExemplarRuleViolation("ex.rule.notANumber", s);
        }
    }

    // ---------------------------------------------------------------- updates and self-assessments

    @Transactional
    UUID addUpdate(
            UUID entryId,
            UpdateForm form,
            Map<String, String> params,
            List<MultipartFile> photos,
            List<MultipartFile> documents) {
        CurrentUser user = SignedIn.require(ExemplarPermissions.REGISTER);
        EntryRow entry = ownedInScope(entryId, user);
        if (entry.closedFor(currentYear())) {
            throw new ExemplarRuleViolation("ex.rule.yearClosed", entry.year());
        }
        LocalDate on = form.reportedOn();
        if (on == null || on.getYear() != entry.year()) {
            throw new ExemplarRuleViolation("ex.rule.dateOutsideYear", entry.year());
        }
        if (on.isAfter(LocalDate.now(clock))) {
            throw new ExemplarRuleViolation("ex.rule.dateInFuture");
        }
        Map<UUID, BigDecimal> results = new LinkedHashMap<>();
        for (MeasureRow m : activeMeasures()) {
            BigDecimal value = parseNumber(params.get("r_" + m.id()));
            if (value != null) {
                if (value.signum() < 0) {
                    throw new ExemplarRuleViolation("ex.rule.negativeValue");
                }
                results.put(m.id(), value);
            }
        }
        UUID id = Ids.newId();
        jdbc.sql("INSERT INTO ex_update (id, entry_id, reported_on, text, author_id, author_name, created_at)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?)")
                .params(
                        id,
                        entryId,
                        on,
                        form.text() == null ? "" : form.text().trim(),
                        user.id(),
                        user.displayName(),
                        java.sql.Timestamp.from(clock.instant()))
                .update();
        results.forEach(
                (measure, value) -> jdbc.sql("INSERT INTO ex_result (update_id, measure_id, value) VALUES (?, ?, ?)")
                        .params(id, measure, value)
                        .update());
        FileOwner owner = new FileOwner(MODULE, "update", id, entry.path());
        for (MultipartFile photo : photos) {
            if (photo.isEmpty()) {
                continue;
            }
            StoredFile stored;
            try (InputStream in = photo.getInputStream()) {
                stored = attachments.store(owner, filename(photo), in, Attachments.IMAGES);
            } catch (FileRejected e) {
                throw new ExemplarRuleViolation("ex.rule.photoNotImage", filename(photo));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            linkFile(id, stored.id(), form.photosPublic());
        }
        for (MultipartFile document : documents) {
            if (document.isEmpty()) {
                continue;
            }
            StoredFile stored;
            try (InputStream in = document.getInputStream()) {
                stored = attachments.store(owner, filename(document), in, Set.of("application/pdf"));
            } catch (FileRejected e) {
                throw new ExemplarRuleViolation("ex.rule.documentNotPdf", filename(document));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            linkFile(id, stored.id(), false);
        }
        if ("REGISTERED".equals(entry.status())) {
            setStatus(entryId, "IN_PROGRESS");
        }
        touch(entryId);
        event(entryId, user.id(), user.displayName(), "UPDATE_ADDED", on.toString());
        audit.record(AuditEvent.of("exemplar.update", "exemplar", entryId).withDetail("update", id));
        return id;
    }

    void linkFile(UUID updateId, UUID fileId, boolean isPublic) {
        jdbc.sql("INSERT INTO ex_update_file (update_id, file_id, public) VALUES (?, ?, ?)")
                .params(updateId, fileId, isPublic)
                .update();
    }

    private static String filename(MultipartFile file) {
        String name = file.getOriginalFilename();
        return name == null || name.isBlank() ? "tep" : name;
    }

    @Transactional
    void selfAssess(UUID entryId, SelfAssessmentForm form) {
        CurrentUser user = SignedIn.require(ExemplarPermissions.REGISTER);
        EntryRow entry = ownedInScope(entryId, user);
        if (entry.closedFor(currentYear())) {
            throw new ExemplarRuleViolation("ex.rule.yearClosed", entry.year());
        }
        String period = form.period() == null ? "ANNUAL" : form.period();
        LocalDate today = LocalDate.now(clock);
        jdbc.sql("INSERT INTO ex_self_assessment (entry_id, period, text, effective, assessed_on, author_name)"
                        + " VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (entry_id, period) DO UPDATE SET text = excluded.text,"
                        + " effective = excluded.effective, assessed_on = excluded.assessed_on,"
                        + " author_name = excluded.author_name")
                .params(
                        entryId,
                        period,
                        form.text() == null ? "" : form.text().trim(),
                        Boolean.TRUE.equals(form.effective()),
                        today,
                        user.displayName())
                .update();
        if ("ANNUAL".equals(period) && Set.of("REGISTERED", "IN_PROGRESS").contains(entry.status())) {
            setStatus(entryId, "SELF_ASSESSED");
        }
        touch(entryId);
        event(
                entryId,
                user.id(),
                user.displayName(),
                "SELF_ASSESSED_" + period,
                Boolean.TRUE.equals(form.effective()) ? "effective" : "not effective");
        audit.record(AuditEvent.of("exemplar.selfAssess", "exemplar", entryId).withDetail("period", period));
    }

    /** The entry if the user may report on it: its owner's path (not only its place) in scope. */
    private EntryRow ownedInScope(UUID id, CurrentUser user) {
        EntryRow entry = visible(id);
        if (!user.scope().includes(entry.path())) {
            throw new RecordNotFound("exemplar", id);
        }
        return entry;
    }

    // ---------------------------------------------------------------- recognition

    @Transactional
    void recognise(UUID entryId, RecognitionForm form) {
        CurrentUser user = SignedIn.require(ExemplarPermissions.EVALUATE);
        EntryRow entry = visible(entryId);
        if (!Set.of("PROPOSED", "UNDER_EVALUATION", "SELF_ASSESSED").contains(entry.status())) {
            throw new ExemplarRuleViolation("ex.rule.cannotRecognise");
        }
        String level = require(form.level(), Set.copyOf(LEVELS), "ex.validation.level");
        String award = form.award() == null || form.award().isBlank()
                ? null
                : require(form.award(), Set.copyOf(AWARDS), "ex.validation.award");
        if (form.decidedOn() != null && form.decidedOn().isAfter(LocalDate.now(clock))) {
            throw new ExemplarRuleViolation("ex.rule.dateInFuture");
        }
        UUID council = jdbc.sql("SELECT c.id FROM ex_candidate k JOIN ex_council c ON c.id = k.council_id"
                        + " WHERE k.entry_id = ? AND k.proposed ORDER BY c.created_at DESC LIMIT 1")
                .param(entryId)
                .query(UUID.class)
                .optional()
                .orElse(null);
        insertRecognition(entryId, council, level, form.decisionNumber(), form.decidedOn(), form.authority(), award);
        setStatus(entryId, "RECOGNISED");
        event(entryId, user.id(), user.displayName(), "RECOGNISED", form.decisionNumber());
        audit.record(AuditEvent.of("exemplar.recognise", "exemplar", entryId)
                .withDetail("decision", form.decisionNumber())
                .withDetail("award", award));
    }

    void insertRecognition(
            UUID entryId,
            @Nullable UUID council,
            String level,
            @Nullable String number,
            @Nullable LocalDate decidedOn,
            @Nullable String authority,
            @Nullable String award) {
        jdbc.sql("INSERT INTO ex_recognition (id, entry_id, council_id, level, decision_number, decided_on, authority,"
                        + " award, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(
                        Ids.newId(),
                        entryId,
                        council,
                        level,
                        number == null ? "" : number.trim(),
                        decidedOn == null ? LocalDate.now(clock) : decidedOn,
                        authority == null ? "" : authority.trim(),
                        award,
                        java.sql.Timestamp.from(clock.instant()))
                .update();
    }

    @Transactional
    void revoke(UUID entryId, @Nullable String reason) {
        CurrentUser user = SignedIn.require(ExemplarPermissions.EVALUATE);
        EntryRow entry = visible(entryId);
        if (reason == null || reason.isBlank()) {
            throw new ExemplarRuleViolation("ex.validation.revokeReason");
        }
        if (!"RECOGNISED".equals(entry.status())) {
            throw new ExemplarRuleViolation("ex.rule.notRecognised");
        }
        jdbc.sql(
                        "UPDATE ex_recognition SET revoked_on = ?, revoke_reason = ? WHERE entry_id = ? AND revoked_on IS NULL")
                .params(LocalDate.now(clock), reason.trim(), entryId)
                .update();
        setStatus(entryId, "REVOKED");
        jdbc.sql("UPDATE ex_entry SET public = false WHERE id = ?")
                .param(entryId)
                .update();
        event(entryId, user.id(), user.displayName(), "REVOKED", reason.trim());
        audit.record(AuditEvent.of("exemplar.revoke", "exemplar", entryId).withDetail("reason", reason.trim()));
    }

    @Transactional
    void setPublic(UUID entryId, boolean isPublic, @Nullable String story) {
        CurrentUser user = SignedIn.require(ExemplarPermissions.REGISTER);
        ownedInScope(entryId, user);
        jdbc.sql("UPDATE ex_entry SET public = ?, story = coalesce(?, story), updated_at = ? WHERE id = ?")
                .params(isPublic, blankToNull(story), java.sql.Timestamp.from(clock.instant()), entryId)
                .update();
        event(entryId, user.id(), user.displayName(), isPublic ? "MADE_PUBLIC" : "MADE_PRIVATE", null);
        audit.record(AuditEvent.of("exemplar.public", "exemplar", entryId).withDetail("public", isPublic));
    }

    // ---------------------------------------------------------------- shared steps

    void setStatus(UUID entryId, String status) {
        jdbc.sql("UPDATE ex_entry SET status = ?, updated_at = ?, version = version + 1 WHERE id = ?")
                .params(status, java.sql.Timestamp.from(clock.instant()), entryId)
                .update();
    }

    private void touch(UUID entryId) {
        jdbc.sql("UPDATE ex_entry SET updated_at = ? WHERE id = ?")
                .params(java.sql.Timestamp.from(clock.instant()), entryId)
                .update();
    }

    void event(UUID entryId, @Nullable UUID actorId, String actorName, String action, @Nullable String detail) {
        jdbc.sql(
                        "INSERT INTO ex_event (id, entry_id, at, actor_id, actor_name, action, detail) VALUES (?, ?, ?, ?, ?, ?, ?)")
                .params(
                        Ids.newId(),
                        entryId,
                        java.sql.Timestamp.from(clock.instant()),
                        actorId,
                        actorName,
                        action,
                        detail == null ? null : detail.length() > 1000 ? detail.substring(0, 1000) : detail)
                .update();
    }
}
