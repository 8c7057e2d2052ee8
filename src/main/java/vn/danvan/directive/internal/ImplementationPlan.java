package vn.danvan.directive.internal;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;
import vn.danvan.shared.Ids;

/**
 * Kế hoạch triển khai: how an organisation (usually the board) turns a document into tasks for units. It belongs
 * to the area of its owner; it takes new tasks while open.
 */
@Entity
@Table(name = "directive_plan")
class ImplementationPlan {

    @Id
    private UUID id;

    private UUID documentId;
    private String title;
    private UUID ownerOrgUnitId;
    private boolean open;
    private String path;
    private String provinceCode;
    private boolean demo;
    private Instant createdAt;

    @Version
    private int version;

    protected ImplementationPlan() {}

    ImplementationPlan(
            UUID documentId,
            String title,
            UUID ownerOrgUnitId,
            String path,
            String provinceCode,
            boolean demo,
            Instant now) {
        this.id = Ids.newId();
        this.documentId = documentId;
        this.title = title.strip();
        this.ownerOrgUnitId = ownerOrgUnitId;
        this.open = true;
        this.path = path;
        this.provinceCode = provinceCode;
        this.demo = demo;
        this.createdAt = now;
    }

    /** Checks that the plan may take another task. */
    void checkOpenForTasks() {
        if (!open) {
            throw new PlanClosedForTasks();
        }
    }

    void close() {
        this.open = false;
    }

    public UUID id() {
        return id;
    }

    public UUID documentId() {
        return documentId;
    }

    public String title() {
        return title;
    }

    public UUID ownerOrgUnitId() {
        return ownerOrgUnitId;
    }

    public boolean open() {
        return open;
    }

    public String path() {
        return path;
    }
}
