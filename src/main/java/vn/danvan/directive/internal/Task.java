package vn.danvan.directive.internal;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import vn.danvan.directive.TaskOrigin;
import vn.danvan.directive.TaskStatus;
import vn.danvan.shared.Ids;
import vn.danvan.shared.text.VietnameseText;

/**
 * Nhiệm vụ: a piece of work of a plan, led by one organisation (đơn vị chủ trì) with others coordinating (phối
 * hợp), between a start and a deadline, with an expected output and optionally a numeric indicator (chỉ tiêu).
 * It may be split into sub-tasks for lower units. Its status is computed ({@link TaskStatus#of}), never stored.
 */
@Entity
@Table(name = "directive_task")
class Task {

    @Id
    private UUID id;

    private UUID planId;
    private UUID documentId;
    private @Nullable UUID parentTaskId;
    private String title;
    private String content;
    private UUID leadOrgUnitId;
    private LocalDate startOn;
    private LocalDate deadline;
    private @Nullable String expectedOutput;
    private @Nullable String indicatorName;
    private @Nullable String indicatorUnit;
    private @Nullable BigDecimal indicatorTarget;
    private @Nullable BigDecimal indicatorValue;
    private int percentComplete;
    private @Nullable LocalDate completedOn;
    private @Nullable String originModule;
    private @Nullable String originRecordType;
    private @Nullable UUID originRecordId;
    private @Nullable UUID originParentRecordId;
    private @Nullable String originLabel;
    private String path;
    private String provinceCode;
    private String searchText;
    private boolean demo;
    private Instant createdAt;
    private Instant updatedAt;

    @Version
    private int version;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "directive_task_coordinator", joinColumns = @JoinColumn(name = "task_id"))
    @Column(name = "org_unit_id")
    private Set<UUID> coordinatingOrgUnitIds = new LinkedHashSet<>();

    protected Task() {}

    /** What a new task says; the plan, lead organisation's area and origin are added by the service. */
    record Terms(
            String title,
            String content,
            LocalDate start,
            LocalDate deadline,
            @Nullable String expectedOutput,
            @Nullable String indicatorName,
            @Nullable String indicatorUnit,
            @Nullable BigDecimal indicatorTarget) {}

    Task(
            ImplementationPlan plan,
            @Nullable Task parent,
            Terms terms,
            UUID leadOrgUnitId,
            String path,
            String provinceCode,
            List<UUID> coordinatingOrgUnitIds,
            @Nullable TaskOrigin origin,
            boolean demo,
            Instant now) {
        if (terms.deadline().isBefore(terms.start())) {
            throw new DeadlineBeforeStart();
        }
        plan.checkOpenForTasks();
        this.id = Ids.newId();
        this.planId = plan.id();
        this.documentId = plan.documentId();
        this.parentTaskId = parent == null ? null : parent.id;
        this.title = terms.title().strip();
        this.content = terms.content().strip();
        this.startOn = terms.start();
        this.deadline = terms.deadline();
        this.expectedOutput = blankToNull(terms.expectedOutput());
        this.indicatorName = blankToNull(terms.indicatorName());
        this.indicatorUnit = blankToNull(terms.indicatorUnit());
        this.indicatorTarget = this.indicatorName == null ? null : terms.indicatorTarget();
        this.leadOrgUnitId = leadOrgUnitId;
        this.path = path;
        this.provinceCode = provinceCode;
        this.coordinatingOrgUnitIds = new LinkedHashSet<>(coordinatingOrgUnitIds);
        this.coordinatingOrgUnitIds.remove(leadOrgUnitId);
        if (origin != null) {
            this.originModule = origin.module();
            this.originRecordType = origin.recordType();
            this.originRecordId = origin.recordId();
            this.originParentRecordId = origin.parentRecordId();
            this.originLabel = origin.label();
        }
        this.demo = demo;
        this.createdAt = now;
        this.updatedAt = now;
        this.searchText = VietnameseText.fold(this.title + " " + this.content);
    }

    /**
     * The lead unit reports progress: a percentage from 0 to 100 and, if the task has an indicator, the value
     * reached. Marking it complete sets the completion date to the report's date and the percentage to 100.
     */
    void recordProgress(int percent, @Nullable BigDecimal value, boolean completed, LocalDate on, Instant now) {
        if (completedOn != null) {
            throw new TaskAlreadyCompleted();
        }
        if (percent < 0 || percent > 100) {
            throw new PercentOutOfRange();
        }
        this.percentComplete = completed ? 100 : percent;
        if (value != null) {
            this.indicatorValue = value;
        }
        if (completed) {
            this.completedOn = on;
        }
        this.updatedAt = now;
    }

    public TaskStatus status(LocalDate today) {
        return TaskStatus.of(deadline, completedOn, today);
    }

    public @Nullable TaskOrigin origin() {
        if (originModule == null || originRecordType == null || originRecordId == null || originLabel == null) {
            return null;
        }
        return new TaskOrigin(
                originModule,
                originRecordType,
                originRecordId,
                originParentRecordId == null ? originRecordId : originParentRecordId,
                originLabel);
    }

    private static @Nullable String blankToNull(@Nullable String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    public UUID id() {
        return id;
    }

    public UUID planId() {
        return planId;
    }

    public UUID documentId() {
        return documentId;
    }

    public @Nullable UUID parentTaskId() {
        return parentTaskId;
    }

    public String title() {
        return title;
    }

    public String content() {
        return content;
    }

    public UUID leadOrgUnitId() {
        return leadOrgUnitId;
    }

    public LocalDate startOn() {
        return startOn;
    }

    public LocalDate deadline() {
        return deadline;
    }

    public @Nullable String expectedOutput() {
        return expectedOutput;
    }

    public @Nullable String indicatorName() {
        return indicatorName;
    }

    public @Nullable String indicatorUnit() {
        return indicatorUnit;
    }

    public @Nullable BigDecimal indicatorTarget() {
        return indicatorTarget;
    }

    public @Nullable BigDecimal indicatorValue() {
        return indicatorValue;
    }

    public int percentComplete() {
        return percentComplete;
    }

    public @Nullable LocalDate completedOn() {
        return completedOn;
    }

    public String path() {
        return path;
    }

    public Set<UUID> coordinatingOrgUnitIds() {
        return Set.copyOf(coordinatingOrgUnitIds);
    }

    public boolean demo() {
        return demo;
    }
}
