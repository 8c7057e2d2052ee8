package vn.danvan.covenant.internal;

import java.io.InputStream;
import java.math.BigDecimal;
import java.time.Clock;
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
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.danvan.audit.AuditEvent;
import vn.danvan.audit.AuditTrail;
import vn.danvan.covenant.CovenantPermissions;
import vn.danvan.covenant.Measurement;
import vn.danvan.files.Attachments;
import vn.danvan.files.FileOwner;
import vn.danvan.files.StoredFile;
import vn.danvan.shared.security.CurrentUser;
import vn.danvan.shared.security.SignedIn;

/**
 * Scoring a period: the value of every party on every criterion (measured through the metric catalogue, one call
 * per criterion for all parties, or reported by the party), the computed, self and reviewed scores, totals, ranking
 * and proposed commendations; closing a period freezes its measured values. Also a party's standing over time.
 */
@Service
class ScoringService {

    private final CovenantService covenantService;
    private final CovenantRepository covenants;
    private final MetricCatalogue catalogue;
    private final ObjectProvider<Attachments> attachments;
    private final AuditTrail audit;
    private final Clock clock;

    ScoringService(
            CovenantService covenantService,
            CovenantRepository covenants,
            MetricCatalogue catalogue,
            ObjectProvider<Attachments> attachments,
            AuditTrail audit,
            Clock clock) {
        this.covenantService = covenantService;
        this.covenants = covenants;
        this.catalogue = catalogue;
        this.attachments = attachments;
        this.audit = audit;
        this.clock = clock;
    }

    /** One party on one criterion in a period, with the figures that produced its score. */
    record Cell(
            Criterion criterion,
            Party party,
            @Nullable BigDecimal target,
            boolean available,
            @Nullable BigDecimal actual,
            @Nullable BigDecimal numerator,
            @Nullable BigDecimal denominator,
            @Nullable BigDecimal percent,
            @Nullable BigDecimal computed,
            @Nullable ScoreEntry entry,
            Scoring.Final result) {

        @Nullable
        public BigDecimal selfScore() {
            return entry == null ? null : entry.selfScore();
        }

        @Nullable
        public BigDecimal reviewedScore() {
            return entry == null ? null : entry.reviewedScore();
        }

        public boolean hasShareFigures() {
            return numerator != null && denominator != null;
        }
    }

    /** A party's row: its cells, total, rank and proposed commendation. */
    record Row(
            Party party,
            List<Cell> cells,
            BigDecimal total,
            int rank,
            @Nullable Award award,
            @Nullable String suggestedAwardKey) {}

    /** The scoring table of a period: rows in the parties' order and the same rows ranked. */
    record Board(
            CovenantService.Details details,
            Period period,
            LocalDate asOf,
            List<Row> rows,
            List<Row> ranking,
            BigDecimal totalMax) {

        public Row row(UUID partyId) {
            return rows.stream()
                    .filter(r -> r.party().id().equals(partyId))
                    .findFirst()
                    .orElseThrow();
        }
    }

    @Transactional(readOnly = true)
    Board board(UUID covenantId, UUID periodId) {
        CovenantService.Details d = covenantService.details(covenantId);
        Period period = d.period(periodId);
        return board(d, period, covenants.scores(periodId), covenants.awards(periodId));
    }

    private Board board(CovenantService.Details d, Period period, List<ScoreEntry> scores, Map<UUID, Award> awards) {
        LocalDate asOf = period.asOf(LocalDate.now(clock));
        Map<String, ScoreEntry> entries = new HashMap<>();
        scores.forEach(s -> entries.put(key(s.criterionId(), s.partyId()), s));
        List<String> paths = d.parties().stream().map(Party::path).distinct().toList();
        Map<UUID, Optional<Map<String, Measurement>>> measured = new HashMap<>();
        if (!period.closed()) {
            for (Criterion c : d.criteria()) {
                if (c.isMeasured()) {
                    measured.put(c.id(), catalogue.measure(c, asOf, paths));
                }
            }
        }
        List<Scoring.Total<UUID>> totals = new ArrayList<>();
        Map<UUID, List<Cell>> cellsByParty = new LinkedHashMap<>();
        for (Party party : d.parties()) {
            List<Cell> cells = new ArrayList<>();
            BigDecimal total = BigDecimal.ZERO;
            for (Criterion c : d.criteria()) {
                ScoreEntry entry = entries.get(key(c.id(), party.id()));
                Cell cell = cell(d, period, c, party, entry, measured.get(c.id()));
                cells.add(cell);
                total = total.add(cell.result().score());
            }
            cellsByParty.put(party.id(), cells);
            totals.add(new Scoring.Total<>(party.id(), total));
        }
        Map<UUID, Scoring.Ranked<UUID>> ranks = new HashMap<>();
        List<Scoring.Ranked<UUID>> ranked = Scoring.rank(totals);
        ranked.forEach(r -> ranks.put(r.party(), r));
        List<Row> rows = new ArrayList<>();
        for (Party party : d.parties()) {
            Scoring.Ranked<UUID> r = ranks.get(party.id());
            rows.add(new Row(
                    party,
                    cellsByParty.get(party.id()),
                    r.total(),
                    r.rank(),
                    awards.get(party.id()),
                    suggestedAward(r.rank(), r.total())));
        }
        List<Row> ranking = new ArrayList<>();
        for (Scoring.Ranked<UUID> r : ranked) {
            rows.stream()
                    .filter(row -> row.party().id().equals(r.party()))
                    .findFirst()
                    .ifPresent(ranking::add);
        }
        return new Board(d, period, asOf, rows, ranking, d.totalMax());
    }

    /** By default the leading party is proposed for the emulation flag and the next two for a certificate of merit. */
    static @Nullable String suggestedAward(int rank, BigDecimal total) {
        if (total.signum() <= 0) {
            return null;
        }
        if (rank == 1) {
            return "cv.award.suggest.flag";
        }
        return rank <= 3 ? "cv.award.suggest.merit" : null;
    }

    private static Cell cell(
            CovenantService.Details d,
            Period period,
            Criterion c,
            Party party,
            @Nullable ScoreEntry entry,
            @Nullable Optional<Map<String, Measurement>> measured) {
        BigDecimal target = d.target(c.id(), party.id());
        boolean available = true;
        BigDecimal actual = null;
        BigDecimal numerator = null;
        BigDecimal denominator = null;
        if (c.isMeasured()) {
            if (period.closed()) {
                actual = entry == null ? null : entry.measuredValue();
            } else if (measured == null || measured.isEmpty()) {
                available = false;
            } else {
                Measurement m = measured.get().get(party.path());
                if (m != null) {
                    actual = m.value();
                    numerator = m.numerator();
                    denominator = m.denominator();
                }
            }
        } else {
            actual = entry == null ? null : entry.reportedValue();
        }
        BigDecimal computed =
                target == null ? null : Scoring.computed(c.maxPoints(), target, actual, c.lowerIsBetter());
        BigDecimal percent = target == null ? null : Scoring.percentOfTarget(target, actual);
        Scoring.Final result = Scoring.finalScore(
                entry == null ? null : entry.reviewedScore(), entry == null ? null : entry.selfScore(), computed);
        return new Cell(c, party, target, available, actual, numerator, denominator, percent, computed, entry, result);
    }

    private static String key(UUID criterionId, UUID partyId) {
        return criterionId + "/" + partyId;
    }

    // ---- Who may do what ------------------------------------------------------------------------------------------

    /** Whether the user reports for this party: REPORT, and the party's area in their scope. */
    boolean reportsFor(Party party) {
        CurrentUser user = SignedIn.user();
        return user.can(CovenantPermissions.REPORT) && user.scope().includes(party.path());
    }

    /** REPORT, a covenant the user sees (else 404), and a party of it in the user's area (else 403). */
    @Transactional(readOnly = true)
    Party requireReporter(UUID covenantId, UUID partyId) {
        CurrentUser user = SignedIn.require(CovenantPermissions.REPORT);
        Party party = covenantService.details(covenantId).party(partyId);
        if (!user.scope().includes(party.path())) {
            throw new AccessDeniedException("Another party's entry");
        }
        return party;
    }

    // ---- Changes --------------------------------------------------------------------------------------------------

    /** A party's own entry: the reported value and evidence, and its self-score. Only for its own row. */
    @Transactional
    void saveSelf(
            UUID covenantId,
            UUID periodId,
            UUID partyId,
            UUID criterionId,
            SelfScoreForm form,
            @Nullable String filename,
            @Nullable InputStream evidence) {
        CurrentUser user = SignedIn.require(CovenantPermissions.REPORT);
        CovenantService.Details d = covenantService.details(covenantId);
        Party party = d.party(partyId);
        Criterion criterion = d.criterion(criterionId);
        Period period = d.period(periodId);
        if (!user.scope().includes(party.path())) {
            throw new AccessDeniedException("Another party's entry");
        }
        requireOpen(d, period);
        if (form.selfScore() != null && !Scoring.withinPoints(form.selfScore(), criterion.maxPoints())) {
            throw new CovenantRuleViolation(
                    "cv.error.scoreRange", criterion.maxPoints().toPlainString());
        }
        ScoreEntry existing = covenants.score(periodId, criterionId, partyId).orElse(null);
        BigDecimal reported = criterion.isMeasured() ? null : form.reportedValue();
        UUID fileId = existing == null ? null : existing.evidenceFileId();
        Instant now = clock.instant();
        if (evidence != null && filename != null) {
            Attachments files = attachments.getIfAvailable();
            if (files == null) {
                throw new CovenantRuleViolation("cv.error.filesUnavailable");
            }
            covenants.ensureScore(periodId, criterionId, partyId, now);
            UUID scoreId = covenants
                    .score(periodId, criterionId, partyId)
                    .orElseThrow()
                    .id();
            StoredFile file = files.store(
                    new FileOwner(CovenantService.MODULE, "score", scoreId, party.path()),
                    filename,
                    evidence,
                    Attachments.DOCUMENTS_AND_IMAGES);
            fileId = file.id();
        }
        if (!criterion.isMeasured() && criterion.evidenceRequired() && reported != null && fileId == null) {
            throw new CovenantRuleViolation("cv.error.evidenceRequired");
        }
        covenants.saveSelf(
                periodId,
                criterionId,
                partyId,
                reported,
                fileId,
                CovenantService.blankToNull(form.evidenceNote()),
                form.selfScore(),
                CovenantService.blankToNull(form.selfNote()),
                now);
        audit.record(AuditEvent.of(
                        "covenant.score.selfReported",
                        "cv_covenant",
                        covenantId,
                        Map.of("period", periodId.toString(), "party", party.orgName(), "criterion", criterion.code()))
                .withDetail("reported", reported == null ? null : reported.toPlainString())
                .withDetail(
                        "selfScore",
                        form.selfScore() == null ? null : form.selfScore().toPlainString())
                .withDetail("evidence", fileId));
    }

    /** The reviewer's score and comment for a cell; it overrides the self-score and the computed score. */
    @Transactional
    void saveReview(UUID covenantId, UUID periodId, UUID partyId, UUID criterionId, ReviewForm form) {
        CurrentUser user = SignedIn.require(CovenantPermissions.MANAGE);
        covenantService.managed(covenantId);
        CovenantService.Details d = covenantService.details(covenantId);
        Party party = d.party(partyId);
        Criterion criterion = d.criterion(criterionId);
        Period period = d.period(periodId);
        requireOpen(d, period);
        if (form.reviewedScore() != null && !Scoring.withinPoints(form.reviewedScore(), criterion.maxPoints())) {
            throw new CovenantRuleViolation(
                    "cv.error.scoreRange", criterion.maxPoints().toPlainString());
        }
        covenants.saveReview(
                periodId,
                criterionId,
                partyId,
                form.reviewedScore(),
                CovenantService.blankToNull(form.comment()),
                user.displayName(),
                clock.instant());
        audit.record(AuditEvent.of(
                        "covenant.score.reviewed",
                        "cv_covenant",
                        covenantId,
                        Map.of("period", periodId.toString(), "party", party.orgName(), "criterion", criterion.code()))
                .withDetail(
                        "reviewedScore",
                        form.reviewedScore() == null
                                ? null
                                : form.reviewedScore().toPlainString()));
    }

    /** The commendation proposed for a party; an empty award withdraws it. */
    @Transactional
    void saveAward(UUID covenantId, UUID periodId, UUID partyId, AwardForm form) {
        covenantService.managed(covenantId);
        CovenantService.Details d = covenantService.details(covenantId);
        Party party = d.party(partyId);
        Period period = d.period(periodId);
        requireOpen(d, period);
        String award = CovenantService.blankToNull(form.award());
        if (award == null) {
            covenants.deleteAward(periodId, partyId);
        } else {
            covenants.saveAward(new Award(periodId, partyId, award, CovenantService.blankToNull(form.note())));
        }
        audit.record(AuditEvent.of(
                        "covenant.award.proposed",
                        "cv_covenant",
                        covenantId,
                        Map.of("period", periodId.toString(), "party", party.orgName()))
                .withDetail("award", award));
    }

    /**
     * Closes a period: measured values are frozen as they stand now (so later data changes do not move a closed
     * ranking) and the period becomes read-only. Closing the last period of a covenant closes the covenant.
     */
    @Transactional
    void closePeriod(UUID covenantId, UUID periodId) {
        covenantService.managed(covenantId);
        CovenantService.Details d = covenantService.details(covenantId);
        Period period = d.period(periodId);
        requireOpen(d, period);
        Instant now = clock.instant();
        LocalDate asOf = period.asOf(LocalDate.now(clock));
        List<String> paths = d.parties().stream().map(Party::path).distinct().toList();
        for (Criterion c : d.criteria()) {
            if (!c.isMeasured()) {
                continue;
            }
            Optional<Map<String, Measurement>> values = catalogue.measure(c, asOf, paths);
            for (Party p : d.parties()) {
                BigDecimal value =
                        values.map(v -> v.get(p.path())).map(Measurement::value).orElse(null);
                covenants.freezeMeasured(periodId, c.id(), p.id(), value, now);
            }
        }
        if (!covenants.closePeriod(periodId)) {
            throw new CovenantRuleViolation("cv.error.periodClosed");
        }
        boolean allClosed = d.periods().stream().allMatch(p -> p.closed() || p.id().equals(periodId));
        LocalDate lastEnd = d.periods().stream()
                .map(Period::endsOn)
                .max(LocalDate::compareTo)
                .orElse(period.endsOn());
        boolean covenantClosed = allClosed && !lastEnd.isBefore(d.covenant().endsOn());
        if (covenantClosed) {
            covenants.setState(covenantId, CovenantState.CLOSED, now);
        }
        audit.record(AuditEvent.of(
                        "covenant.period.closed",
                        "cv_covenant",
                        covenantId,
                        Map.of("period", period.name(), "asOf", asOf.toString()))
                .withDetail("covenantClosed", covenantClosed ? "true" : null));
    }

    private static void requireOpen(CovenantService.Details d, Period period) {
        if (period.closed()) {
            throw new CovenantRuleViolation("cv.error.periodClosed");
        }
        if (d.covenant().state() != CovenantState.ACTIVE) {
            throw new CovenantRuleViolation("cv.error.notActive");
        }
    }

    // ---- A party's standing ---------------------------------------------------------------------------------------

    /** Where a party stands on a criterion now. */
    record Now(Cell cell, LocalDate asOf) {}

    /** A measured criterion's value at each month end, for the party's chart and table. */
    record Series(Criterion criterion, @Nullable BigDecimal target, boolean available, List<Point> points) {

        public String labels() {
            return String.join("\n", points.stream().map(p -> p.label()).toList());
        }

        public String values() {
            return String.join(
                    ",",
                    points.stream()
                            .map(p -> p.value() == null ? "" : p.value().toPlainString())
                            .toList());
        }
    }

    /** A value as of a date. */
    record Point(LocalDate asOf, String label, @Nullable BigDecimal value) {}

    /** A party's rank, total and reported values in one period. */
    record PeriodStanding(Period period, Row row, int parties, BigDecimal totalMax) {}

    /** Everything the party page shows. */
    record Standing(
            CovenantService.Details details,
            Party party,
            List<Cell> now,
            LocalDate asOf,
            List<Series> series,
            List<PeriodStanding> periods) {}

    @Transactional(readOnly = true)
    Standing standing(UUID covenantId, UUID partyId) {
        CovenantService.Details d = covenantService.details(covenantId);
        Party party = d.party(partyId);
        LocalDate today = LocalDate.now(clock);
        Covenant c = d.covenant();
        LocalDate asOf = today.isAfter(c.endsOn()) ? c.endsOn() : today.isBefore(c.startsOn()) ? c.startsOn() : today;

        // Reported values of the latest period that has one, for "now".
        Map<UUID, List<ScoreEntry>> byPeriod = new HashMap<>();
        covenants
                .scoresOfCovenant(covenantId)
                .forEach(s -> byPeriod.computeIfAbsent(s.periodId(), k -> new ArrayList<>())
                        .add(s));
        Map<UUID, ScoreEntry> latestReported = new HashMap<>();
        for (Period p : d.periods()) {
            for (ScoreEntry s : byPeriod.getOrDefault(p.id(), List.of())) {
                if (s.partyId().equals(partyId) && s.reportedValue() != null) {
                    latestReported.put(s.criterionId(), s);
                }
            }
        }
        Period current = new Period(UUID.randomUUID(), covenantId, "", asOf, false);
        List<Cell> now = new ArrayList<>();
        for (Criterion criterion : d.criteria()) {
            Optional<Map<String, Measurement>> measured = criterion.isMeasured()
                    ? catalogue.measure(criterion, asOf, List.of(party.path()))
                    : Optional.empty();
            ScoreEntry reported = latestReported.get(criterion.id());
            ScoreEntry forNow = reported == null
                    ? null
                    : new ScoreEntry(
                            reported.id(),
                            reported.periodId(),
                            reported.criterionId(),
                            reported.partyId(),
                            reported.reportedValue(),
                            reported.evidenceFileId(),
                            reported.evidenceNote(),
                            null,
                            null,
                            null,
                            null,
                            null,
                            null,
                            null);
            now.add(cell(d, current, criterion, party, forNow, measured));
        }

        // Measured criteria month by month, one call per month and criterion for this party's area.
        List<Series> series = new ArrayList<>();
        for (Criterion criterion : d.criteria()) {
            if (!criterion.isMeasured()) {
                continue;
            }
            boolean available = criterion.metricCode() != null
                    && catalogue.find(criterion.metricCode()).isPresent();
            List<Point> points = new ArrayList<>();
            if (available) {
                for (LocalDate date : monthEnds(c.startsOn(), asOf)) {
                    BigDecimal value = catalogue
                            .measure(criterion, date, List.of(party.path()))
                            .map(m -> m.get(party.path()))
                            .map(Measurement::value)
                            .orElse(null);
                    points.add(new Point(date, String.format("%02d/%d", date.getMonthValue(), date.getYear()), value));
                }
            }
            series.add(new Series(criterion, d.target(criterion.id(), partyId), available, points));
        }

        List<PeriodStanding> periods = new ArrayList<>();
        for (Period p : d.periods()) {
            Board board = board(d, p, byPeriod.getOrDefault(p.id(), List.of()), covenants.awards(p.id()));
            periods.add(new PeriodStanding(p, board.row(partyId), d.parties().size(), board.totalMax()));
        }
        return new Standing(d, party, now, asOf, series, periods);
    }

    /** Month ends from the month of {@code from} to {@code to}; the last point is {@code to} itself. */
    static List<LocalDate> monthEnds(LocalDate from, LocalDate to) {
        List<LocalDate> dates = new ArrayList<>();
        LocalDate date = CovenantRepository.monthEnd(from);
        while (date.isBefore(to)) {
            dates.add(date);
            date = CovenantRepository.monthEnd(date.plusDays(1));
        }
        dates.add(to);
        return dates;
    }
}
