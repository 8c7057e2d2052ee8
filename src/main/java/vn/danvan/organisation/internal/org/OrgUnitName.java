package vn.danvan.organisation.internal.org;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import vn.danvan.shared.Ids;

/** A name an organisation used for a period before it was renamed. */
@Entity
@Table(name = "org_unit_name")
public class OrgUnitName {

    @Id
    private UUID id;

    private UUID orgUnitId;
    private String name;
    private @Nullable String abbreviation;
    private @Nullable LocalDate validFrom;
    private LocalDate validTo;

    protected OrgUnitName() {}

    OrgUnitName(
            UUID orgUnitId,
            String name,
            @Nullable String abbreviation,
            @Nullable LocalDate validFrom,
            LocalDate validTo) {
        this.id = Ids.newId();
        this.orgUnitId = orgUnitId;
        this.name = name;
        this.abbreviation = abbreviation;
        this.validFrom = validFrom;
        this.validTo = validTo;
    }

    public String name() {
        return name;
    }

    public @Nullable String abbreviation() {
        return abbreviation;
    }

    public @Nullable LocalDate validFrom() {
        return validFrom;
    }

    public LocalDate validTo() {
        return validTo;
    }
}
