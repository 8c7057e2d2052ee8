package vn.danvan.landclearance.internal;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import vn.danvan.shared.Ids;

/**
 * Vướng mắc: what holds up a household's clearance, with a reason code and a description. The commune resolves it,
 * or escalates it to the province (kiến nghị lên tỉnh) asking for an answer by a date; the province answers.
 */
@Entity
@Table(name = "lc_obstacle")
public class Obstacle {

    @Id
    private UUID id;

    private UUID householdId;
    private UUID projectId;
    private String path;

    @Enumerated(EnumType.STRING)
    private ObstacleReason reason;

    private String description;
    private LocalDate raisedOn;
    private @Nullable LocalDate resolvedOn;
    private @Nullable String resolution;
    private @Nullable LocalDate escalatedOn;
    private @Nullable LocalDate answerRequestedBy;
    private @Nullable String answer;
    private @Nullable LocalDate answeredOn;
    private @Nullable String answeredByName;
    private Instant createdAt;
    private Instant updatedAt;

    @Version
    private int version;

    protected Obstacle() {}

    Obstacle(
            Household household,
            ObstacleReason reason,
            String description,
            LocalDate raisedOn,
            LocalDate today,
            Instant now) {
        if (raisedOn.isAfter(today)) {
            throw new HouseholdRuleViolation("lc.household.error.dateInFuture");
        }
        this.id = Ids.newId();
        this.householdId = household.id();
        this.projectId = household.projectId();
        this.path = household.path();
        this.reason = reason;
        this.description = description.strip();
        this.raisedOn = raisedOn;
        this.createdAt = now;
        this.updatedAt = now;
    }

    /** Đã giải quyết: on a date not before it was raised and not in the future, with what was done. */
    void resolve(LocalDate on, String resolution, LocalDate today, Instant now) {
        if (resolvedOn != null) {
            throw new HouseholdRuleViolation("lc.obstacle.error.alreadyResolved");
        }
        if (on.isAfter(today)) {
            throw new HouseholdRuleViolation("lc.household.error.dateInFuture");
        }
        if (on.isBefore(raisedOn)) {
            throw new HouseholdRuleViolation("lc.obstacle.error.resolvedBeforeRaised");
        }
        this.resolvedOn = on;
        this.resolution = resolution.strip();
        this.updatedAt = now;
    }

    /** Kiến nghị lên tỉnh: an open obstacle, once, asking for an answer by a date after today. */
    void escalate(LocalDate answerBy, LocalDate today, Instant now) {
        if (resolvedOn != null) {
            throw new HouseholdRuleViolation("lc.obstacle.error.alreadyResolved");
        }
        if (escalatedOn != null) {
            throw new HouseholdRuleViolation("lc.obstacle.error.alreadyEscalated");
        }
        if (!answerBy.isAfter(today)) {
            throw new HouseholdRuleViolation("lc.obstacle.error.answerDateNotAfterToday");
        }
        this.escalatedOn = today;
        this.answerRequestedBy = answerBy;
        this.updatedAt = now;
    }

    /** Tỉnh trả lời: an escalated obstacle is answered once; the date is today's. */
    void answer(String text, String byName, LocalDate today, Instant now) {
        if (escalatedOn == null) {
            throw new HouseholdRuleViolation("lc.obstacle.error.notEscalated");
        }
        if (answeredOn != null) {
            throw new HouseholdRuleViolation("lc.obstacle.error.alreadyAnswered");
        }
        this.answer = text.strip();
        this.answeredOn = today;
        this.answeredByName = byName;
        this.updatedAt = now;
    }

    boolean isOpen() {
        return resolvedOn == null;
    }

    public boolean awaitingAnswer() {
        return escalatedOn != null && answeredOn == null;
    }

    /** Days the province has had the question; 0 when not escalated. */
    long daysWaiting(LocalDate today) {
        if (escalatedOn == null) {
            return 0;
        }
        LocalDate end = answeredOn == null ? today : answeredOn;
        return ChronoUnit.DAYS.between(escalatedOn, end);
    }

    /** Escalated, not answered, and the requested answer date has passed. */
    boolean isOverdue(LocalDate today) {
        return awaitingAnswer() && answerRequestedBy != null && today.isAfter(answerRequestedBy);
    }

    public UUID id() {
        return id;
    }

    public UUID householdId() {
        return householdId;
    }

    public UUID projectId() {
        return projectId;
    }

    public String path() {
        return path;
    }

    public ObstacleReason reason() {
        return reason;
    }

    public String description() {
        return description;
    }

    public LocalDate raisedOn() {
        return raisedOn;
    }

    public @Nullable LocalDate resolvedOn() {
        return resolvedOn;
    }

    public @Nullable String resolution() {
        return resolution;
    }

    public @Nullable LocalDate escalatedOn() {
        return escalatedOn;
    }

    public @Nullable LocalDate answerRequestedBy() {
        return answerRequestedBy;
    }

    public @Nullable String answer() {
        return answer;
    }

    public @Nullable LocalDate answeredOn() {
        return answeredOn;
    }

    public @Nullable String answeredByName() {
        return answeredByName;
    }

    public boolean open() {
        return isOpen();
    }
}
