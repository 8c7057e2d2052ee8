package vn.danvan.covenant.internal;

import java.io.InputStream;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.MessageSource;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.danvan.audit.AuditEvent;
import vn.danvan.audit.AuditTrail;
import vn.danvan.covenant.CovenantMetric;
import vn.danvan.covenant.CovenantPermissions;
import vn.danvan.covenant.MetricSubject;
import vn.danvan.files.Attachments;
import vn.danvan.files.FileOwner;
import vn.danvan.files.StoredFile;
import vn.danvan.meeting.CovenantSignings;
import vn.danvan.meeting.CovenantSignings.Signing;
import vn.danvan.organisation.OrgUnitView;
import vn.danvan.organisation.Organisations;
import vn.danvan.shared.Ids;
import vn.danvan.shared.security.CurrentUser;
import vn.danvan.shared.security.Scope;
import vn.danvan.shared.security.SignedIn;
import vn.danvan.shared.web.RecordNotFound;

/**
 * Use cases of setting up a covenant: its parties and signing, its criteria with a target per party, its scoring
 * periods, and putting it in force. Reads are scoped in the query; changes need the owner's area.
 */
@Service
class CovenantService {

    static final String MODULE = "covenant";
    static final Locale VIETNAMESE = Locale.forLanguageTag("vi-VN");

    private final CovenantRepository covenants;
    private final MetricCatalogue catalogue;
    private final Organisations organisations;
    private final ObjectProvider<CovenantSignings> signings;
    private final ObjectProvider<Attachments> attachments;
    private final MessageSource messages;
    private final AuditTrail audit;
    private final Clock clock;

    CovenantService(
            CovenantRepository covenants,
            MetricCatalogue catalogue,
            Organisations organisations,
            ObjectProvider<CovenantSignings> signings,
            ObjectProvider<Attachments> attachments,
            MessageSource messages,
            AuditTrail audit,
            Clock clock) {
        this.covenants = covenants;
        this.catalogue = catalogue;
        this.organisations = organisations;
        this.signings = signings;
        this.attachments = attachments;
        this.messages = messages;
        this.audit = audit;
        this.clock = clock;
    }

    /** A covenant with everything defined in it. */
    record Details(
            Covenant covenant,
            List<Party> parties,
            List<Criterion> criteria,
            Map<UUID, Map<UUID, BigDecimal>> targets,
            List<Period> periods) {

        public boolean anyPeriodClosed() {
            return periods.stream().anyMatch(Period::closed);
        }

        public boolean openForChanges() {
            return covenant.isOpenForChanges(anyPeriodClosed());
        }

        /** Every criterion has a target for every party. */
        public boolean targetsComplete() {
            for (Criterion c : criteria) {
                Map<UUID, BigDecimal> t = targets.getOrDefault(c.id(), Map.of());
                if (parties.stream().anyMatch(p -> !t.containsKey(p.id()))) {
                    return false;
                }
            }
            return true;
        }

        @Nullable
        public BigDecimal target(UUID criterionId, UUID partyId) {
            return targets.getOrDefault(criterionId, Map.of()).get(partyId);
        }

        public BigDecimal totalMax() {
            return criteria.stream().map(Criterion::maxPoints).reduce(BigDecimal.ZERO, BigDecimal::add);
        }

        public Party party(UUID partyId) {
            return parties.stream()
                    .filter(p -> p.id().equals(partyId))
                    .findFirst()
                    .orElseThrow(() -> new RecordNotFound("covenant party", partyId));
        }

        public Criterion criterion(UUID criterionId) {
            return criteria.stream()
                    .filter(c -> c.id().equals(criterionId))
                    .findFirst()
                    .orElseThrow(() -> new RecordNotFound("covenant criterion", criterionId));
        }

        public Period period(UUID periodId) {
            return periods.stream()
                    .filter(p -> p.id().equals(periodId))
                    .findFirst()
                    .orElseThrow(() -> new RecordNotFound("covenant period", periodId));
        }
    }

    // ---- Reads ----------------------------------------------------------------------------------------------------

    @Transactional(readOnly = true)
    CovenantRepository.Found search(CovenantRepository.Filter filter, int page, int size) {
        CurrentUser user = SignedIn.require(CovenantPermissions.READ);
        return covenants.search(user.scope(), filter, page, size);
    }

    /** The covenant, if the user may see it (its owner's or one of its parties' areas); otherwise 404. */
    @Transactional(readOnly = true)
    Covenant get(UUID id) {
        CurrentUser user = SignedIn.require(CovenantPermissions.READ);
        return covenants.findVisible(id, user.scope()).orElseThrow(() -> new RecordNotFound("covenant", id));
    }

    @Transactional(readOnly = true)
    Details details(UUID id) {
        Covenant covenant = get(id);
        return new Details(
                covenant, covenants.parties(id), covenants.criteria(id), covenants.targets(id), covenants.periods(id));
    }

    /** The covenant for a change: MANAGE, and the owner's area in the user's scope. */
    Covenant managed(UUID id) {
        CurrentUser user = SignedIn.require(CovenantPermissions.MANAGE);
        Covenant covenant = get(id);
        if (!CovenantRepository.manages(covenant, user.scope())) {
            throw new AccessDeniedException("Covenant of another area");
        }
        return covenant;
    }

    boolean canManage(Covenant covenant) {
        CurrentUser user = SignedIn.user();
        return user.can(CovenantPermissions.MANAGE) && CovenantRepository.manages(covenant, user.scope());
    }

    /** Organisations that may own a covenant or sign it: those the user may see. */
    @Transactional(readOnly = true)
    List<OrgUnitView> organisationChoices() {
        CurrentUser user = SignedIn.require(CovenantPermissions.MANAGE);
        Scope scope = user.scope();
        return organisations.choices(1000).stream()
                .filter(o -> scope.includes(o.path()))
                .toList();
    }

    /** Covenant signings recorded at meetings the user may see, newest first. */
    @Transactional(readOnly = true)
    List<Signing> signingChoices() {
        CurrentUser user = SignedIn.require(CovenantPermissions.MANAGE);
        CovenantSignings api = signings.getIfAvailable();
        return api == null ? List.of() : api.visible(user.scope());
    }

    @Transactional(readOnly = true)
    Optional<Signing> signing(@Nullable UUID signingId) {
        CurrentUser user = SignedIn.require(CovenantPermissions.READ);
        CovenantSignings api = signings.getIfAvailable();
        if (signingId == null || api == null) {
            return Optional.empty();
        }
        return api.find(signingId, user.scope());
    }

    /** A form pre-filled from a signing: its title, parties and the meeting's date. */
    CovenantForm prefilled(Signing s) {
        CovenantForm empty = CovenantForm.empty(s.meetingStartsAt().getYear());
        return new CovenantForm(
                s.title(),
                empty.kind(),
                s.meetingStartsAt().getYear(),
                empty.startsOn(),
                empty.endsOn(),
                null,
                null,
                s.meetingStartsAt().toLocalDate(),
                s.partyOrgIds(),
                s.id(),
                s.fileId() != null);
    }

    @Transactional(readOnly = true)
    Optional<StoredFile> signedFile(Covenant covenant) {
        Attachments files = attachments.getIfAvailable();
        if (files == null || covenant.signedFileId() == null) {
            return Optional.empty();
        }
        return files.find(covenant.signedFileId());
    }

    boolean acceptsFiles() {
        return attachments.getIfAvailable() != null;
    }

    // ---- Covenants ------------------------------------------------------------------------------------------------

    @Transactional
    Covenant create(CovenantForm form) {
        return create(form, false);
    }

    @Transactional
    Covenant create(CovenantForm form, boolean demo) {
        CurrentUser user = SignedIn.require(CovenantPermissions.MANAGE);
        Resolved r = resolve(user, form);
        Covenant covenant = new Covenant(
                Ids.newId(),
                Objects.requireNonNull(form.title()).strip(),
                Objects.requireNonNull(form.kind()),
                Objects.requireNonNull(form.year()),
                Objects.requireNonNull(form.startsOn()),
                Objects.requireNonNull(form.endsOn()),
                r.owner().id(),
                r.owner().name(),
                r.owner().path(),
                form.signedOn(),
                r.signing() == null ? null : r.signing().meetingId(),
                r.signing() == null ? null : r.signing().id(),
                r.signing() != null && Boolean.TRUE.equals(form.useSigningFile())
                        ? r.signing().fileId()
                        : null,
                blankToNull(form.description()),
                CovenantState.DRAFT,
                demo,
                0);
        Instant now = clock.instant();
        covenants.insert(covenant, now);
        int position = 0;
        for (OrgUnitView org : r.parties()) {
            covenants.insertParty(new Party(Ids.newId(), covenant.id(), position++, org.id(), org.name(), org.path()));
        }
        audit.record(AuditEvent.of(
                        "covenant.created",
                        "cv_covenant",
                        covenant.id(),
                        Map.of(
                                "title",
                                covenant.title(),
                                "parties",
                                Integer.toString(r.parties().size())))
                .withDetail("signing", covenant.meetingSigningId()));
        return covenant;
    }

    @Transactional
    Covenant update(UUID id, CovenantForm form) {
        CurrentUser user = SignedIn.require(CovenantPermissions.MANAGE);
        Covenant before = managed(id);
        if (before.state() == CovenantState.CLOSED) {
            throw new CovenantRuleViolation("cv.error.closed");
        }
        Resolved r = resolve(user, form);
        List<Party> parties = covenants.parties(id);
        List<UUID> wanted = r.parties().stream().map(OrgUnitView::id).toList();
        boolean partiesChanged = !new HashSet<>(wanted)
                .equals(new HashSet<>(parties.stream().map(Party::orgId).toList()));
        if (partiesChanged && before.state() != CovenantState.DRAFT) {
            throw new CovenantRuleViolation("cv.error.partiesFixed");
        }
        for (Period p : covenants.periods(id)) {
            if (p.endsOn().isBefore(Objects.requireNonNull(form.startsOn()))
                    || p.endsOn().isAfter(Objects.requireNonNull(form.endsOn()))) {
                throw new CovenantRuleViolation("cv.error.periodOutside", p.name());
            }
        }
        UUID fileId = before.signedFileId();
        if (r.signing() != null
                && Boolean.TRUE.equals(form.useSigningFile())
                && r.signing().fileId() != null) {
            fileId = r.signing().fileId();
        }
        Covenant covenant = new Covenant(
                id,
                Objects.requireNonNull(form.title()).strip(),
                Objects.requireNonNull(form.kind()),
                Objects.requireNonNull(form.year()),
                Objects.requireNonNull(form.startsOn()),
                Objects.requireNonNull(form.endsOn()),
                r.owner().id(),
                r.owner().name(),
                r.owner().path(),
                form.signedOn(),
                r.signing() == null ? null : r.signing().meetingId(),
                r.signing() == null ? null : r.signing().id(),
                fileId,
                blankToNull(form.description()),
                before.state(),
                before.demo(),
                before.version());
        Instant now = clock.instant();
        covenants.update(covenant, now);
        if (partiesChanged) {
            Map<UUID, Party> existing = new HashMap<>();
            parties.forEach(p -> existing.put(p.orgId(), p));
            for (Party p : parties) {
                if (!wanted.contains(p.orgId())) {
                    covenants.deleteParty(p.id());
                }
            }
            int position = 0;
            for (OrgUnitView org : r.parties()) {
                Party kept = existing.get(org.id());
                if (kept != null) {
                    covenants.moveParty(kept.id(), position++);
                } else {
                    covenants.insertParty(new Party(Ids.newId(), id, position++, org.id(), org.name(), org.path()));
                }
            }
        }
        audit.record(AuditEvent.of("covenant.updated", "cv_covenant", id, Map.of("title", covenant.title()))
                .withDetail("partiesChanged", partiesChanged ? "true" : null));
        return covenant;
    }

    /** The owner, the parties and the signing a form names, checked against the user's scope. */
    private record Resolved(
            OrgUnitView owner,
            List<OrgUnitView> parties,
            @Nullable Signing signing) {}

    private Resolved resolve(CurrentUser user, CovenantForm form) {
        if (Objects.requireNonNull(form.endsOn()).isBefore(Objects.requireNonNull(form.startsOn()))) {
            throw new CovenantRuleViolation("cv.error.periodOrder");
        }
        Scope scope = user.scope();
        OrgUnitView owner = organisations
                .find(Objects.requireNonNull(form.ownerOrgId()))
                .filter(o -> scope.includes(o.path()))
                .orElseThrow(() -> new CovenantRuleViolation("cv.error.ownerOutsideScope"));
        Signing signing = null;
        if (form.signingId() != null) {
            CovenantSignings api = signings.getIfAvailable();
            signing = api == null ? null : api.find(form.signingId(), scope).orElse(null);
            if (signing == null) {
                throw new CovenantRuleViolation("cv.error.signingUnknown");
            }
        }
        Set<UUID> signed = signing == null ? Set.of() : new HashSet<>(signing.partyOrgIds());
        List<UUID> ids = form.parties();
        if (ids.size() < 2) {
            throw new CovenantRuleViolation("cv.validation.parties");
        }
        List<OrgUnitView> parties = new ArrayList<>();
        for (UUID partyId : ids) {
            OrgUnitView org = organisations
                    .find(partyId)
                    .filter(o -> scope.includes(o.path()) || signed.contains(o.id()))
                    .orElseThrow(() -> new CovenantRuleViolation("cv.error.partyOutsideScope"));
            parties.add(org);
        }
        return new Resolved(owner, parties, signing);
    }

    /** Stores the signed covenant (PDF, Word or a scan), checked by its content. */
    @Transactional
    StoredFile attachSignedDocument(UUID id, String filename, InputStream content) {
        Covenant covenant = managed(id);
        Attachments files = attachments.getIfAvailable();
        if (files == null) {
            throw new CovenantRuleViolation("cv.error.filesUnavailable");
        }
        StoredFile file = files.store(
                new FileOwner(MODULE, "covenant", covenant.id(), covenant.path()),
                filename,
                content,
                Attachments.DOCUMENTS_AND_IMAGES);
        covenants.setSignedFile(id, file.id(), clock.instant());
        audit.record(AuditEvent.of(
                "covenant.documentAttached",
                "cv_covenant",
                id,
                Map.of("file", file.id().toString(), "name", file.filename())));
        return file;
    }

    // ---- Criteria -------------------------------------------------------------------------------------------------

    /** The subjects a metric offers the user (for land clearance: the key projects they may see). */
    List<MetricSubject> subjects(CovenantMetric metric) {
        CurrentUser user = SignedIn.user();
        return metric.needsSubject() ? metric.subjects(user.scope()) : List.of();
    }

    @Transactional
    Criterion addCriterion(UUID id, CriterionForm form) {
        CurrentUser user = SignedIn.require(CovenantPermissions.MANAGE);
        managed(id);
        Details d = details(id);
        if (!d.openForChanges()) {
            throw new CovenantRuleViolation("cv.error.criteriaFrozen");
        }
        String code = Objects.requireNonNull(form.code()).strip();
        if (d.criteria().stream().anyMatch(c -> c.code().equalsIgnoreCase(code))) {
            throw new CovenantRuleViolation("cv.error.duplicateCode", code);
        }
        CriterionKind kind = Objects.requireNonNull(form.kind());
        String metricCode = null;
        String subject = null;
        Integer days = null;
        String unit = blankToNull(form.unitOfMeasure());
        if (kind == CriterionKind.MEASURED) {
            CovenantMetric metric = catalogue
                    .find(form.metricCode() == null ? "" : form.metricCode())
                    .orElseThrow(() -> new CovenantRuleViolation("cv.error.metricUnknown"));
            metricCode = metric.code();
            if (metric.needsSubject()) {
                String wanted = blankToNull(form.metricSubject());
                if (wanted == null) {
                    throw new CovenantRuleViolation("cv.error.subjectMissing");
                }
                if (metric.subjects(user.scope()).stream().noneMatch(s -> s.id().equals(wanted))) {
                    throw new CovenantRuleViolation("cv.error.subjectNotVisible");
                }
                subject = wanted;
            }
            if (metric.needsDays()) {
                if (form.metricDays() == null || form.metricDays() < 1 || form.metricDays() > 3650) {
                    throw new CovenantRuleViolation("cv.error.daysMissing");
                }
                days = form.metricDays();
            }
            if (unit == null) {
                unit = messages.getMessage(metric.unitKey(), null, metric.unitKey(), VIETNAMESE);
            }
        } else if (unit == null) {
            throw new CovenantRuleViolation("cv.validation.unit");
        }
        Map<UUID, BigDecimal> targets = targets(d.parties(), form);
        Criterion criterion = new Criterion(
                Ids.newId(),
                id,
                d.criteria().stream().mapToInt(Criterion::position).max().orElse(-1) + 1,
                code,
                Objects.requireNonNull(form.text()).strip(),
                Objects.requireNonNull(unit),
                kind,
                metricCode,
                subject,
                days,
                Objects.requireNonNull(form.maxPoints()),
                Boolean.TRUE.equals(form.lowerIsBetter()),
                kind == CriterionKind.REPORTED && Boolean.TRUE.equals(form.evidenceRequired()),
                blankToNull(form.howMeasured()));
        covenants.insertCriterion(criterion);
        targets.forEach((party, target) -> covenants.insertTarget(criterion.id(), party, target));
        audit.record(AuditEvent.of(
                        "covenant.criterion.added",
                        "cv_covenant",
                        id,
                        Map.of(
                                "code",
                                code,
                                "kind",
                                kind.name(),
                                "maxPoints",
                                criterion.maxPoints().toPlainString()))
                .withDetail("metric", metricCode)
                .withDetail("subject", subject));
        return criterion;
    }

    /** One target per party, each a number above zero. */
    private static Map<UUID, BigDecimal> targets(List<Party> parties, CriterionForm form) {
        Map<UUID, BigDecimal> targets = new HashMap<>();
        for (Party p : parties) {
            String typed = form.targetFor(p.id()).strip().replace(',', '.');
            if (typed.isEmpty()) {
                throw new CovenantRuleViolation("cv.error.targetMissing", p.orgName());
            }
            BigDecimal value;
            try {
                value = new BigDecimal(typed);
            } catch (NumberFormatException e) {
                throw new CovenantRuleViolation("cv.error.targetInvalid", p.orgName());
            }
            if (value.signum() <= 0 || value.compareTo(new BigDecimal("99999999999999")) > 0) {
                throw new CovenantRuleViolation("cv.error.targetInvalid", p.orgName());
            }
            targets.put(p.id(), value);
        }
        return targets;
    }

    @Transactional
    void removeCriterion(UUID id, UUID criterionId) {
        managed(id);
        Details d = details(id);
        Criterion criterion = d.criterion(criterionId);
        if (!d.openForChanges()) {
            throw new CovenantRuleViolation("cv.error.criteriaFrozen");
        }
        covenants.deleteCriterion(criterionId);
        audit.record(AuditEvent.of("covenant.criterion.removed", "cv_covenant", id, Map.of("code", criterion.code())));
    }

    // ---- Periods and state ----------------------------------------------------------------------------------------

    @Transactional
    Period addPeriod(UUID id, PeriodForm form) {
        managed(id);
        Details d = details(id);
        if (d.covenant().state() == CovenantState.CLOSED) {
            throw new CovenantRuleViolation("cv.error.closed");
        }
        LocalDate endsOn = Objects.requireNonNull(form.endsOn());
        if (!d.covenant().covers(endsOn)) {
            throw new CovenantRuleViolation("cv.error.periodEndOutside");
        }
        if (d.periods().stream().anyMatch(p -> p.endsOn().equals(endsOn))) {
            throw new CovenantRuleViolation("cv.error.periodDuplicate");
        }
        Period period =
                new Period(Ids.newId(), id, Objects.requireNonNull(form.name()).strip(), endsOn, false);
        covenants.insertPeriod(period);
        audit.record(AuditEvent.of(
                "covenant.period.added",
                "cv_covenant",
                id,
                Map.of("name", period.name(), "endsOn", endsOn.toString())));
        return period;
    }

    /** Puts a drafted covenant in force: it needs criteria, a target for every party, and a scoring period. */
    @Transactional
    void activate(UUID id) {
        managed(id);
        Details d = details(id);
        if (d.covenant().state() != CovenantState.DRAFT) {
            throw new CovenantRuleViolation("cv.error.notDraft");
        }
        if (d.criteria().isEmpty()) {
            throw new CovenantRuleViolation("cv.error.noCriteria");
        }
        if (!d.targetsComplete()) {
            throw new CovenantRuleViolation("cv.error.targetsIncomplete");
        }
        if (d.periods().isEmpty()) {
            throw new CovenantRuleViolation("cv.error.noPeriods");
        }
        covenants.setState(id, CovenantState.ACTIVE, clock.instant());
        audit.record(AuditEvent.of("covenant.activated", "cv_covenant", id));
    }

    static @Nullable String blankToNull(@Nullable String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
