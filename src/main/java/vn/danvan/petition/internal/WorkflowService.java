package vn.danvan.petition.internal;

import java.io.ByteArrayInputStream;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
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
import vn.danvan.organisation.Accounts;
import vn.danvan.organisation.OrgUnitView;
import vn.danvan.organisation.Organisations;
import vn.danvan.petition.NewPetition;
import vn.danvan.petition.PetitionPermissions;
import vn.danvan.shared.Ids;
import vn.danvan.shared.security.CurrentUser;
import vn.danvan.shared.security.SignedIn;
import vn.danvan.shared.web.RecordNotFound;

/**
 * The legal steps of a case, one method per action. Each checks the user's permission, the case's visibility and
 * status, writes the change with its step and due date, records the event and audits it, in one transaction.
 * Reasons and answers written by staff go to the history; the sender's identity never does.
 */
@Service
class WorkflowService {

    static final Set<CaseStep> ACCEPTABLE = EnumSet.of(CaseStep.RECEIVED, CaseStep.CLASSIFIED, CaseStep.TRANSFERRED);
    static final Set<CaseStep> IN_RESOLUTION = EnumSet.of(CaseStep.ACCEPTED, CaseStep.VERIFYING, CaseStep.DIALOGUE);
    static final Set<CaseStep> BEFORE_ACCEPTANCE = EnumSet.of(CaseStep.RECEIVED, CaseStep.CLASSIFIED);

    private final JdbcClient jdbc;
    private final CaseQueries queries;
    private final DeadlineRules rules;
    private final CaseEvents events;
    private final Attachments attachments;
    private final Organisations organisations;
    private final Accounts accounts;
    private final AuditTrail audit;
    private final Clock clock;

    WorkflowService(
            JdbcClient jdbc,
            CaseQueries queries,
            DeadlineRules rules,
            CaseEvents events,
            Attachments attachments,
            Organisations organisations,
            Accounts accounts,
            AuditTrail audit,
            Clock clock) {
        this.jdbc = jdbc;
        this.queries = queries;
        this.rules = rules;
        this.events = events;
        this.attachments = attachments;
        this.organisations = organisations;
        this.accounts = accounts;
        this.audit = audit;
        this.clock = clock;
    }

    /** A visible case the user may handle. */
    CaseRecord handled(UUID id) {
        CurrentUser user = SignedIn.require(PetitionPermissions.HANDLE);
        CaseRecord c = queries.visible(user.scope(), id).orElseThrow(() -> new RecordNotFound("petition", id));
        if (c.mergedInto() != null) {
            throw new WorkflowRefused("pt.workflow.error.merged");
        }
        return c;
    }

    @Transactional
    void classify(UUID id, String admissibility, @Nullable String reason) {
        CaseRecord c = handled(id);
        requireStatus(c, BEFORE_ACCEPTANCE);
        if (!Set.of("ADMISSIBLE", "ANONYMOUS", "DUPLICATE", "OUTSIDE_COMPETENCE", "TIME_BARRED", "OTHER")
                .contains(admissibility)) {
            throw new WorkflowRefused("pt.workflow.error.admissibility");
        }
        String why = Texts.line(reason);
        if (!admissibility.equals("ADMISSIBLE") && why == null) {
            throw new WorkflowRefused("pt.workflow.error.reasonRequired");
        }
        jdbc.sql("UPDATE pt_case SET admissibility = ?, status = 'CLASSIFIED', current_step = 'CLASSIFIED',"
                        + " updated_at = ?, version = version + 1 WHERE id = ?")
                .params(admissibility, now(), id)
                .update();
        // The time limit to accept or refuse keeps running from receipt: the RECEIVED step stays open.
        events.record(
                id, "CLASSIFIED", c.status(), CaseStep.CLASSIFIED, admissibility + (why == null ? "" : ": " + why));
        audited("petition.case.classified", c, "admissibility", admissibility);
    }

    @Transactional
    LocalDate accept(UUID id) {
        CaseRecord c = handled(id);
        requireStatus(c, ACCEPTABLE);
        LocalDate today = today();
        Optional<DeadlineRules.Due> due = rules.due(c.kind(), CaseStep.ACCEPTED, today, c.complex(), c.remoteArea());
        LocalDate dueOn = due.map(DeadlineRules.Due::dueOn).orElse(null);
        jdbc.sql("UPDATE pt_case SET status = 'ACCEPTED', current_step = 'ACCEPTED', step_due_on = ?,"
                        + " resolution_due_on = ?, admissibility = coalesce(admissibility, 'ADMISSIBLE'),"
                        + " updated_at = ?, version = version + 1 WHERE id = ?")
                .params(dueOn, dueOn, now(), id)
                .update();
        Steps.start(jdbc, id, CaseStep.ACCEPTED, today, due.orElse(null), clock.instant());
        events.record(
                id,
                "ACCEPTED",
                c.status(),
                CaseStep.ACCEPTED,
                due.map(DeadlineRules.Due::summary).orElse(null));
        audited("petition.case.accepted", c, "dueOn", dueOn);
        return dueOn;
    }

    @Transactional
    void transfer(UUID id, UUID orgId, @Nullable String reason) {
        CaseRecord c = handled(id);
        requireStatus(c, EnumSet.of(CaseStep.RECEIVED, CaseStep.CLASSIFIED, CaseStep.ACCEPTED));
        OrgUnitView org = organisations
                .find(orgId)
                .filter(o -> o.isActiveOn(today()))
                .orElseThrow(() -> new WorkflowRefused("pt.workflow.error.organisation"));
        if (org.id().equals(c.handlingOrgId())) {
            throw new WorkflowRefused("pt.workflow.error.sameOrganisation");
        }
        LocalDate today = today();
        Optional<DeadlineRules.Due> due = rules.due(c.kind(), CaseStep.TRANSFERRED, today, c.complex(), c.remoteArea());
        jdbc.sql("UPDATE pt_case SET status = 'TRANSFERRED', current_step = 'TRANSFERRED', handling_org_id = ?,"
                        + " handling_org_name = ?, handling_path = ?, step_due_on = ?, updated_at = ?,"
                        + " version = version + 1 WHERE id = ?")
                .params(
                        org.id(),
                        org.name(),
                        org.path(),
                        due.map(DeadlineRules.Due::dueOn).orElse(null),
                        now(),
                        id)
                .update();
        Steps.start(jdbc, id, CaseStep.TRANSFERRED, today, due.orElse(null), clock.instant());
        String why = Texts.line(reason);
        events.record(
                id,
                "TRANSFERRED",
                c.status(),
                CaseStep.TRANSFERRED,
                (c.handlingOrgName() == null ? "" : c.handlingOrgName()) + " → " + org.name()
                        + (why == null ? "" : ": " + why));
        audited("petition.case.transferred", c, "to", org.id());
    }

    /** Moves the handling organisation without a transfer step (a manager's correction of the routing). */
    @Transactional
    void reassign(UUID id, UUID orgId) {
        CurrentUser user = SignedIn.require(PetitionPermissions.MANAGE);
        CaseRecord c = queries.visible(user.scope(), id).orElseThrow(() -> new RecordNotFound("petition", id));
        OrgUnitView org = organisations
                .find(orgId)
                .filter(o -> o.isActiveOn(today()))
                .orElseThrow(() -> new WorkflowRefused("pt.workflow.error.organisation"));
        jdbc.sql("UPDATE pt_case SET handling_org_id = ?, handling_org_name = ?, handling_path = ?, updated_at = ?,"
                        + " version = version + 1 WHERE id = ?")
                .params(org.id(), org.name(), org.path(), now(), id)
                .update();
        events.record(
                id,
                "REASSIGNED",
                null,
                null,
                (c.handlingOrgName() == null ? "" : c.handlingOrgName()) + " → " + org.name());
        audited("petition.case.reassigned", c, "to", org.id());
    }

    /** Guide the sender elsewhere, or file the case, with a reason (also for anonymous denunciations). */
    @Transactional
    void finish(UUID id, CaseStep to, String reason) {
        if (to != CaseStep.GUIDED && to != CaseStep.FILED) {
            throw new WorkflowRefused("pt.workflow.error.status");
        }
        CaseRecord c = handled(id);
        requireStatus(c, EnumSet.of(CaseStep.RECEIVED, CaseStep.CLASSIFIED, CaseStep.TRANSFERRED));
        String why = Texts.line(reason);
        if (why == null) {
            throw new WorkflowRefused("pt.workflow.error.reasonRequired");
        }
        jdbc.sql("UPDATE pt_case SET status = ?, current_step = ?, step_due_on = NULL, public_answer = ?,"
                        + " answered_on = ?, closed_on = ?, updated_at = ?, version = version + 1 WHERE id = ?")
                .params(to.name(), to.name(), why, today(), today(), now(), id)
                .update();
        Steps.start(jdbc, id, to, today(), null, clock.instant());
        jdbc.sql("UPDATE pt_step SET finished_on = ? WHERE case_id = ? AND finished_on IS NULL")
                .params(today(), id)
                .update();
        events.record(id, to.name(), c.status(), to, why);
        audited("petition.case." + to.name().toLowerCase(java.util.Locale.ROOT), c, "status", to.name());
    }

    /** Start verification, a dialogue (complaints only) or record the decision; the resolution limit keeps running. */
    @Transactional
    void advance(UUID id, CaseStep to) {
        CaseRecord c = handled(id);
        switch (to) {
            case VERIFYING -> requireStatus(c, EnumSet.of(CaseStep.ACCEPTED, CaseStep.DIALOGUE));
            case DIALOGUE -> {
                if (!c.isComplaint()) {
                    throw new WorkflowRefused("pt.workflow.error.dialogueComplaintsOnly");
                }
                requireStatus(c, EnumSet.of(CaseStep.ACCEPTED, CaseStep.VERIFYING));
            }
            case DECIDED -> requireStatus(c, IN_RESOLUTION);
            default -> throw new WorkflowRefused("pt.workflow.error.status");
        }
        jdbc.sql("UPDATE pt_case SET status = ?, current_step = ?, updated_at = ?, version = version + 1"
                        + " WHERE id = ?")
                .params(to.name(), to.name(), now(), id)
                .update();
        // The resolution period runs from acceptance: the new step carries the same due date and rule.
        Optional<CaseQueries.StepRow> current = queries.currentStep(id);
        jdbc.sql("UPDATE pt_step SET finished_on = ? WHERE case_id = ? AND finished_on IS NULL")
                .params(today(), id)
                .update();
        jdbc.sql("INSERT INTO pt_step (id, case_id, step, started_on, due_on, rule_id, rule_summary, created_at)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?, ?)")
                .params(
                        Ids.newId(),
                        id,
                        to.name(),
                        today(),
                        c.resolutionDueOn(),
                        current.map(CaseQueries.StepRow::ruleId).orElse(null),
                        current.map(CaseQueries.StepRow::ruleSummary).orElse(null),
                        now())
                .update();
        events.record(id, to.name(), c.status(), to, null);
        audited("petition.case." + to.name().toLowerCase(java.util.Locale.ROOT), c, "status", to.name());
    }

    /** One more extension of the resolution period, within the rule's limit. */
    @Transactional
    LocalDate extend(UUID id, String reason) {
        CaseRecord c = handled(id);
        requireStatus(c, IN_RESOLUTION);
        String why = Texts.line(reason);
        if (why == null) {
            throw new WorkflowRefused("pt.workflow.error.reasonRequired");
        }
        DeadlineRule rule = rules.inForce(c.kind(), CaseStep.ACCEPTED, acceptedOn(id))
                .orElseThrow(() -> new WorkflowRefused("pt.workflow.error.noExtension"));
        if (c.extensionCount() >= rule.maxExtensions() || c.resolutionDueOn() == null) {
            throw new WorkflowRefused("pt.workflow.error.noExtension");
        }
        LocalDate due = rules.extend(rule, c.resolutionDueOn());
        jdbc.sql("UPDATE pt_case SET extension_count = extension_count + 1, resolution_due_on = ?, step_due_on = ?,"
                        + " updated_at = ?, version = version + 1 WHERE id = ?")
                .params(due, due, now(), id)
                .update();
        jdbc.sql("UPDATE pt_step SET due_on = ?, extended = extended + 1 WHERE case_id = ? AND finished_on IS NULL")
                .params(due, id)
                .update();
        events.record(id, "EXTENDED", null, null, due + ": " + why);
        audited("petition.case.extended", c, "dueOn", due);
        return due;
    }

    /** Sets the complex and remote-area flags and recomputes the current step's due date from its rule. */
    @Transactional
    void flags(UUID id, boolean complex, boolean remote) {
        CaseRecord c = handled(id);
        if (!c.isOpen()) {
            throw new WorkflowRefused("pt.workflow.error.status");
        }
        jdbc.sql("UPDATE pt_case SET complex = ?, remote_area = ?, updated_at = ?, version = version + 1"
                        + " WHERE id = ?")
                .params(complex, remote, now(), id)
                .update();
        Optional<CaseQueries.StepRow> step = queries.currentStep(id);
        if (step.isPresent() && step.get().ruleId() != null) {
            DeadlineRule rule = rules.find(step.get().ruleId()).orElseThrow();
            LocalDate start = IN_RESOLUTION.contains(c.status()) || c.status() == CaseStep.DECIDED
                    ? acceptedOn(id)
                    : step.get().startedOn();
            LocalDate due = rule.dueFrom(start, complex, remote, calendarOf());
            for (int i = 0; i < c.extensionCount() && rule.step() == CaseStep.ACCEPTED; i++) {
                due = rules.extend(rule, due);
            }
            jdbc.sql("UPDATE pt_step SET due_on = ?, rule_summary = ? WHERE id = ?")
                    .params(due, rule.summary(complex, remote), step.get().id())
                    .update();
            jdbc.sql("UPDATE pt_case SET step_due_on = ?, resolution_due_on = CASE WHEN status IN ('ACCEPTED',"
                            + " 'VERIFYING', 'DIALOGUE', 'DECIDED') THEN ? ELSE resolution_due_on END WHERE id = ?")
                    .params(due, due, id)
                    .update();
        }
        events.record(id, "FLAGS", null, null, (complex ? "complex" : "-") + " / " + (remote ? "remote" : "-"));
        audited("petition.case.flags", c, "complex", complex);
    }

    /** Answers the citizen and closes the case: a public answer and at least one evidence document are required. */
    @Transactional
    void answerAndClose(UUID id, String answer, List<NewPetition.Upload> evidence) {
        CaseRecord c = handled(id);
        requireStatus(c, EnumSet.of(CaseStep.ACCEPTED, CaseStep.VERIFYING, CaseStep.DIALOGUE, CaseStep.DECIDED));
        String text = Texts.cleanOrNull(answer);
        if (text == null) {
            throw new WorkflowRefused("pt.workflow.error.answerRequired");
        }
        if (text.length() > IntakeService.MAX_CONTENT) {
            throw new WorkflowRefused("pt.intake.error.contentTooLong", IntakeService.MAX_CONTENT);
        }
        if (evidence.size() > IntakeService.MAX_FILES) {
            throw new FileRejected("pt.intake.error.tooManyFiles", IntakeService.MAX_FILES);
        }
        storeFiles(c, evidence, "EVIDENCE", true);
        boolean hasEvidence = queries.attachments(id).stream()
                .anyMatch(a -> a.purpose().equals("EVIDENCE") || a.purpose().equals("ANSWER"));
        if (!hasEvidence) {
            throw new WorkflowRefused("pt.workflow.error.evidenceRequired");
        }
        LocalDate today = today();
        jdbc.sql("UPDATE pt_case SET status = 'CLOSED', current_step = 'CLOSED', public_answer = ?, answered_on = ?,"
                        + " closed_on = ?, step_due_on = NULL, updated_at = ?, version = version + 1 WHERE id = ?")
                .params(text, today, today, now(), id)
                .update();
        Steps.start(jdbc, id, CaseStep.CLOSED, today, null, clock.instant());
        jdbc.sql("UPDATE pt_step SET finished_on = ? WHERE case_id = ? AND finished_on IS NULL")
                .params(today, id)
                .update();
        events.record(id, "CLOSED", c.status(), CaseStep.CLOSED, null);
        audited("petition.case.closed", c, "evidence", evidence.size());
    }

    /**
     * Takes up again a closed case whose sender asked to reopen it: back to accepted, with a new resolution period
     * from today under the rule in force; the earlier answer stays in the history.
     */
    @Transactional
    LocalDate reopen(UUID id) {
        CaseRecord c = handled(id);
        requireStatus(c, EnumSet.of(CaseStep.CLOSED));
        LocalDate requested = c.reopenRequestedOn();
        if (requested == null) {
            throw new WorkflowRefused("pt.workflow.error.noReopenRequest");
        }
        LocalDate today = today();
        Optional<DeadlineRules.Due> due = rules.due(c.kind(), CaseStep.ACCEPTED, today, c.complex(), c.remoteArea());
        LocalDate dueOn = due.map(DeadlineRules.Due::dueOn).orElse(null);
        jdbc.sql("UPDATE pt_case SET status = 'ACCEPTED', current_step = 'ACCEPTED', step_due_on = ?,"
                        + " resolution_due_on = ?, closed_on = NULL, reopen_requested_on = NULL, updated_at = ?,"
                        + " version = version + 1 WHERE id = ?")
                .params(dueOn, dueOn, now(), id)
                .update();
        Steps.start(jdbc, id, CaseStep.ACCEPTED, today, due.orElse(null), clock.instant());
        events.record(
                id,
                "REOPENED",
                c.status(),
                CaseStep.ACCEPTED,
                "Đề nghị ngày " + requested.format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy")));
        audited("petition.case.reopened", c, "dueOn", dueOn);
        return dueOn;
    }

    /** Adds documents to a case (evidence and answers are public on the tracking page; documents are internal). */
    @Transactional
    void addFiles(UUID id, String purpose, List<NewPetition.Upload> files) {
        CaseRecord c = handled(id);
        if (!Set.of("EVIDENCE", "DOCUMENT").contains(purpose)) {
            throw new WorkflowRefused("pt.workflow.error.purpose");
        }
        if (files.isEmpty()) {
            throw new FileRejected("pt.workflow.error.chooseFile");
        }
        storeFiles(c, files, purpose, purpose.equals("EVIDENCE"));
        events.record(id, "FILES_ADDED", null, null, purpose + " × " + files.size());
        audited("petition.case.files", c, "count", files.size());
    }

    private void storeFiles(CaseRecord c, List<NewPetition.Upload> files, String purpose, boolean isPublic) {
        FileOwner owner = new FileOwner(IntakeService.MODULE, IntakeService.RECORD_TYPE, c.id(), c.path());
        UUID actor = SignedIn.user().id();
        for (NewPetition.Upload f : files) {
            if (f.bytes().length > IntakeService.MAX_FILE_BYTES) {
                throw new FileRejected("pt.intake.error.fileTooLarge", 10);
            }
            var stored =
                    attachments.store(owner, f.name(), new ByteArrayInputStream(f.bytes()), IntakeService.FILE_TYPES);
            jdbc.sql("INSERT INTO pt_attachment (id, case_id, file_id, purpose, identifying, public, added_at,"
                            + " added_by) VALUES (?, ?, ?, ?, false, ?, ?, ?)")
                    .params(Ids.newId(), c.id(), stored.id(), purpose, isPublic, now(), actor)
                    .update();
        }
    }

    @Transactional
    void note(UUID id, String body) {
        CaseRecord c = handled(id);
        String text = Texts.cleanOrNull(body);
        if (text == null) {
            throw new WorkflowRefused("pt.workflow.error.noteRequired");
        }
        if (text.length() > IntakeService.MAX_CONTENT) {
            throw new WorkflowRefused("pt.intake.error.contentTooLong", IntakeService.MAX_CONTENT);
        }
        CurrentUser user = SignedIn.user();
        jdbc.sql("INSERT INTO pt_note (id, case_id, body, author_id, author_name, created_at)"
                        + " VALUES (?, ?, ?, ?, ?, ?)")
                .params(Ids.newId(), id, text, user.id(), user.displayName(), now())
                .update();
        events.record(id, "NOTE", null, null, null);
        audited("petition.case.noted", c, "length", text.length());
    }

    /** Joins another case (a duplicate) into this one; its sender follows this case from their tracking page. */
    @Transactional
    void join(UUID id, UUID otherId) {
        CaseRecord main = handled(id);
        CaseRecord other = handled(otherId);
        if (main.id().equals(other.id()) || main.mergedInto() != null) {
            throw new WorkflowRefused("pt.workflow.error.join");
        }
        jdbc.sql("UPDATE pt_case SET merged_into = ?, updated_at = ?, version = version + 1 WHERE id = ?")
                .params(id, now(), otherId)
                .update();
        jdbc.sql("UPDATE pt_case SET merged_into = ? WHERE merged_into = ?")
                .params(id, otherId)
                .update();
        events.record(otherId, "JOINED_INTO", null, null, main.trackingCode());
        events.record(id, "JOINED", null, null, other.trackingCode());
        audited("petition.case.joined", main, "joined", other.id());
    }

    /** Grants a user access to a confidential case's sender identity (managers only, with a reason). */
    @Transactional
    void grant(UUID id, String username, String reason) {
        CurrentUser manager = SignedIn.require(PetitionPermissions.MANAGE);
        CaseRecord c = queries.visible(manager.scope(), id).orElseThrow(() -> new RecordNotFound("petition", id));
        String why = Texts.line(reason);
        if (why == null) {
            throw new WorkflowRefused("pt.workflow.error.reasonRequired");
        }
        if (why.length() > 500) {
            throw new WorkflowRefused("pt.workflow.error.reasonTooLong", 500);
        }
        UUID userId = accounts.enabledAccountNamed(username == null ? "" : username)
                .orElseThrow(() -> new WorkflowRefused("pt.workflow.error.user"));
        jdbc.sql("INSERT INTO pt_identity_grant (case_id, user_id, granted_by, granted_at, reason)"
                        + " VALUES (?, ?, ?, ?, ?) ON CONFLICT (case_id, user_id) DO UPDATE SET reason = EXCLUDED.reason,"
                        + " granted_by = EXCLUDED.granted_by, granted_at = EXCLUDED.granted_at")
                .params(id, userId, manager.id(), now(), why)
                .update();
        events.record(id, "IDENTITY_GRANTED", null, null, username.strip() + ": " + why);
        audit.record(AuditEvent.of("petition.identity.granted", "pt_case", c.id())
                .withDetail("trackingCode", c.trackingCode())
                .withDetail("user", userId)
                .withDetail("reason", why));
    }

    private LocalDate acceptedOn(UUID id) {
        return queries.steps(id).stream()
                .filter(s -> s.step() == CaseStep.ACCEPTED)
                .map(CaseQueries.StepRow::startedOn)
                .reduce((a, b) -> b)
                .orElse(today());
    }

    private vn.danvan.calendar.WorkingCalendar calendarOf() {
        return rules.calendar();
    }

    private static void requireStatus(CaseRecord c, Set<CaseStep> allowed) {
        if (!allowed.contains(c.status())) {
            throw new WorkflowRefused("pt.workflow.error.status");
        }
    }

    private void audited(String action, CaseRecord c, String key, @Nullable Object value) {
        audit.record(AuditEvent.of(action, "pt_case", c.id())
                .withDetail("trackingCode", c.trackingCode())
                .withDetail(key, value));
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    private Timestamp now() {
        return Timestamp.from(clock.instant());
    }
}
