package vn.danvan.meeting.internal;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import vn.danvan.shared.Ids;

/**
 * Ký giao ước thi đua: emulation covenants signed at the meeting by the parties (organisations), with the signed
 * document kept as an attachment. The covenant module links its covenants to this record later.
 */
@Entity
@Table(name = "meeting_covenant_signing")
public class CovenantSigning {

    @Id
    private UUID id;

    private int position;
    private String title;
    private @Nullable UUID fileId;
    private Instant signedAt;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "meeting_covenant_party", joinColumns = @JoinColumn(name = "signing_id"))
    @OrderColumn(name = "position")
    private List<Party> parties = new ArrayList<>();

    protected CovenantSigning() {}

    CovenantSigning(int position, String title, List<Party> parties, Instant now) {
        if (parties.size() < 2) {
            throw new MeetingRuleViolation("meeting.error.covenantNeedsTwoParties");
        }
        this.id = Ids.newId();
        this.position = position;
        this.title = title.strip();
        this.parties.addAll(parties);
        this.signedAt = now;
    }

    void attachSignedDocument(UUID fileId) {
        this.fileId = fileId;
    }

    public UUID id() {
        return id;
    }

    public int position() {
        return position;
    }

    public String title() {
        return title;
    }

    public @Nullable UUID fileId() {
        return fileId;
    }

    public Instant signedAt() {
        return signedAt;
    }

    public List<Party> parties() {
        return List.copyOf(parties);
    }

    /** A signing party: the organisation and its name at the time of signing. */
    @Embeddable
    public record Party(
            @Column(name = "org_id") UUID orgId,
            @Column(name = "org_name") String orgName) {}
}
