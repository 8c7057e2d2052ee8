package vn.danvan.petition.internal;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.danvan.audit.AuditEvent;
import vn.danvan.audit.AuditTrail;
import vn.danvan.files.Attachments;
import vn.danvan.files.FileOwner;
import vn.danvan.files.FileRejected;
import vn.danvan.organisation.AdminUnitView;
import vn.danvan.organisation.AdminUnits;
import vn.danvan.organisation.UnitLevel;
import vn.danvan.petition.NewPetition;
import vn.danvan.petition.PetitionIntake;
import vn.danvan.petition.PetitionKind;
import vn.danvan.petition.Receipt;
import vn.danvan.shared.Ids;
import vn.danvan.shared.text.VietnameseText;

/**
 * Registers petitions from every channel: validates, stores the case, its encrypted sender identity and its files,
 * routes it, starts its first step with the due date of the rule in force, and flags likely duplicates — all in one
 * transaction, so the receipt exists only for a stored case.
 */
@Service
class IntakeService implements PetitionIntake {

    static final int MAX_SUBJECT = 300;
    static final int MAX_CONTENT = 10_000;
    static final int MAX_FILES = 5;
    static final long MAX_FILE_BYTES = 10L * 1024 * 1024;
    static final Set<String> FILE_TYPES = Set.of("image/jpeg", "image/png", "application/pdf");
    static final String MODULE = "petition";
    static final String RECORD_TYPE = "case";

    private final JdbcClient jdbc;
    private final AdminUnits units;
    private final IdentityVault vault;
    private final Attachments attachments;
    private final RoutingResolution routing;
    private final DeadlineRules rules;
    private final TrackingCodes codes;
    private final DuplicateFinder duplicates;
    private final CaseEvents events;
    private final AuditTrail audit;
    private final Clock clock;

    IntakeService(
            JdbcClient jdbc,
            AdminUnits units,
            IdentityVault vault,
            Attachments attachments,
            RoutingResolution routing,
            DeadlineRules rules,
            TrackingCodes codes,
            DuplicateFinder duplicates,
            CaseEvents events,
            AuditTrail audit,
            Clock clock) {
        this.jdbc = jdbc;
        this.units = units;
        this.vault = vault;
        this.attachments = attachments;
        this.routing = routing;
        this.rules = rules;
        this.codes = codes;
        this.duplicates = duplicates;
        this.events = events;
        this.audit = audit;
        this.clock = clock;
    }

    @Override
    @Transactional
    public Receipt receive(NewPetition p) {
        if (p.kind() == null) {
            throw new IntakeRejected("pt.intake.error.kind");
        }
        if (p.channel() == null) {
            throw new IntakeRejected("pt.intake.error.channel");
        }
        String subject = Texts.line(p.subject());
        if (subject == null) {
            throw new IntakeRejected("pt.intake.error.subjectRequired");
        }
        if (subject.length() > MAX_SUBJECT) {
            throw new IntakeRejected("pt.intake.error.subjectTooLong", MAX_SUBJECT);
        }
        String content = Texts.cleanOrNull(p.content());
        if (content == null) {
            throw new IntakeRejected("pt.intake.error.contentRequired");
        }
        if (content.length() > MAX_CONTENT) {
            throw new IntakeRejected("pt.intake.error.contentTooLong", MAX_CONTENT);
        }
        String locationText = Texts.line(p.locationText());
        if (locationText != null && locationText.length() > 500) {
            throw new IntakeRejected("pt.intake.error.locationTooLong", 500);
        }
        LocalDate today = LocalDate.now(clock);
        AdminUnitView unit = Optional.ofNullable(p.unitId())
                .flatMap(units::find)
                .filter(u -> u.level() == UnitLevel.COMMUNE && u.isValidAt(today) && u.isCurrent())
                .orElseThrow(() -> new IntakeRejected("pt.intake.error.unit"));
        validateCoordinates(p.latitude(), p.longitude());
        if (p.files().size() > MAX_FILES) {
            throw new FileRejected("pt.intake.error.tooManyFiles", MAX_FILES);
        }
        for (NewPetition.Upload f : p.files()) {
            if (f.bytes().length > MAX_FILE_BYTES) {
                throw new FileRejected("pt.intake.error.fileTooLarge", 10);
            }
        }
        UUID categoryId = null;
        if (p.categoryCode() != null && !p.categoryCode().isBlank()) {
            categoryId = jdbc.sql("SELECT id FROM pt_category WHERE code = ? AND active")
                    .param(p.categoryCode())
                    .query(UUID.class)
                    .optional()
                    .orElseThrow(() -> new IntakeRejected("pt.intake.error.category"));
        }

        UUID id = Ids.newId();
        Instant now = clock.instant();
        String code = uniqueCode(p.kind(), today);
        String secret = codes.newSecret();
        boolean confidential = p.kind() == PetitionKind.DENUNCIATION;
        Optional<RoutingResolution.Handler> handler =
                routing.resolve(p.kind(), categoryId, unit.path(), unit.id(), unit.provinceCode());
        Optional<DeadlineRules.Due> due = rules.due(p.kind(), CaseStep.RECEIVED, today, false, false);
        String searchText = VietnameseText.fold(
                code + " " + subject + " " + content + (locationText == null ? "" : " " + locationText));

        jdbc.sql("INSERT INTO pt_case (id, tracking_code, secret_hash, kind, channel, category_id, subject, content,"
                        + " location_text, latitude, longitude, unit_id, unit_name, path, province_code,"
                        + " handling_org_id, handling_org_name, handling_path, status, confidential, received_at,"
                        + " received_on, current_step, step_due_on, external_ref, api_client_id, search_text,"
                        + " created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?,"
                        + " 'RECEIVED', ?, ?, ?, 'RECEIVED', ?, ?, ?, ?, ?, ?)")
                .params(
                        id,
                        code,
                        codes.hash(secret),
                        p.kind().name(),
                        p.channel().name(),
                        categoryId,
                        subject,
                        content,
                        locationText,
                        p.latitude(),
                        p.longitude(),
                        unit.id(),
                        unit.fullName(),
                        unit.path(),
                        unit.provinceCode(),
                        handler.map(RoutingResolution.Handler::orgId).orElse(null),
                        handler.map(RoutingResolution.Handler::orgName).orElse(null),
                        handler.map(RoutingResolution.Handler::path).orElse(null),
                        confidential,
                        Timestamp.from(now),
                        today,
                        due.map(DeadlineRules.Due::dueOn).orElse(null),
                        Texts.line(p.externalRef()),
                        p.apiClientId(),
                        searchText,
                        Timestamp.from(now),
                        Timestamp.from(now))
                .update();

        IdentityVault.Sealed sealed = vault.seal(p.sender());
        jdbc.sql("INSERT INTO pt_identity (case_id, key_id, name_enc, id_number_enc, address_enc, phone_enc,"
                        + " email_enc, fingerprint, anonymous) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(
                        id,
                        sealed.keyId(),
                        sealed.name(),
                        sealed.idNumber(),
                        sealed.address(),
                        sealed.phone(),
                        sealed.email(),
                        sealed.fingerprint(),
                        sealed.anonymous())
                .update();

        // A denunciation's files may identify the denouncer: the general download never serves them (see fileOf).
        FileOwner owner = new FileOwner(MODULE, RECORD_TYPE, id, unit.path(), confidential);
        for (NewPetition.Upload f : p.files()) {
            var stored = attachments.store(owner, f.name(), new ByteArrayInputStream(f.bytes()), FILE_TYPES);
            jdbc.sql("INSERT INTO pt_attachment (id, case_id, file_id, purpose, identifying, public, added_at,"
                            + " added_by) VALUES (?, ?, ?, 'SUBMISSION', ?, false, ?, ?)")
                    .params(Ids.newId(), id, stored.id(), confidential, Timestamp.from(now), actorId())
                    .update();
        }

        Steps.start(jdbc, id, CaseStep.RECEIVED, today, due.orElse(null), now);
        events.record(id, "RECEIVED", null, CaseStep.RECEIVED, p.channel().name());
        handler.ifPresent(h -> events.record(id, "ROUTED", null, null, h.orgName()));
        String similar = DuplicateFinder.codes(duplicates.of(id));
        if (similar != null) {
            events.record(id, "DUPLICATE_SUSPECTED", null, null, similar);
        }
        audit.record(AuditEvent.of("petition.case.received", "pt_case", id)
                .withDetail("trackingCode", code)
                .withDetail("kind", p.kind().name())
                .withDetail("channel", p.channel().name())
                .withDetail("unit", unit.id())
                .withDetail("files", p.files().size()));
        return new Receipt(id, code, secret, due.map(DeadlineRules.Due::dueOn).orElse(null));
    }

    private String uniqueCode(PetitionKind kind, LocalDate today) {
        for (int i = 0; i < 20; i++) {
            String code = codes.newCode(kind, today);
            Boolean taken = jdbc.sql("SELECT EXISTS (SELECT 1 FROM pt_case WHERE tracking_code = ?)")
                    .param(code)
                    .query(Boolean.class)
                    .single();
            if (!Boolean.TRUE.equals(taken)) {
                return code;
            }
        }
        throw new IllegalStateException("No free tracking code");
    }

    private static void validateCoordinates(@Nullable BigDecimal latitude, @Nullable BigDecimal longitude) {
        if ((latitude == null) != (longitude == null)) {
            throw new IntakeRejected("pt.intake.error.coordinates");
        }
        if (latitude != null
                && (latitude.abs().compareTo(BigDecimal.valueOf(90)) > 0
                        || longitude.abs().compareTo(BigDecimal.valueOf(180)) > 0)) {
            throw new IntakeRejected("pt.intake.error.coordinates");
        }
    }

    private static @Nullable UUID actorId() {
        var user = CaseEvents.currentUser();
        return user == null ? null : user.id();
    }
}
