package vn.danvan.landclearance.internal;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import vn.danvan.shared.Ids;

/**
 * Vận động, thuyết phục: an outreach visit to a household: who went, when, whom they met, the concerns raised, what
 * was agreed, what it came to and the next step. The client key is generated when the form is shown, so that the
 * same form sent twice (a dropped connection on a phone) records one visit.
 */
@Entity
@Table(name = "lc_visit")
public class Visit {

    @Id
    private UUID id;

    private UUID householdId;
    private UUID projectId;
    private String path;
    private LocalDate visitedOn;
    private String metWhom;
    private @Nullable String concerns;
    private @Nullable String agreed;

    @Enumerated(EnumType.STRING)
    private VisitOutcome outcome;

    private @Nullable String nextStep;
    private @Nullable LocalDate nextStepOn;
    private Instant recordedAt;
    private @Nullable UUID recordedBy;
    private String recordedByName;
    private UUID clientKey;

    @ElementCollection
    @CollectionTable(name = "lc_visit_visitor", joinColumns = @JoinColumn(name = "visit_id"))
    @OrderColumn(name = "position")
    private List<VisitVisitor> visitors = new ArrayList<>();

    protected Visit() {}

    /** What the visitors bring back. */
    record Report(
            LocalDate visitedOn,
            List<VisitVisitor> visitors,
            String metWhom,
            @Nullable String concerns,
            @Nullable String agreed,
            VisitOutcome outcome,
            @Nullable String nextStep,
            @Nullable LocalDate nextStepOn) {}

    Visit(
            Household household,
            Report report,
            UUID clientKey,
            @Nullable UUID by,
            String byName,
            LocalDate today,
            Instant now) {
        if (report.visitedOn().isAfter(today)) {
            throw new HouseholdRuleViolation("lc.household.error.dateInFuture");
        }
        if (report.visitors().isEmpty()) {
            throw new HouseholdRuleViolation("lc.visit.error.noVisitor");
        }
        if (report.nextStepOn() != null && report.nextStepOn().isBefore(report.visitedOn())) {
            throw new HouseholdRuleViolation("lc.visit.error.nextStepBeforeVisit");
        }
        this.id = Ids.newId();
        this.householdId = household.id();
        this.projectId = household.projectId();
        this.path = household.path();
        this.visitedOn = report.visitedOn();
        this.visitors.addAll(report.visitors());
        this.metWhom = report.metWhom().strip();
        this.concerns = Household.blankToNull(report.concerns());
        this.agreed = Household.blankToNull(report.agreed());
        this.outcome = report.outcome();
        this.nextStep = Household.blankToNull(report.nextStep());
        this.nextStepOn = report.nextStepOn();
        this.clientKey = clientKey;
        this.recordedBy = by;
        this.recordedByName = byName;
        this.recordedAt = now;
    }

    public UUID id() {
        return id;
    }

    public UUID householdId() {
        return householdId;
    }

    public LocalDate visitedOn() {
        return visitedOn;
    }

    public String metWhom() {
        return metWhom;
    }

    public @Nullable String concerns() {
        return concerns;
    }

    public @Nullable String agreed() {
        return agreed;
    }

    public VisitOutcome outcome() {
        return outcome;
    }

    public @Nullable String nextStep() {
        return nextStep;
    }

    public @Nullable LocalDate nextStepOn() {
        return nextStepOn;
    }

    public String recordedByName() {
        return recordedByName;
    }

    public UUID clientKey() {
        return clientKey;
    }

    public List<VisitVisitor> visitors() {
        return List.copyOf(visitors);
    }
}
