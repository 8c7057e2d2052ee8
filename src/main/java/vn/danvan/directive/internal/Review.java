package vn.danvan.directive.internal;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import vn.danvan.shared.Ids;

/**
 * Sơ kết / tổng kết: the board reviews how a document was carried out over a period. While open, each unit with
 * tasks submits its report; consolidation numbers the board's report ("Số 12-BC/BTGDVTU") and closes the review.
 */
@Entity
@Table(name = "directive_review")
class Review {

    /** Open for unit reports, or consolidated. */
    enum State {
        OPEN,
        CLOSED
    }

    @Id
    private UUID id;

    private UUID documentId;

    @Enumerated(EnumType.STRING)
    private ReviewKind kind;

    private String title;
    private LocalDate periodFrom;
    private LocalDate periodTo;
    private LocalDate dueOn;
    private UUID ownerOrgUnitId;

    @Enumerated(EnumType.STRING)
    private State state;

    private @Nullable String reportNumber;
    private @Nullable LocalDate reportIssuedOn;
    private @Nullable String signerName;
    private String path;
    private String provinceCode;
    private boolean demo;
    private Instant createdAt;
    private @Nullable Instant closedAt;

    @Version
    private int version;

    protected Review() {}

    Review(
            UUID documentId,
            ReviewKind kind,
            String title,
            LocalDate periodFrom,
            LocalDate periodTo,
            LocalDate dueOn,
            UUID ownerOrgUnitId,
            String path,
            String provinceCode,
            boolean demo,
            Instant now) {
        if (periodTo.isBefore(periodFrom) || dueOn.isBefore(periodFrom)) {
            throw new PeriodEndsBeforeItStarts();
        }
        this.id = Ids.newId();
        this.documentId = documentId;
        this.kind = kind;
        this.title = title.strip();
        this.periodFrom = periodFrom;
        this.periodTo = periodTo;
        this.dueOn = dueOn;
        this.ownerOrgUnitId = ownerOrgUnitId;
        this.state = State.OPEN;
        this.path = path;
        this.provinceCode = provinceCode;
        this.demo = demo;
        this.createdAt = now;
    }

    void checkOpen() {
        if (state != State.OPEN) {
            throw new ReviewClosed();
        }
    }

    /** The board consolidates: the report gets its number and date, and no unit may report any more. */
    void consolidate(String number, LocalDate issuedOn, String signer, Instant now) {
        checkOpen();
        this.reportNumber = number;
        this.reportIssuedOn = issuedOn;
        this.signerName = signer;
        this.state = State.CLOSED;
        this.closedAt = now;
    }

    /** The day the figures are counted at: the end of the period, or today while it has not ended. */
    LocalDate asOf(LocalDate today) {
        return today.isBefore(periodTo) ? today : periodTo;
    }

    public UUID id() {
        return id;
    }

    public UUID documentId() {
        return documentId;
    }

    public ReviewKind kind() {
        return kind;
    }

    public String title() {
        return title;
    }

    public LocalDate periodFrom() {
        return periodFrom;
    }

    public LocalDate periodTo() {
        return periodTo;
    }

    public LocalDate dueOn() {
        return dueOn;
    }

    public UUID ownerOrgUnitId() {
        return ownerOrgUnitId;
    }

    public boolean isOpen() {
        return state == State.OPEN;
    }

    public @Nullable String reportNumber() {
        return reportNumber;
    }

    public @Nullable LocalDate reportIssuedOn() {
        return reportIssuedOn;
    }

    public @Nullable String signerName() {
        return signerName;
    }

    public String path() {
        return path;
    }

    public boolean demo() {
        return demo;
    }
}
