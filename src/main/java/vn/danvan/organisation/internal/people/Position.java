package vn.danvan.organisation.internal.people;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import vn.danvan.organisation.internal.org.OrganisationRuleViolation;
import vn.danvan.shared.Ids;

/** A position (chức vụ) a person holds in an organisation, from a start date to an optional end date. */
@Entity
@Table(name = "position")
public class Position {

    @Id
    private UUID id;

    private UUID personId;
    private UUID orgUnitId;
    private String title;
    private LocalDate startDate;
    private @Nullable LocalDate endDate;

    protected Position() {}

    Position(UUID personId, UUID orgUnitId, String title, LocalDate startDate, @Nullable LocalDate endDate) {
        this.id = Ids.newId();
        this.personId = personId;
        this.orgUnitId = orgUnitId;
        this.title = title;
        this.startDate = startDate;
        this.endDate = endDate;
    }

    void end(LocalDate lastDay) {
        if (endDate != null) {
            throw new OrganisationRuleViolation("organisation.error.positionAlreadyEnded");
        }
        if (lastDay.isBefore(startDate)) {
            throw new OrganisationRuleViolation("organisation.error.endBeforeStart");
        }
        this.endDate = lastDay;
    }

    boolean overlaps(LocalDate start, @Nullable LocalDate end) {
        boolean startsBeforeOtherEnds = endDate == null || !start.isAfter(endDate);
        boolean otherStartsBeforeThisEnds = end == null || !startDate.isAfter(end);
        return startsBeforeOtherEnds && otherStartsBeforeThisEnds;
    }

    public boolean isHeldOn(LocalDate date) {
        return !startDate.isAfter(date) && (endDate == null || !endDate.isBefore(date));
    }

    public UUID id() {
        return id;
    }

    public UUID personId() {
        return personId;
    }

    public UUID orgUnitId() {
        return orgUnitId;
    }

    public String title() {
        return title;
    }

    public LocalDate startDate() {
        return startDate;
    }

    public @Nullable LocalDate endDate() {
        return endDate;
    }
}
