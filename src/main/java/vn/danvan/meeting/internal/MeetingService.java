package vn.danvan.meeting.internal;

import jakarta.persistence.criteria.Predicate;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.multipart.MultipartFile;
import vn.danvan.audit.AuditEvent;
import vn.danvan.audit.AuditTrail;
import vn.danvan.directive.DirectiveApi;
import vn.danvan.directive.DocumentView;
import vn.danvan.directive.NewTask;
import vn.danvan.directive.PlanView;
import vn.danvan.directive.TaskOrigin;
import vn.danvan.directive.TaskView;
import vn.danvan.files.Attachments;
import vn.danvan.files.FileOwner;
import vn.danvan.files.StoredFile;
import vn.danvan.meeting.MeetingPermissions;
import vn.danvan.officialdoc.DocumentNumbers;
import vn.danvan.officialdoc.OfficialDocument;
import vn.danvan.officialdoc.OfficialDocuments;
import vn.danvan.officialdoc.RenderedDocument;
import vn.danvan.organisation.OrgUnitView;
import vn.danvan.organisation.Organisations;
import vn.danvan.shared.security.CurrentUser;
import vn.danvan.shared.security.Scope;
import vn.danvan.shared.security.SignedIn;
import vn.danvan.shared.text.VietnameseText;
import vn.danvan.shared.web.RecordNotFound;

/**
 * Use cases on meetings. Reads need {@link MeetingPermissions#READ}, writes {@link MeetingPermissions#MANAGE}; both
 * are limited to meetings whose organiser lies in the user's area, in the query itself. Every write is audited in
 * its transaction. The directive, official-document and file modules are used when present (they are optional at
 * start-up so the meeting module works while they are being built).
 */
@Service
class MeetingService {

    private final MeetingRepository meetings;
    private final Organisations organisations;
    private final AuditTrail audit;
    private final Clock clock;
    private final InvitationMailer mailer;
    private final ObjectProvider<DirectiveApi> directive;
    private final ObjectProvider<OfficialDocuments> documents;
    private final ObjectProvider<DocumentNumbers> numbers;
    private final ObjectProvider<Attachments> attachments;

    MeetingService(
            MeetingRepository meetings,
            Organisations organisations,
            AuditTrail audit,
            Clock clock,
            InvitationMailer mailer,
            ObjectProvider<DirectiveApi> directive,
            ObjectProvider<OfficialDocuments> documents,
            ObjectProvider<DocumentNumbers> numbers,
            ObjectProvider<Attachments> attachments) {
        this.meetings = meetings;
        this.organisations = organisations;
        this.audit = audit;
        this.clock = clock;
        this.mailer = mailer;
        this.directive = directive;
        this.documents = documents;
        this.numbers = numbers;
        this.attachments = attachments;
    }

    // ---- Meetings ------------------------------------------------------------------------------------------------

    @Transactional(readOnly = true)
    Page<Meeting> search(@Nullable String q, Pageable pageable) {
        CurrentUser user = SignedIn.require(MeetingPermissions.READ);
        return meetings.findAll(matching(user.scope(), q), pageable);
    }

    @Transactional
    Meeting create(MeetingForm form) {
        CurrentUser user = SignedIn.require(MeetingPermissions.MANAGE);
        OrgUnitView organiser = organiserInScope(user, Objects.requireNonNull(form.organiserOrgId()));
        LocalDate date = Objects.requireNonNull(form.date());
        Meeting meeting = new Meeting(
                Objects.requireNonNull(form.kind()),
                Objects.requireNonNull(form.title()),
                form.purpose(),
                date.atTime(Objects.requireNonNull(form.startTime())),
                date.atTime(Objects.requireNonNull(form.endTime())),
                Objects.requireNonNull(form.place()),
                new Meeting.Organiser(
                        organiser.id(),
                        organiser.name(),
                        organiser.abbreviation(),
                        organiser.path(),
                        provinceOf(organiser.path())),
                form.chairName(),
                Objects.requireNonNull(form.chairPosition()),
                form.agendaItems(),
                false,
                now());
        meetings.save(meeting);
        audit.record(AuditEvent.of(
                "meeting.created",
                "meeting",
                meeting.id(),
                Map.of("title", meeting.title(), "organiser", organiser.id().toString())));
        return meeting;
    }

    /** Everything the meeting page shows, read in one transaction. */
    @Transactional(readOnly = true)
    MeetingPage page(UUID id, @Nullable String documentQuery) {
        CurrentUser user = SignedIn.require(MeetingPermissions.READ);
        Meeting meeting = visible(user.scope(), id);
        DirectiveApi api = directive.getIfAvailable();
        List<DocumentView> linked = new ArrayList<>();
        List<DocumentView> found = List.of();
        if (api != null) {
            for (UUID d : meeting.documentIds()) {
                api.document(d).ifPresent(linked::add);
            }
            if (documentQuery != null && !documentQuery.isBlank()) {
                found = api.findDocuments(documentQuery.strip());
            }
        }
        List<Proposal> proposals = meeting.proposals();
        Map<UUID, TaskView> tasks = tasksOf(proposals);
        Map<UUID, Contribution> contributions = new LinkedHashMap<>();
        meeting.contributions().forEach(c -> contributions.put(c.id(), c));
        return new MeetingPage(
                meeting,
                meeting.agenda(),
                meeting.invitees(),
                contributions,
                proposals,
                meeting.conclusions(),
                meeting.covenantSignings(),
                linked,
                found,
                tasks,
                organisations.names(leadUnits(tasks.values())),
                user.can(MeetingPermissions.MANAGE),
                api != null,
                numbers.getIfAvailable() != null && documents.getIfAvailable() != null,
                attachments.getIfAvailable() != null);
    }

    /** What the meeting page shows. */
    record MeetingPage(
            Meeting meeting,
            List<String> agenda,
            List<Invitee> invitees,
            Map<UUID, Contribution> contributions,
            List<Proposal> proposals,
            List<String> conclusions,
            List<CovenantSigning> signings,
            List<DocumentView> documents,
            List<DocumentView> documentChoices,
            Map<UUID, TaskView> tasks,
            Map<UUID, String> unitNames,
            boolean canManage,
            boolean directiveAvailable,
            boolean noticeAvailable,
            boolean filesAvailable) {}

    @Transactional
    void linkDocument(UUID id, @Nullable UUID documentId) {
        CurrentUser user = SignedIn.require(MeetingPermissions.MANAGE);
        Meeting meeting = visible(user.scope(), id);
        if (documentId == null) {
            throw new MeetingRuleViolation("meeting.error.unknownDocument");
        }
        DirectiveApi api = directiveApi();
        api.document(documentId).orElseThrow(() -> new MeetingRuleViolation("meeting.error.unknownDocument"));
        meeting.linkDocument(documentId, now());
        audit.record(
                AuditEvent.of("meeting.document.linked", "meeting", id, Map.of("document", documentId.toString())));
    }

    // ---- Invitations ---------------------------------------------------------------------------------------------

    @Transactional
    Invitee invite(UUID id, InviteeForm form) {
        CurrentUser user = SignedIn.require(MeetingPermissions.MANAGE);
        Meeting meeting = visible(user.scope(), id);
        String orgName = null;
        if (form.orgId() != null) {
            orgName = organisations
                    .find(form.orgId())
                    .map(OrgUnitView::name)
                    .orElseThrow(() -> new MeetingRuleViolation("meeting.error.unknownOrganisation"));
        }
        String name = form.name() != null && !form.name().isBlank() ? form.name() : orgName;
        if (name == null) {
            throw new MeetingRuleViolation("meeting.error.inviteeNeedsName");
        }
        Invitee invitee = meeting.invite(name, form.orgId(), orgName, form.email(), now());
        audit.record(AuditEvent.of(
                "meeting.invitee.added",
                "meeting",
                id,
                Map.of("invitee", invitee.id().toString(), "name", name)));
        return invitee;
    }

    @Transactional
    void recordAttendance(UUID id, UUID inviteeId, @Nullable Attendance attendance) {
        CurrentUser user = SignedIn.require(MeetingPermissions.MANAGE);
        Meeting meeting = visible(user.scope(), id);
        if (attendance == null) {
            throw new MeetingRuleViolation("meeting.error.attendanceMissing");
        }
        meeting.recordAttendance(inviteeId, attendance, now());
        audit.record(AuditEvent.of(
                "meeting.attendance.recorded",
                "meeting",
                id,
                Map.of("invitee", inviteeId.toString(), "attendance", attendance.name())));
    }

    /** The calendar file of the meeting, for download. */
    @Transactional(readOnly = true)
    String invitationFile(UUID id) {
        CurrentUser user = SignedIn.require(MeetingPermissions.READ);
        Meeting meeting = visible(user.scope(), id);
        return Invitation.ics(Invitation.of(meeting, mailer.from()), now(), "PUBLISH");
    }

    /** E-mails the invitation with its calendar file to every invitee with an address; returns how many. */
    @Transactional
    int sendInvitations(UUID id) {
        CurrentUser user = SignedIn.require(MeetingPermissions.MANAGE);
        Meeting meeting = visible(user.scope(), id);
        String ics = Invitation.ics(Invitation.of(meeting, mailer.from()), now(), "REQUEST");
        int sent = mailer.send(meeting, ics);
        if (sent == 0) {
            throw new MeetingRuleViolation("meeting.error.noInviteeWithEmail");
        }
        audit.record(AuditEvent.of("meeting.invitations.sent", "meeting", id, Map.of("count", Integer.toString(sent))));
        return sent;
    }

    // ---- Contributions and proposals -----------------------------------------------------------------------------

    @Transactional
    Contribution recordContribution(UUID id, ContributionForm form) {
        CurrentUser user = SignedIn.require(MeetingPermissions.MANAGE);
        Meeting meeting = visible(user.scope(), id);
        List<Meeting.ProposalDraft> drafts = form.drafts();
        Contribution contribution = meeting.recordContribution(
                form.speakerName(),
                Objects.requireNonNull(form.speakerPosition()),
                form.speakerOrg(),
                form.agendaItem(),
                form.problems(),
                drafts,
                now());
        audit.record(AuditEvent.of(
                "meeting.contribution.recorded",
                "meeting",
                id,
                Map.of("contribution", contribution.id().toString(), "proposals", Integer.toString(drafts.size()))));
        return contribution;
    }

    /** The consolidation page: every proposal, suggested groups of likely duplicates, plans and units to choose. */
    @Transactional(readOnly = true)
    Consolidation consolidation(UUID id) {
        CurrentUser user = SignedIn.require(MeetingPermissions.READ);
        Meeting meeting = visible(user.scope(), id);
        List<Proposal> proposals = meeting.proposals();
        DirectiveApi api = directive.getIfAvailable();
        Map<UUID, TaskView> tasks = tasksOf(proposals);
        Map<UUID, Contribution> contributions = new HashMap<>();
        meeting.contributions().forEach(c -> contributions.put(c.id(), c));
        boolean canManage = user.can(MeetingPermissions.MANAGE);
        return new Consolidation(
                meeting,
                proposals,
                ProposalSimilarity.likelyDuplicates(proposals, Proposal::content),
                contributions,
                tasks,
                organisations.names(leadUnits(tasks.values())),
                api != null && canManage ? api.plansOpenForTasks() : List.of(),
                canManage ? organisations.choices(500) : List.of(),
                canManage,
                api != null);
    }

    /** What the consolidation page shows. */
    record Consolidation(
            Meeting meeting,
            List<Proposal> proposals,
            List<List<Proposal>> likelyDuplicates,
            Map<UUID, Contribution> contributions,
            Map<UUID, TaskView> tasks,
            Map<UUID, String> unitNames,
            List<PlanView> plans,
            List<OrgUnitView> units,
            boolean canManage,
            boolean directiveAvailable) {}

    @Transactional
    void accept(UUID id, UUID proposalId) {
        CurrentUser user = SignedIn.require(MeetingPermissions.MANAGE);
        Meeting meeting = visible(user.scope(), id);
        meeting.proposal(proposalId).accept(user.getUsername(), now());
        audit.record(
                AuditEvent.of("meeting.proposal.accepted", "meeting", id, Map.of("proposal", proposalId.toString())));
    }

    @Transactional
    void decline(UUID id, UUID proposalId, @Nullable String reason) {
        CurrentUser user = SignedIn.require(MeetingPermissions.MANAGE);
        Meeting meeting = visible(user.scope(), id);
        meeting.proposal(proposalId).decline(reason, user.getUsername(), now());
        audit.record(
                AuditEvent.of("meeting.proposal.declined", "meeting", id, Map.of("proposal", proposalId.toString())));
    }

    /**
     * Turns accepted proposals into one task of the chosen plan through the directive module (the plan's rules
     * decide), and keeps the task's id on each proposal. In one transaction: if the plan refuses, nothing changes.
     */
    @Transactional
    UUID turnIntoTask(UUID id, TaskForm form) {
        CurrentUser user = SignedIn.require(MeetingPermissions.MANAGE);
        Meeting meeting = visible(user.scope(), id);
        DirectiveApi api = directiveApi();
        LocalDate start = Objects.requireNonNull(form.start());
        LocalDate deadline = Objects.requireNonNull(form.deadline());
        if (deadline.isBefore(start)) {
            throw new MeetingRuleViolation("meeting.error.deadlineBeforeStart");
        }
        List<Proposal> chosen = new ArrayList<>();
        for (UUID proposalId : new java.util.LinkedHashSet<>(Objects.requireNonNull(form.proposalIds()))) {
            Proposal p = meeting.proposal(proposalId);
            p.checkCanBecomeTask();
            chosen.add(p);
        }
        StringBuilder content = new StringBuilder();
        for (Proposal p : chosen) {
            content.append(content.isEmpty() ? "" : "\n").append(p.content());
        }
        UUID taskId = api.addTask(new NewTask(
                Objects.requireNonNull(form.planId()),
                Objects.requireNonNull(form.title()).strip(),
                content.toString(),
                Objects.requireNonNull(form.leadOrgId()),
                List.of(),
                start,
                deadline,
                null,
                new TaskOrigin("meeting", "proposal", chosen.get(0).id(), meeting.id(), meeting.title())));
        chosen.forEach(p -> p.becameTask(taskId));
        audit.record(AuditEvent.of(
                "meeting.proposals.tasked",
                "meeting",
                id,
                Map.of(
                        "task",
                        taskId.toString(),
                        "proposals",
                        String.join(
                                ",", chosen.stream().map(p -> p.id().toString()).toList()))));
        return taskId;
    }

    // ---- Conclusions and the conclusion notice --------------------------------------------------------------------

    @Transactional
    void writeConclusions(UUID id, @Nullable String text) {
        CurrentUser user = SignedIn.require(MeetingPermissions.MANAGE);
        Meeting meeting = visible(user.scope(), id);
        meeting.writeConclusions(text == null ? List.of() : List.of(text.split("\\R")), now());
        audit.record(AuditEvent.of(
                "meeting.conclusions.written",
                "meeting",
                id,
                Map.of("count", Integer.toString(meeting.conclusions().size()))));
    }

    /** Numbers the conclusion notice (Party family, type "TB", per organiser and year) and keeps the number. */
    @Transactional
    String issueNotice(UUID id) {
        CurrentUser user = SignedIn.require(MeetingPermissions.MANAGE);
        Meeting meeting = visible(user.scope(), id);
        meeting.checkCanIssueNotice();
        DocumentNumbers numbering = numbers.getIfAvailable();
        if (numbering == null || documents.getIfAvailable() == null) {
            throw new MeetingRuleViolation("meeting.error.officialDocumentsUnavailable");
        }
        LocalDate today = LocalDate.now(clock);
        int n = numbering.next(meeting.organiserOrgId(), today.getYear(), ConclusionNotice.TYPE_CODE);
        String number = numbering.format(
                OfficialDocument.DocumentFamily.PARTY,
                n,
                ConclusionNotice.TYPE_CODE,
                meeting.organiserAbbreviation() == null ? "VT" : meeting.organiserAbbreviation());
        meeting.issueNotice(number, today, now());
        audit.record(AuditEvent.of("meeting.notice.issued", "meeting", id, Map.of("number", number)));
        return number;
    }

    /** The conclusion notice rendered to DOCX and PDF, with its kept number and date. */
    @Transactional(readOnly = true)
    RenderedDocument notice(UUID id) {
        CurrentUser user = SignedIn.require(MeetingPermissions.READ);
        Meeting meeting = visible(user.scope(), id);
        if (meeting.noticeNumber() == null || meeting.noticeIssuedOn() == null) {
            throw new MeetingRuleViolation("meeting.error.noNotice");
        }
        OfficialDocuments renderer = documents.getIfAvailable();
        if (renderer == null) {
            throw new MeetingRuleViolation("meeting.error.officialDocumentsUnavailable");
        }
        Map<UUID, TaskView> tasks = tasksOf(meeting.proposals());
        Map<UUID, String> units = organisations.names(leadUnits(tasks.values()));
        List<ConclusionNotice.TaskRow> rows = tasks.values().stream()
                .map(t -> new ConclusionNotice.TaskRow(
                        t.title(), units.getOrDefault(t.leadOrgUnitId(), ""), t.deadline()))
                .toList();
        return renderer.render(ConclusionNotice.document(
                meeting, Objects.requireNonNull(meeting.noticeNumber()), meeting.noticeIssuedOn(), rows));
    }

    // ---- Covenant signing ----------------------------------------------------------------------------------------

    @Transactional
    CovenantSigning recordCovenantSigning(UUID id, CovenantForm form, @Nullable MultipartFile file) {
        CurrentUser user = SignedIn.require(MeetingPermissions.MANAGE);
        Meeting meeting = visible(user.scope(), id);
        List<CovenantSigning.Party> parties = new ArrayList<>();
        Set<UUID> seen = new HashSet<>();
        for (UUID orgId : form.partyOrgIds() == null ? List.<UUID>of() : form.partyOrgIds()) {
            if (seen.add(orgId)) {
                OrgUnitView org = organisations
                        .find(orgId)
                        .orElseThrow(() -> new MeetingRuleViolation("meeting.error.unknownOrganisation"));
                parties.add(new CovenantSigning.Party(org.id(), org.name()));
            }
        }
        CovenantSigning signing = meeting.recordCovenantSigning(Objects.requireNonNull(form.title()), parties, now());
        if (file != null && !file.isEmpty()) {
            Attachments files = attachments.getIfAvailable();
            if (files == null) {
                throw new MeetingRuleViolation("meeting.error.filesUnavailable");
            }
            try (InputStream in = file.getInputStream()) {
                StoredFile stored = files.store(
                        new FileOwner("meeting", "covenant-signing", signing.id(), meeting.path()),
                        Optional.ofNullable(file.getOriginalFilename()).orElse("giao-uoc.pdf"),
                        in,
                        Attachments.DOCUMENTS_AND_IMAGES);
                signing.attachSignedDocument(stored.id());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        audit.record(AuditEvent.of(
                "meeting.covenant.signed",
                "meeting",
                id,
                Map.of("signing", signing.id().toString(), "parties", Integer.toString(parties.size()))));
        return signing;
    }

    /** The signed covenant document of a signing, if the user may see the meeting. */
    @Transactional(readOnly = true)
    SignedDocument signedDocument(UUID id, UUID signingId) {
        CurrentUser user = SignedIn.require(MeetingPermissions.READ);
        Meeting meeting = visible(user.scope(), id);
        CovenantSigning signing = meeting.covenantSignings().stream()
                .filter(s -> s.id().equals(signingId))
                .findFirst()
                .orElseThrow(() -> new RecordNotFound("covenant signing", signingId));
        Attachments files = attachments.getIfAvailable();
        if (signing.fileId() == null || files == null) {
            throw new RecordNotFound("covenant document", signingId);
        }
        StoredFile stored = files.find(signing.fileId()).orElseThrow(() -> new RecordNotFound("file", signingId));
        return new SignedDocument(stored, files.open(stored.id()));
    }

    /** A stored signed document and its content. */
    record SignedDocument(StoredFile file, InputStream content) {}

    // ---- Helpers -------------------------------------------------------------------------------------------------

    Meeting visible(Scope scope, UUID id) {
        return meetings.findOne(
                        (root, q, cb) -> cb.and(cb.equal(root.get("id"), id), scope.predicate(cb, root.get("path"))))
                .orElseThrow(() -> new RecordNotFound("meeting", id));
    }

    private OrgUnitView organiserInScope(CurrentUser user, UUID orgId) {
        OrgUnitView org = organisations
                .find(orgId)
                .orElseThrow(() -> new MeetingRuleViolation("meeting.error.unknownOrganisation"));
        if (!user.scope().includes(org.path())) {
            throw new MeetingRuleViolation("meeting.error.organiserOutsideScope");
        }
        return org;
    }

    private DirectiveApi directiveApi() {
        DirectiveApi api = directive.getIfAvailable();
        if (api == null) {
            throw new MeetingRuleViolation("meeting.error.directiveUnavailable");
        }
        return api;
    }

    private Map<UUID, TaskView> tasksOf(List<Proposal> proposals) {
        Set<UUID> ids = new HashSet<>();
        proposals.stream().map(Proposal::taskId).filter(Objects::nonNull).forEach(ids::add);
        DirectiveApi api = directive.getIfAvailable();
        return ids.isEmpty() || api == null ? Map.of() : api.tasks(ids);
    }

    private static Collection<UUID> leadUnits(Collection<TaskView> tasks) {
        return tasks.stream().map(TaskView::leadOrgUnitId).toList();
    }

    static String provinceOf(String path) {
        int slash = path.indexOf('/');
        return slash < 0 ? path : path.substring(0, slash);
    }

    private Instant now() {
        return clock.instant();
    }

    static Specification<Meeting> matching(Scope scope, @Nullable String q) {
        return (root, query, cb) -> {
            List<Predicate> where = new ArrayList<>();
            where.add(scope.predicate(cb, root.get("path")));
            if (q != null && !q.isBlank()) {
                for (String word : VietnameseText.fold(q).split(" ")) {
                    where.add(cb.like(root.get("searchText"), "%" + escape(word) + "%", '\\'));
                }
            }
            return cb.and(where.toArray(Predicate[]::new));
        };
    }

    private static String escape(String s) {
        return s.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
