package vn.danvan.directive.internal;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import vn.danvan.shared.Ids;

/**
 * One unit's report to a review: its task figures (counted when it submits) and what it writes — results,
 * shortcomings, causes, proposals.
 */
@Entity
@Table(name = "directive_review_unit")
class ReviewUnit {

    @Id
    private UUID id;

    private UUID reviewId;
    private UUID orgUnitId;
    private String path;
    private @Nullable LocalDate submittedOn;
    private @Nullable String submittedBy;
    private int onTime;
    private int late;
    private int inProgress;
    private int overdue;
    private @Nullable String results;
    private @Nullable String shortcomings;
    private @Nullable String causes;
    private @Nullable String proposals;

    @Version
    private int version;

    protected ReviewUnit() {}

    ReviewUnit(Review review, UUID orgUnitId, String path) {
        this.id = Ids.newId();
        this.reviewId = review.id();
        this.orgUnitId = orgUnitId;
        this.path = path;
    }

    /** The unit submits (or corrects) its report while the review is open. */
    void submit(Review review, Figures figures, ReviewReportForm form, String by, LocalDate on) {
        review.checkOpen();
        this.onTime = figures.onTime();
        this.late = figures.late();
        this.inProgress = figures.inProgress();
        this.overdue = figures.overdue();
        this.results = blankToNull(form.results());
        this.shortcomings = blankToNull(form.shortcomings());
        this.causes = blankToNull(form.causes());
        this.proposals = blankToNull(form.proposals());
        this.submittedBy = by;
        this.submittedOn = on;
    }

    private static @Nullable String blankToNull(@Nullable String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    /** Task figures of a unit by status. */
    record Figures(int onTime, int late, int inProgress, int overdue) {

        static final Figures NONE = new Figures(0, 0, 0, 0);

        public int total() {
            return onTime + late + inProgress + overdue;
        }
    }

    public UUID id() {
        return id;
    }

    public UUID reviewId() {
        return reviewId;
    }

    public UUID orgUnitId() {
        return orgUnitId;
    }

    public String path() {
        return path;
    }

    public boolean isSubmitted() {
        return submittedOn != null;
    }

    public @Nullable LocalDate submittedOn() {
        return submittedOn;
    }

    public Figures figures() {
        return new Figures(onTime, late, inProgress, overdue);
    }

    public @Nullable String results() {
        return results;
    }

    public @Nullable String shortcomings() {
        return shortcomings;
    }

    public @Nullable String causes() {
        return causes;
    }

    public @Nullable String proposals() {
        return proposals;
    }
}
