package vn.danvan.petition.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.danvan.audit.AuditEvent;
import vn.danvan.audit.AuditTrail;
import vn.danvan.files.Attachments;
import vn.danvan.files.StoredFile;
import vn.danvan.shared.security.CurrentUser;
import vn.danvan.shared.security.Scope;

/**
 * The citizen's side of a case, reached with its tracking code and secret: status, steps and due dates, the public
 * answer and public attachments, a rating once closed and a request to reopen within 30 days of closing.
 */
@Service
class TrackingService {

    static final int REOPEN_DAYS = 30;

    private final JdbcClient jdbc;
    private final CaseQueries queries;
    private final TrackingCodes codes;
    private final CaseEvents events;
    private final Attachments attachments;
    private final AuditTrail audit;
    private final Clock clock;

    TrackingService(
            JdbcClient jdbc,
            CaseQueries queries,
            TrackingCodes codes,
            CaseEvents events,
            Attachments attachments,
            AuditTrail audit,
            Clock clock) {
        this.jdbc = jdbc;
        this.queries = queries;
        this.codes = codes;
        this.events = events;
        this.attachments = attachments;
        this.audit = audit;
        this.clock = clock;
    }

    /** The case with that code if the secret matches; empty otherwise, without saying which part was wrong. */
    @Transactional(readOnly = true)
    Optional<UUID> lookUp(@Nullable String code, @Nullable String secret) {
        String c = code == null ? "" : code.strip().toUpperCase(java.util.Locale.ROOT);
        String s = secret == null ? "" : secret;
        Optional<CaseQueries.Secret> found = c.isEmpty() || c.length() > 20 ? Optional.empty() : queries.secretOf(c);
        if (found.isEmpty()) {
            codes.dummyCheck(s);
            return Optional.empty();
        }
        return codes.matches(s, found.get().hash()) ? Optional.of(found.get().id()) : Optional.empty();
    }

    /** What the tracking page shows. */
    record View(
            CaseRecord petition,
            @Nullable CaseRecord joinedInto,
            List<CaseQueries.StepRow> steps,
            List<StoredFile> publicFiles,
            boolean mayRate,
            boolean mayReopen) {

        /** The case whose progress the sender follows: the one theirs was joined into, or theirs. */
        public CaseRecord followed() {
            return joinedInto != null ? joinedInto : petition;
        }
    }

    @Transactional(readOnly = true)
    View view(UUID id) {
        CaseRecord own = queries.any(id).orElseThrow();
        CaseRecord joined =
                own.mergedInto() == null ? null : queries.any(own.mergedInto()).orElse(null);
        CaseRecord followed = joined != null ? joined : own;
        List<StoredFile> files = publicFiles(followed);
        LocalDate today = LocalDate.now(clock);
        boolean closed = followed.status() == CaseStep.CLOSED;
        boolean mayRate = closed && own.rating() == null;
        boolean mayReopen = closed
                && followed.closedOn() != null
                && !today.isAfter(followed.closedOn().plusDays(REOPEN_DAYS))
                && own.reopenRequestedOn() == null;
        return new View(own, joined, queries.steps(followed.id()), files, mayRate, mayReopen);
    }

    @Transactional
    void rate(UUID id, int rating, @Nullable String comment) {
        View v = view(id);
        if (!v.mayRate()) {
            throw new WorkflowRefused("pt.track.error.rate");
        }
        if (rating < 1 || rating > 5) {
            throw new WorkflowRefused("pt.track.error.rating");
        }
        String text = Texts.line(comment);
        if (text != null && text.length() > 1000) {
            throw new WorkflowRefused("pt.track.error.commentTooLong", 1000);
        }
        jdbc.sql("UPDATE pt_case SET rating = ?, rating_comment = ?, updated_at = ? WHERE id = ?")
                .params(rating, text, Timestamp.from(clock.instant()), id)
                .update();
        events.record(id, "RATED", null, null, Integer.toString(rating));
        audit.record(AuditEvent.of("petition.case.rated", "pt_case", id).withDetail("rating", rating));
    }

    @Transactional
    void requestReopen(UUID id, @Nullable String reason) {
        View v = view(id);
        if (!v.mayReopen()) {
            throw new WorkflowRefused("pt.track.error.reopen");
        }
        String text = Texts.cleanOrNull(reason);
        if (text == null) {
            throw new WorkflowRefused("pt.track.error.reasonRequired");
        }
        if (text.length() > 1000) {
            throw new WorkflowRefused("pt.track.error.commentTooLong", 1000);
        }
        jdbc.sql("UPDATE pt_case SET reopen_requested_on = ?, updated_at = ? WHERE id = ?")
                .params(LocalDate.now(clock), Timestamp.from(clock.instant()), id)
                .update();
        UUID followed = v.followed().id();
        events.record(followed, "REOPEN_REQUESTED", null, null, text);
        audit.record(AuditEvent.of("petition.case.reopenRequested", "pt_case", followed));
    }

    /** A public file of the followed case, with its bytes, read with a reader limited to the case's own area. */
    @Transactional(readOnly = true)
    Optional<PublicFile> publicFile(UUID caseId, UUID fileId) {
        CaseRecord own = queries.any(caseId).orElseThrow();
        CaseRecord followed =
                own.mergedInto() == null ? own : queries.any(own.mergedInto()).orElse(own);
        return publicFiles(followed).stream()
                .filter(f -> f.id().equals(fileId))
                .findFirst()
                .map(f -> asCaseReader(followed, () -> {
                    try (InputStream in = attachments.open(f.id())) {
                        return new PublicFile(f, in.readAllBytes());
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                }));
    }

    record PublicFile(StoredFile file, byte[] bytes) {}

    private List<StoredFile> publicFiles(CaseRecord c) {
        Set<UUID> publicIds = queries.attachments(c.id()).stream()
                .filter(CaseQueries.AttachmentRow::isPublic)
                .filter(a -> !a.identifying())
                .map(CaseQueries.AttachmentRow::fileId)
                .collect(java.util.stream.Collectors.toSet());
        if (publicIds.isEmpty()) {
            return List.of();
        }
        return asCaseReader(
                c,
                () -> attachments.of(IntakeService.MODULE, IntakeService.RECORD_TYPE, c.id()).stream()
                        .filter(f -> publicIds.contains(f.id()))
                        .toList());
    }

    /**
     * Runs a file read as a reader whose area is this case's commune and who holds no permission: the citizen proved
     * with code and secret that the case is theirs, and only its public files are asked for.
     */
    private static <T> T asCaseReader(CaseRecord c, java.util.function.Supplier<T> read) {
        SecurityContext previous = SecurityContextHolder.getContext();
        try {
            CurrentUser reader = new CurrentUser(
                    UUID.fromString("00000000-0000-0000-0000-000000000000"),
                    "citizen",
                    CaseEvents.CITIZEN,
                    null,
                    Set.of(),
                    Scope.of(c.path()),
                    true,
                    false,
                    false);
            SecurityContext context = SecurityContextHolder.createEmptyContext();
            context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(reader, null, List.of()));
            SecurityContextHolder.setContext(context);
            return read.get();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }
}
