package vn.danvan.meeting.internal;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import vn.danvan.shared.Ids;

/**
 * Ý kiến phát biểu / tham luận: who spoke (name, position, organisation), on which agenda item (1-based) and the
 * problems they raised. The proposals they made are {@link Proposal}s of the same meeting.
 */
@Entity
@Table(name = "meeting_contribution")
public class Contribution {

    @Id
    private UUID id;

    private int position;
    private @Nullable String speakerName;
    private String speakerPosition;
    private @Nullable String speakerOrg;
    private @Nullable Integer agendaItem;
    private @Nullable String problems;
    private Instant recordedAt;

    protected Contribution() {}

    Contribution(
            int position,
            @Nullable String speakerName,
            String speakerPosition,
            @Nullable String speakerOrg,
            @Nullable Integer agendaItem,
            @Nullable String problems,
            Instant now) {
        this.id = Ids.newId();
        this.position = position;
        this.speakerName = blankToNull(speakerName);
        this.speakerPosition = speakerPosition.strip();
        this.speakerOrg = blankToNull(speakerOrg);
        this.agendaItem = agendaItem;
        this.problems = blankToNull(problems);
        this.recordedAt = now;
    }

    static @Nullable String blankToNull(@Nullable String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    public UUID id() {
        return id;
    }

    public int position() {
        return position;
    }

    public @Nullable String speakerName() {
        return speakerName;
    }

    public String speakerPosition() {
        return speakerPosition;
    }

    public @Nullable String speakerOrg() {
        return speakerOrg;
    }

    public @Nullable Integer agendaItem() {
        return agendaItem;
    }

    public @Nullable String problems() {
        return problems;
    }

    public Instant recordedAt() {
        return recordedAt;
    }
}
