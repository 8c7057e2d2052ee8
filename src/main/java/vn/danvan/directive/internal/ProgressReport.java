package vn.danvan.directive.internal;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import vn.danvan.shared.Ids;

/** Báo cáo tiến độ: one progress report of a task's lead unit, kept as written. */
@Entity
@Table(name = "directive_progress")
class ProgressReport {

    @Id
    private UUID id;

    private UUID taskId;
    private LocalDate reportedOn;
    private int percentComplete;
    private String narrative;
    private @Nullable BigDecimal indicatorValue;
    private boolean completed;
    private String reportedBy;
    private String path;
    private boolean demo;
    private Instant createdAt;

    protected ProgressReport() {}

    ProgressReport(
            Task task,
            LocalDate reportedOn,
            String narrative,
            @Nullable BigDecimal indicatorValue,
            boolean completed,
            String reportedBy,
            boolean demo,
            Instant now) {
        this.id = Ids.newId();
        this.taskId = task.id();
        this.reportedOn = reportedOn;
        this.percentComplete = task.percentComplete();
        this.narrative = narrative.strip();
        this.indicatorValue = indicatorValue;
        this.completed = completed;
        this.reportedBy = reportedBy;
        this.path = task.path();
        this.demo = demo;
        this.createdAt = now;
    }

    public UUID id() {
        return id;
    }

    public UUID taskId() {
        return taskId;
    }

    public LocalDate reportedOn() {
        return reportedOn;
    }

    public int percentComplete() {
        return percentComplete;
    }

    public String narrative() {
        return narrative;
    }

    public @Nullable BigDecimal indicatorValue() {
        return indicatorValue;
    }

    public boolean completed() {
        return completed;
    }

    public String reportedBy() {
        return reportedBy;
    }
}
