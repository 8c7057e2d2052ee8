package vn.danvan.organisation.internal.org;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import vn.danvan.organisation.OrgUnitKind;
import vn.danvan.shared.Ids;
import vn.danvan.shared.text.VietnameseText;

/**
 * An organisation of the political system (Đảng ủy, Ban Dân vận, Mặt trận, đoàn thể, UBND, agency, village Front
 * team) attached to an administrative unit, valid for a period. A rename keeps the earlier name in its history.
 */
@Entity
@Table(name = "org_unit")
public class OrgUnit {

    @Id
    private UUID id;

    @Enumerated(EnumType.STRING)
    private OrgUnitKind kind;

    private String name;
    private @Nullable String abbreviation;
    private String adminUnitId;
    private @Nullable UUID parentId;
    private @Nullable String village;
    private String path;
    private String provinceCode;
    private @Nullable LocalDate validFrom;
    private @Nullable LocalDate validTo;
    private String searchText;
    private byte[] sortKey;
    private Instant createdAt;
    private Instant updatedAt;

    @Version
    private int version;

    @OneToMany(mappedBy = "orgUnitId", cascade = CascadeType.ALL, orphanRemoval = true, fetch = FetchType.EAGER)
    @OrderBy("validFrom")
    private List<OrgUnitName> formerNames = new ArrayList<>();

    protected OrgUnit() {}

    OrgUnit(
            OrgUnitKind kind,
            String name,
            @Nullable String abbreviation,
            String adminUnitId,
            String path,
            String provinceCode,
            @Nullable UUID parentId,
            @Nullable String village,
            @Nullable LocalDate validFrom,
            @Nullable LocalDate validTo,
            Instant now) {
        this.id = Ids.newId();
        this.kind = kind;
        this.adminUnitId = adminUnitId;
        this.path = path;
        this.provinceCode = provinceCode;
        this.parentId = parentId;
        this.village = village;
        this.validFrom = validFrom;
        this.validTo = validTo;
        this.createdAt = now;
        setName(name, abbreviation);
        this.updatedAt = now;
        checkValidity();
    }

    /** Corrects the details of the organisation (a typo, a missing abbreviation); no history is kept. */
    void correct(
            OrgUnitKind kind,
            String name,
            @Nullable String abbreviation,
            @Nullable UUID parentId,
            @Nullable String village,
            @Nullable LocalDate validFrom,
            @Nullable LocalDate validTo,
            Instant now) {
        this.kind = kind;
        this.parentId = parentId;
        this.village = village;
        this.validFrom = validFrom;
        this.validTo = validTo;
        setName(name, abbreviation);
        this.updatedAt = now;
        checkValidity();
    }

    /**
     * The organisation takes a new name from {@code effective} (e.g. Ban Dân vận Tỉnh ủy becomes Ban Tuyên giáo và
     * Dân vận Tỉnh ủy); the old name is kept for the period it was in use.
     */
    void rename(String newName, @Nullable String newAbbreviation, LocalDate effective, Instant now) {
        if (validTo != null && effective.isAfter(validTo)) {
            throw new OrganisationRuleViolation("organisation.error.renameAfterEnd");
        }
        if (validFrom != null && !effective.isAfter(validFrom)) {
            throw new OrganisationRuleViolation("organisation.error.renameBeforeStart");
        }
        LocalDate previousStart = formerNames.isEmpty()
                ? validFrom
                : formerNames.get(formerNames.size() - 1).validTo().plusDays(1);
        if (previousStart != null && !effective.isAfter(previousStart)) {
            throw new OrganisationRuleViolation("organisation.error.renameBeforeStart");
        }
        formerNames.add(new OrgUnitName(id, name, abbreviation, previousStart, effective.minusDays(1)));
        setName(newName, newAbbreviation);
        this.updatedAt = now;
    }

    /** The organisation ceased to exist after {@code lastDay} (merged, dissolved, or its level abolished). */
    void dissolve(LocalDate lastDay, Instant now) {
        if (validFrom != null && lastDay.isBefore(validFrom)) {
            throw new OrganisationRuleViolation("organisation.error.endBeforeStart");
        }
        this.validTo = lastDay;
        this.updatedAt = now;
    }

    private void setName(String name, @Nullable String abbreviation) {
        this.name = name.strip();
        this.abbreviation = abbreviation == null || abbreviation.isBlank() ? null : abbreviation.strip();
        this.searchText = VietnameseText.fold(this.name + " " + (this.abbreviation == null ? "" : this.abbreviation));
        this.sortKey = VietnameseText.sortKey(this.name);
    }

    private void checkValidity() {
        if (validFrom != null && validTo != null && validTo.isBefore(validFrom)) {
            throw new OrganisationRuleViolation("organisation.error.endBeforeStart");
        }
    }

    public UUID id() {
        return id;
    }

    public OrgUnitKind kind() {
        return kind;
    }

    public String name() {
        return name;
    }

    public @Nullable String abbreviation() {
        return abbreviation;
    }

    public String adminUnitId() {
        return adminUnitId;
    }

    public @Nullable UUID parentId() {
        return parentId;
    }

    public @Nullable String village() {
        return village;
    }

    public String path() {
        return path;
    }

    public String provinceCode() {
        return provinceCode;
    }

    public @Nullable LocalDate validFrom() {
        return validFrom;
    }

    public @Nullable LocalDate validTo() {
        return validTo;
    }

    public List<OrgUnitName> formerNames() {
        return List.copyOf(formerNames);
    }

    public boolean isActiveOn(LocalDate date) {
        return (validFrom == null || !validFrom.isAfter(date)) && (validTo == null || !validTo.isBefore(date));
    }
}
