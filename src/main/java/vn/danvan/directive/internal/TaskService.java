package vn.danvan.directive.internal;

import jakarta.persistence.criteria.Predicate;
import java.io.InputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.danvan.audit.AuditEvent;
import vn.danvan.audit.AuditTrail;
import vn.danvan.directive.DirectivePermissions;
import vn.danvan.directive.TaskOrigin;
import vn.danvan.files.Attachments;
import vn.danvan.files.FileOwner;
import vn.danvan.files.StoredFile;
import vn.danvan.organisation.OrgUnitView;
import vn.danvan.organisation.Organisations;
import vn.danvan.shared.security.CurrentUser;
import vn.danvan.shared.security.Scope;
import vn.danvan.shared.security.SignedIn;
import vn.danvan.shared.text.VietnameseText;
import vn.danvan.shared.web.RecordNotFound;

/** Use cases of tasks: add, split into sub-tasks, report progress, and the scoped reads. */
@Service
class TaskService {

    static final String MODULE = "directive";
    static final String PROGRESS_RECORD = "progress";

    private final TaskRepository tasks;
    private final ProgressRepository progress;
    private final DocumentService documents;
    private final Organisations organisations;
    private final ObjectProvider<Attachments> attachments;
    private final AuditTrail audit;
    private final Clock clock;

    TaskService(
            TaskRepository tasks,
            ProgressRepository progress,
            DocumentService documents,
            Organisations organisations,
            ObjectProvider<Attachments> attachments,
            AuditTrail audit,
            Clock clock) {
        this.tasks = tasks;
        this.progress = progress;
        this.documents = documents;
        this.organisations = organisations;
        this.attachments = attachments;
        this.audit = audit;
        this.clock = clock;
    }

    /** Evidence attached to a progress report. */
    record Evidence(String filename, InputStream content) {}

    LocalDate today() {
        return LocalDate.now(clock);
    }

    @Transactional(readOnly = true)
    Task get(UUID id) {
        CurrentUser user = SignedIn.require(DirectivePermissions.READ);
        return tasks.findOne(Visibility.<Task>id(id).and(Visibility.tasks(user.scope())))
                .orElseThrow(() -> new RecordNotFound("task", id));
    }

    @Transactional(readOnly = true)
    Page<Task> search(TaskFilter filter, Pageable pageable) {
        CurrentUser user = SignedIn.require(DirectivePermissions.READ);
        return tasks.findAll(matching(user.scope(), filter, today()), pageable);
    }

    @Transactional(readOnly = true)
    List<Task> ofPlan(UUID planId) {
        CurrentUser user = SignedIn.require(DirectivePermissions.READ);
        return tasks.findAll(
                Visibility.tasks(user.scope())
                        .and((root, q, cb) ->
                                cb.and(cb.equal(root.get("planId"), planId), cb.isNull(root.get("parentTaskId")))),
                Sort.by("deadline", "id"));
    }

    @Transactional(readOnly = true)
    List<Task> subTasks(UUID parentId) {
        CurrentUser user = SignedIn.require(DirectivePermissions.READ);
        return tasks.findAll(
                Visibility.tasks(user.scope()).and((root, q, cb) -> cb.equal(root.get("parentTaskId"), parentId)),
                Sort.by("path", "id"));
    }

    @Transactional(readOnly = true)
    @Nullable
    Task visibleOrNull(@Nullable UUID id) {
        if (id == null) {
            return null;
        }
        CurrentUser user = SignedIn.require(DirectivePermissions.READ);
        return tasks.findOne(Visibility.<Task>id(id).and(Visibility.tasks(user.scope())))
                .orElse(null);
    }

    @Transactional(readOnly = true)
    List<Task> byIds(Collection<UUID> ids) {
        CurrentUser user = SignedIn.require(DirectivePermissions.READ);
        if (ids.isEmpty()) {
            return List.of();
        }
        return tasks.findAll(Visibility.tasks(user.scope())
                .and((root, q, cb) -> root.get("id").in(ids)));
    }

    @Transactional(readOnly = true)
    List<ProgressReport> progressOf(Task task) {
        return progress.findByTaskIdOrderByReportedOnDescCreatedAtDesc(task.id());
    }

    /** Evidence files of the task's progress reports, by report id (empty while the files module is absent). */
    @Transactional(readOnly = true)
    Map<UUID, List<StoredFile>> evidenceOf(List<ProgressReport> reports) {
        Attachments files = attachments.getIfAvailable();
        Map<UUID, List<StoredFile>> byReport = new java.util.HashMap<>();
        if (files != null) {
            for (ProgressReport r : reports) {
                byReport.put(r.id(), files.of(MODULE, PROGRESS_RECORD, r.id()));
            }
        }
        return byReport;
    }

    boolean acceptsEvidence() {
        return attachments.getIfAvailable() != null;
    }

    @Transactional
    Task add(UUID documentId, UUID planId, TaskForm form) {
        SignedIn.require(DirectivePermissions.MANAGE);
        ImplementationPlan plan = documents.plan(documentId, planId);
        return add(
                plan,
                null,
                form.terms(),
                Objects.requireNonNull(form.leadOrgUnitId()),
                form.coordinatingOrgUnitIds() == null ? List.of() : form.coordinatingOrgUnitIds(),
                null,
                false);
    }

    /** A task another module asks for (a meeting's accepted proposal), keeping where it came from. */
    @Transactional
    Task add(UUID planId, Task.Terms terms, UUID lead, List<UUID> coordinating, @Nullable TaskOrigin origin) {
        CurrentUser user = SignedIn.require(DirectivePermissions.MANAGE);
        Scope scope = user.scope();
        ImplementationPlan plan = documents.plansOpenForTasks().stream()
                .filter(p -> p.id().equals(planId))
                .findFirst()
                .orElseThrow(() -> new RecordNotFound("plan", planId));
        if (!scope.includes(plan.path())) {
            throw new RecordNotFound("plan", planId);
        }
        return add(plan, null, terms, lead, coordinating, origin, false);
    }

    Task add(
            ImplementationPlan plan,
            @Nullable Task parent,
            Task.Terms terms,
            UUID leadId,
            List<UUID> coordinating,
            @Nullable TaskOrigin origin,
            boolean demo) {
        CurrentUser user = SignedIn.require(DirectivePermissions.MANAGE);
        OrgUnitView lead = organisations
                .find(leadId)
                .filter(o -> user.scope().includes(o.path()))
                .orElseThrow(UnknownOrganisation::new);
        List<UUID> known = new ArrayList<>(
                organisations.names(coordinating.stream().distinct().toList()).keySet());
        Task task = new Task(
                plan,
                parent,
                terms,
                lead.id(),
                lead.path(),
                DocumentService.provinceOf(lead.path()),
                known,
                origin,
                demo,
                clock.instant());
        tasks.save(task);
        AuditEvent event = AuditEvent.of(
                        "directive.task.added",
                        "directive_task",
                        task.id(),
                        Map.of(
                                "plan",
                                plan.id().toString(),
                                "deadline",
                                task.deadline().toString()))
                .withDetail("parent", parent == null ? null : parent.id())
                .withDetail("origin", origin == null ? null : origin.module() + ":" + origin.recordId());
        audit.record(event);
        return task;
    }

    /** Splits a task into one sub-task per lower unit, with the parent's terms and its or a given deadline. */
    @Transactional
    List<Task> split(UUID taskId, SubTaskForm form) {
        return split(taskId, Objects.requireNonNull(form.orgUnitIds()), form.deadline(), false);
    }

    @Transactional
    List<Task> split(UUID taskId, List<UUID> orgUnitIds, @Nullable LocalDate deadline, boolean demo) {
        SignedIn.require(DirectivePermissions.MANAGE);
        Task parent = get(taskId);
        ImplementationPlan plan = documents.plan(parent.documentId(), parent.planId());
        List<Task> created = new ArrayList<>();
        Task.Terms terms = new Task.Terms(
                parent.title(),
                parent.content(),
                parent.startOn(),
                deadline == null ? parent.deadline() : deadline,
                parent.expectedOutput(),
                parent.indicatorName(),
                parent.indicatorUnit(),
                parent.indicatorTarget());
        for (UUID org : orgUnitIds.stream().distinct().toList()) {
            created.add(add(plan, parent, terms, org, List.of(), null, demo));
        }
        return created;
    }

    @Transactional
    ProgressReport report(UUID taskId, ProgressForm form, @Nullable Evidence evidence) {
        return report(taskId, form, evidence, today(), false);
    }

    @Transactional
    ProgressReport report(UUID taskId, ProgressForm form, @Nullable Evidence evidence, LocalDate on, boolean demo) {
        CurrentUser user = SignedIn.require(DirectivePermissions.REPORT);
        Task task = get(taskId);
        task.recordProgress(
                Objects.requireNonNull(form.percent()), form.indicatorValue(), form.done(), on, clock.instant());
        ProgressReport report = new ProgressReport(
                task,
                on,
                Objects.requireNonNull(form.narrative()),
                form.indicatorValue(),
                form.done(),
                user.getUsername(),
                demo,
                clock.instant());
        progress.save(report);
        tasks.save(task);
        Attachments files = attachments.getIfAvailable();
        if (evidence != null && files != null) {
            files.store(
                    new FileOwner(MODULE, PROGRESS_RECORD, report.id(), task.path()),
                    evidence.filename(),
                    evidence.content(),
                    Attachments.DOCUMENTS_AND_IMAGES);
        }
        audit.record(AuditEvent.of(
                "directive.progress.reported",
                "directive_task",
                task.id(),
                Map.of(
                        "percent",
                        Integer.toString(task.percentComplete()),
                        "completed",
                        Boolean.toString(form.done()))));
        return report;
    }

    static Specification<Task> matching(Scope scope, TaskFilter filter, LocalDate today) {
        return Visibility.tasks(scope).and((root, query, cb) -> {
            List<Predicate> where = new ArrayList<>();
            if (filter.q() != null && !filter.q().isBlank()) {
                for (String word : VietnameseText.fold(filter.q()).split(" ")) {
                    where.add(cb.like(root.get("searchText"), "%" + Visibility.escapeLike(word) + "%", '\\'));
                }
            }
            if (filter.document() != null) {
                where.add(cb.equal(root.get("documentId"), filter.document()));
            }
            if (filter.lead() != null) {
                where.add(cb.equal(root.get("leadOrgUnitId"), filter.lead()));
            }
            if (filter.dueBefore() != null) {
                where.add(cb.lessThanOrEqualTo(root.get("deadline"), filter.dueBefore()));
            }
            if (filter.status() != null) {
                var completed = root.<LocalDate>get("completedOn");
                var deadline = root.<LocalDate>get("deadline");
                where.add(
                        switch (filter.status()) {
                            case COMPLETED_ON_TIME ->
                                cb.and(cb.isNotNull(completed), cb.lessThanOrEqualTo(completed, deadline));
                            case COMPLETED_LATE -> cb.and(cb.isNotNull(completed), cb.greaterThan(completed, deadline));
                            case OVERDUE -> cb.and(cb.isNull(completed), cb.lessThan(deadline, today));
                            case IN_PROGRESS -> cb.and(cb.isNull(completed), cb.greaterThanOrEqualTo(deadline, today));
                        });
            }
            return cb.and(where.toArray(Predicate[]::new));
        });
    }
}
