package vn.danvan.meeting.internal;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import vn.danvan.shared.Ids;
import vn.danvan.shared.text.VietnameseText;

/**
 * Đề xuất, kiến nghị: a proposal raised in a contribution, addressed to an organisation or level, that the board
 * accepts (tiếp thu) or declines with a reason, and whose accepted form becomes a task of an implementation plan.
 * Several proposals may become one task.
 */
@Entity
@Table(name = "meeting_proposal")
public class Proposal {

    @Id
    private UUID id;

    private UUID contributionId;
    private int position;
    private String addressee;
    private String content;
    private String foldedContent;

    @Enumerated(EnumType.STRING)
    private Decision decision;

    private @Nullable String reason;
    private @Nullable UUID taskId;
    private @Nullable Instant decidedAt;
    private @Nullable String decidedBy;

    protected Proposal() {}

    Proposal(UUID contributionId, int position, String addressee, String content) {
        this.id = Ids.newId();
        this.contributionId = contributionId;
        this.position = position;
        this.addressee = addressee.strip();
        this.content = content.strip();
        this.foldedContent = VietnameseText.fold(this.content);
        this.decision = Decision.PENDING;
    }

    /** Tiếp thu. Accepting an accepted proposal changes nothing; one already turned into a task cannot be reopened. */
    void accept(String by, Instant now) {
        if (decision == Decision.ACCEPTED) {
            return;
        }
        this.decision = Decision.ACCEPTED;
        this.reason = null;
        this.decidedBy = by;
        this.decidedAt = now;
    }

    /** Không tiếp thu: needs a reason; a proposal that already became a task cannot be declined. */
    void decline(@Nullable String reason, String by, Instant now) {
        if (reason == null || reason.isBlank()) {
            throw new MeetingRuleViolation("meeting.error.declineNeedsReason");
        }
        if (taskId != null) {
            throw new MeetingRuleViolation("meeting.error.proposalAlreadyATask");
        }
        this.decision = Decision.DECLINED;
        this.reason = reason.strip();
        this.decidedBy = by;
        this.decidedAt = now;
    }

    /** Only an accepted proposal that is not yet a task can become one. */
    void checkCanBecomeTask() {
        if (decision != Decision.ACCEPTED) {
            throw new MeetingRuleViolation("meeting.error.proposalNotAccepted");
        }
        if (taskId != null) {
            throw new MeetingRuleViolation("meeting.error.proposalAlreadyATask");
        }
    }

    void becameTask(UUID taskId) {
        checkCanBecomeTask();
        this.taskId = taskId;
    }

    public UUID id() {
        return id;
    }

    public UUID contributionId() {
        return contributionId;
    }

    public int position() {
        return position;
    }

    public String addressee() {
        return addressee;
    }

    public String content() {
        return content;
    }

    public String foldedContent() {
        return foldedContent;
    }

    public Decision decision() {
        return decision;
    }

    public @Nullable String reason() {
        return reason;
    }

    public @Nullable UUID taskId() {
        return taskId;
    }

    public @Nullable Instant decidedAt() {
        return decidedAt;
    }

    public @Nullable String decidedBy() {
        return decidedBy;
    }
}
