package vn.danvan.meeting.internal;

import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import vn.danvan.meeting.MeetingKind;
import vn.danvan.shared.Ids;
import vn.danvan.shared.text.VietnameseText;
import vn.danvan.shared.web.RecordNotFound;

/**
 * Hội nghị, hội thảo, tọa đàm: a meeting organised by an organisation (whose area scopes it), with its purpose, the
 * directive documents it reviews, time and place, chair, ordered agenda, invitees and their attendance, the
 * contributions and proposals recorded by the secretary, the conclusions and the number of the conclusion notice
 * (thông báo kết luận), and the covenants signed at it. Times are local times in Vietnam (Asia/Ho_Chi_Minh).
 */
@Entity
@Table(name = "meeting")
public class Meeting {

    @Id
    private UUID id;

    @Enumerated(EnumType.STRING)
    private MeetingKind kind;

    private String title;
    private @Nullable String purpose;
    private LocalDateTime startsAt;
    private LocalDateTime endsAt;
    private String place;
    private UUID organiserOrgId;
    private String organiserName;
    private @Nullable String organiserAbbreviation;
    private @Nullable String chairName;
    private String chairPosition;
    private String path;
    private String provinceCode;
    private String searchText;
    private byte[] sortKey;
    private @Nullable String noticeNumber;
    private @Nullable LocalDate noticeIssuedOn;
    private boolean demo;
    private Instant createdAt;
    private Instant updatedAt;

    @Version
    private int version;

    @ElementCollection
    @CollectionTable(name = "meeting_agenda_item", joinColumns = @JoinColumn(name = "meeting_id"))
    @OrderColumn(name = "position")
    @Column(name = "title")
    private List<String> agenda = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "meeting_conclusion", joinColumns = @JoinColumn(name = "meeting_id"))
    @OrderColumn(name = "position")
    @Column(name = "text")
    private List<String> conclusions = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "meeting_document", joinColumns = @JoinColumn(name = "meeting_id"))
    @Column(name = "document_id")
    private Set<UUID> documentIds = new LinkedHashSet<>();

    @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true)
    @JoinColumn(name = "meeting_id", nullable = false)
    @OrderBy("position")
    private List<Invitee> invitees = new ArrayList<>();

    @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true)
    @JoinColumn(name = "meeting_id", nullable = false)
    @OrderBy("position")
    private List<Contribution> contributions = new ArrayList<>();

    @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true)
    @JoinColumn(name = "meeting_id", nullable = false)
    @OrderBy("position")
    private List<Proposal> proposals = new ArrayList<>();

    @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true)
    @JoinColumn(name = "meeting_id", nullable = false)
    @OrderBy("position")
    private List<CovenantSigning> covenantSignings = new ArrayList<>();

    protected Meeting() {}

    /** The organising organisation's name and abbreviation are kept as they were at the time of the meeting. */
    Meeting(
            MeetingKind kind,
            String title,
            @Nullable String purpose,
            LocalDateTime startsAt,
            LocalDateTime endsAt,
            String place,
            Organiser organiser,
            @Nullable String chairName,
            String chairPosition,
            List<String> agenda,
            boolean demo,
            Instant now) {
        if (endsAt.isBefore(startsAt)) {
            throw new MeetingRuleViolation("meeting.error.endsBeforeStart");
        }
        this.id = Ids.newId();
        this.kind = kind;
        this.title = title.strip();
        this.purpose = Contribution.blankToNull(purpose);
        this.startsAt = startsAt;
        this.endsAt = endsAt;
        this.place = place.strip();
        this.organiserOrgId = organiser.orgId();
        this.organiserName = organiser.name();
        this.organiserAbbreviation = organiser.abbreviation();
        this.path = organiser.path();
        this.provinceCode = organiser.provinceCode();
        this.chairName = Contribution.blankToNull(chairName);
        this.chairPosition = chairPosition.strip();
        agenda.stream().map(String::strip).filter(s -> !s.isEmpty()).forEach(this.agenda::add);
        this.demo = demo;
        this.searchText = VietnameseText.fold(this.title + " " + this.place + " " + this.organiserName);
        this.sortKey = VietnameseText.sortKey(this.title);
        this.createdAt = now;
        this.updatedAt = now;
    }

    /** The organisation that organises the meeting, as it was named then, and the area it gives the meeting. */
    record Organiser(UUID orgId, String name, @Nullable String abbreviation, String path, String provinceCode) {}

    void linkDocument(UUID documentId, Instant now) {
        documentIds.add(documentId);
        updatedAt = now;
    }

    Invitee invite(String name, @Nullable UUID orgId, @Nullable String orgName, @Nullable String email, Instant now) {
        if (email != null
                && !email.isBlank()
                && invitees.stream().anyMatch(i -> email.strip().equalsIgnoreCase(i.email()))) {
            throw new MeetingRuleViolation("meeting.error.alreadyInvited", email.strip());
        }
        Invitee invitee = new Invitee(invitees.size() + 1, name, orgId, orgName, email);
        invitees.add(invitee);
        updatedAt = now;
        return invitee;
    }

    Invitee recordAttendance(UUID inviteeId, Attendance attendance, Instant now) {
        Invitee invitee = invitees.stream()
                .filter(i -> i.id().equals(inviteeId))
                .findFirst()
                .orElseThrow(() -> new RecordNotFound("invitee", inviteeId));
        invitee.recordAttendance(attendance);
        updatedAt = now;
        return invitee;
    }

    /**
     * The secretary records who spoke, on which agenda item (1-based, or none), the problems raised and the proposals
     * made (addressee, content).
     */
    Contribution recordContribution(
            @Nullable String speakerName,
            String speakerPosition,
            @Nullable String speakerOrg,
            @Nullable Integer agendaItem,
            @Nullable String problems,
            List<ProposalDraft> drafts,
            Instant now) {
        if (agendaItem != null && (agendaItem < 1 || agendaItem > agenda.size())) {
            throw new MeetingRuleViolation("meeting.error.unknownAgendaItem");
        }
        if ((problems == null || problems.isBlank()) && drafts.isEmpty()) {
            throw new MeetingRuleViolation("meeting.error.emptyContribution");
        }
        Contribution contribution = new Contribution(
                contributions.size() + 1, speakerName, speakerPosition, speakerOrg, agendaItem, problems, now);
        contributions.add(contribution);
        for (ProposalDraft draft : drafts) {
            proposals.add(new Proposal(contribution.id(), proposals.size() + 1, draft.addressee(), draft.content()));
        }
        updatedAt = now;
        return contribution;
    }

    /** A proposal as the secretary writes it down: to whom, and what. */
    record ProposalDraft(String addressee, String content) {}

    Proposal proposal(UUID proposalId) {
        return proposals.stream()
                .filter(p -> p.id().equals(proposalId))
                .findFirst()
                .orElseThrow(() -> new RecordNotFound("proposal", proposalId));
    }

    /** The conclusions (kết luận) in order; they cannot change once the conclusion notice has been issued. */
    void writeConclusions(List<String> lines, Instant now) {
        if (noticeNumber != null) {
            throw new MeetingRuleViolation("meeting.error.noticeAlreadyIssued", noticeNumber);
        }
        List<String> kept =
                lines.stream().map(String::strip).filter(s -> !s.isEmpty()).toList();
        if (kept.isEmpty()) {
            throw new MeetingRuleViolation("meeting.error.noConclusions");
        }
        conclusions.clear();
        conclusions.addAll(kept);
        updatedAt = now;
    }

    /** Whether a conclusion notice can be issued: there are conclusions and none has been issued yet. */
    void checkCanIssueNotice() {
        if (noticeNumber != null) {
            throw new MeetingRuleViolation("meeting.error.noticeAlreadyIssued", noticeNumber);
        }
        if (conclusions.isEmpty()) {
            throw new MeetingRuleViolation("meeting.error.noConclusions");
        }
    }

    void issueNotice(String number, LocalDate issuedOn, Instant now) {
        checkCanIssueNotice();
        this.noticeNumber = number;
        this.noticeIssuedOn = issuedOn;
        this.updatedAt = now;
    }

    CovenantSigning recordCovenantSigning(String title, List<CovenantSigning.Party> parties, Instant now) {
        CovenantSigning signing = new CovenantSigning(covenantSignings.size() + 1, title, parties, now);
        covenantSignings.add(signing);
        updatedAt = now;
        return signing;
    }

    public UUID id() {
        return id;
    }

    public MeetingKind kind() {
        return kind;
    }

    public String title() {
        return title;
    }

    public @Nullable String purpose() {
        return purpose;
    }

    public LocalDateTime startsAt() {
        return startsAt;
    }

    public LocalDateTime endsAt() {
        return endsAt;
    }

    public String place() {
        return place;
    }

    public UUID organiserOrgId() {
        return organiserOrgId;
    }

    public String organiserName() {
        return organiserName;
    }

    public @Nullable String organiserAbbreviation() {
        return organiserAbbreviation;
    }

    public @Nullable String chairName() {
        return chairName;
    }

    public String chairPosition() {
        return chairPosition;
    }

    public String path() {
        return path;
    }

    public String provinceCode() {
        return provinceCode;
    }

    public @Nullable String noticeNumber() {
        return noticeNumber;
    }

    public @Nullable LocalDate noticeIssuedOn() {
        return noticeIssuedOn;
    }

    public boolean demo() {
        return demo;
    }

    public List<String> agenda() {
        return List.copyOf(agenda);
    }

    public List<String> conclusions() {
        return List.copyOf(conclusions);
    }

    public Set<UUID> documentIds() {
        return Set.copyOf(documentIds);
    }

    public List<Invitee> invitees() {
        return List.copyOf(invitees);
    }

    public List<Contribution> contributions() {
        return List.copyOf(contributions);
    }

    public List<Proposal> proposals() {
        return List.copyOf(proposals);
    }

    public List<CovenantSigning> covenantSignings() {
        return List.copyOf(covenantSignings);
    }
}
