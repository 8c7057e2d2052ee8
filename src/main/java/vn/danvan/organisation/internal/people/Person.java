package vn.danvan.organisation.internal.people;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Entity;
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
import vn.danvan.organisation.internal.org.OrganisationRuleViolation;
import vn.danvan.shared.Ids;
import vn.danvan.shared.text.VietnameseText;

/** A cadre (cán bộ) of the political system, belonging to a home organisation, holding positions over time. */
@Entity
@Table(name = "person")
public class Person {

    @Id
    private UUID id;

    private String fullName;
    private @Nullable String gender;
    private @Nullable Integer birthYear;
    private @Nullable String phone;
    private @Nullable String email;
    private UUID homeOrgUnitId;
    private String path;
    private String provinceCode;
    private String searchText;
    private byte[] sortKey;
    private Instant createdAt;
    private Instant updatedAt;

    @Version
    private int version;

    @OneToMany(mappedBy = "personId", cascade = CascadeType.ALL, orphanRemoval = true, fetch = FetchType.EAGER)
    @OrderBy("startDate DESC")
    private List<Position> positions = new ArrayList<>();

    protected Person() {}

    Person(PersonDetails details, UUID homeOrgUnitId, String path, String provinceCode, Instant now) {
        this.id = Ids.newId();
        this.createdAt = now;
        moveTo(homeOrgUnitId, path, provinceCode);
        update(details, now);
    }

    void update(PersonDetails details, Instant now) {
        this.fullName = details.fullName().strip();
        this.gender = details.gender();
        this.birthYear = details.birthYear();
        this.phone = blankToNull(details.phone());
        this.email = blankToNull(details.email());
        this.searchText = VietnameseText.fold(fullName + " " + (phone == null ? "" : phone));
        this.sortKey = VietnameseText.sortKey(lastNameFirst(fullName));
        this.updatedAt = now;
    }

    void moveTo(UUID homeOrgUnitId, String path, String provinceCode) {
        this.homeOrgUnitId = homeOrgUnitId;
        this.path = path;
        this.provinceCode = provinceCode;
    }

    /** Appoints the person to a position in an organisation from a date. */
    Position appoint(UUID orgUnitId, String title, LocalDate start, @Nullable LocalDate end) {
        if (end != null && end.isBefore(start)) {
            throw new OrganisationRuleViolation("organisation.error.endBeforeStart");
        }
        boolean overlaps = positions.stream()
                .anyMatch(p -> p.orgUnitId().equals(orgUnitId)
                        && p.title().equalsIgnoreCase(title.strip())
                        && p.overlaps(start, end));
        if (overlaps) {
            throw new OrganisationRuleViolation("organisation.error.positionOverlaps");
        }
        Position position = new Position(id, orgUnitId, title.strip(), start, end);
        positions.add(position);
        return position;
    }

    /** The person left a position on {@code lastDay}. */
    Position endPosition(UUID positionId, LocalDate lastDay) {
        Position position = positions.stream()
                .filter(p -> p.id().equals(positionId))
                .findFirst()
                .orElseThrow(() -> new OrganisationRuleViolation("organisation.error.unknownPosition"));
        position.end(lastDay);
        return position;
    }

    /** Vietnamese names sort by given name (the last word), then the rest. */
    static String lastNameFirst(String fullName) {
        String[] words = fullName.strip().split("\\s+");
        if (words.length < 2) {
            return fullName;
        }
        String given = words[words.length - 1];
        return given + " " + String.join(" ", java.util.Arrays.copyOf(words, words.length - 1));
    }

    private static @Nullable String blankToNull(@Nullable String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    public UUID id() {
        return id;
    }

    public String fullName() {
        return fullName;
    }

    public @Nullable String gender() {
        return gender;
    }

    public @Nullable Integer birthYear() {
        return birthYear;
    }

    public @Nullable String phone() {
        return phone;
    }

    public @Nullable String email() {
        return email;
    }

    public UUID homeOrgUnitId() {
        return homeOrgUnitId;
    }

    public String path() {
        return path;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    public List<Position> positions() {
        return List.copyOf(positions);
    }

    /** The details a person's form edits. */
    public record PersonDetails(
            String fullName,
            @Nullable String gender,
            @Nullable Integer birthYear,
            @Nullable String phone,
            @Nullable String email) {}
}
