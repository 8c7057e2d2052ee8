package vn.danvan.landclearance.internal;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import vn.danvan.shared.Ids;
import vn.danvan.shared.text.VietnameseText;

/**
 * Dự án trọng điểm: a key project whose land the province clears. It belongs to the area of its owner (usually the
 * provincial board) and is also seen by the communes it crosses. Its statutory steps are kept in lc_project_step.
 */
@Entity
@Table(name = "lc_project")
class Project {

    @Id
    private UUID id;

    private String code;
    private String name;
    private String investor;
    private UUID ownerOrgId;
    private String ownerOrgName;
    private String path;
    private String provinceCode;
    private @Nullable String policyDecision;
    private @Nullable String recoveryDecision;

    @Enumerated(EnumType.STRING)
    private LandKind landKind;

    private BigDecimal totalAreaM2;
    private @Nullable LocalDate targetHandoverOn;
    private @Nullable String boundaryGeojson;
    private @Nullable UUID boundaryFileId;
    private @Nullable String note;
    private String searchText;
    private byte[] sortKey;
    private boolean demo;
    private Instant createdAt;
    private Instant updatedAt;

    @Version
    private int version;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "lc_project_commune", joinColumns = @JoinColumn(name = "project_id"))
    private Set<ProjectCommune> communes = new LinkedHashSet<>();

    protected Project() {}

    /** The owner and its area, as the service resolved them. */
    record Owner(UUID orgId, String orgName, String path, String provinceCode) {}

    /** What the form describes, checked by the service. */
    record Description(
            String code,
            String name,
            String investor,
            @Nullable String policyDecision,
            @Nullable String recoveryDecision,
            LandKind landKind,
            BigDecimal totalAreaM2,
            @Nullable LocalDate targetHandoverOn,
            @Nullable String note) {}

    Project(Owner owner, Description description, List<ProjectCommune> communes, boolean demo, Instant now) {
        this.id = Ids.newId();
        this.demo = demo;
        this.createdAt = now;
        describe(owner, description, communes, now);
    }

    /** Registers the project's description anew (the owner may change to another organisation the user sees). */
    void describe(Owner owner, Description d, List<ProjectCommune> crossed, Instant now) {
        this.ownerOrgId = owner.orgId();
        this.ownerOrgName = owner.orgName();
        this.path = owner.path();
        this.provinceCode = owner.provinceCode();
        this.code = d.code().strip();
        this.name = d.name().strip();
        this.investor = d.investor().strip();
        this.policyDecision = blankToNull(d.policyDecision());
        this.recoveryDecision = blankToNull(d.recoveryDecision());
        this.landKind = d.landKind();
        this.totalAreaM2 = d.totalAreaM2().setScale(1, RoundingMode.HALF_UP);
        this.targetHandoverOn = d.targetHandoverOn();
        this.note = blankToNull(d.note());
        this.communes.clear();
        this.communes.addAll(crossed);
        this.searchText = VietnameseText.fold(this.code + " " + this.name + " " + this.investor);
        this.sortKey = VietnameseText.sortKey(this.name);
        this.updatedAt = now;
    }

    /** Sets the boundary already checked and normalised by {@link ProjectBoundary}, with the kept upload. */
    void outline(String featureCollection, @Nullable UUID fileId, Instant now) {
        this.boundaryGeojson = featureCollection;
        this.boundaryFileId = fileId;
        this.updatedAt = now;
    }

    private static @Nullable String blankToNull(@Nullable String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    public UUID id() {
        return id;
    }

    public String code() {
        return code;
    }

    public String name() {
        return name;
    }

    public String investor() {
        return investor;
    }

    public UUID ownerOrgId() {
        return ownerOrgId;
    }

    public String ownerOrgName() {
        return ownerOrgName;
    }

    public String path() {
        return path;
    }

    public String provinceCode() {
        return provinceCode;
    }

    public @Nullable String policyDecision() {
        return policyDecision;
    }

    public @Nullable String recoveryDecision() {
        return recoveryDecision;
    }

    public LandKind landKind() {
        return landKind;
    }

    public BigDecimal totalAreaM2() {
        return totalAreaM2;
    }

    /** The total area in hectares, two decimals. */
    public BigDecimal totalAreaHa() {
        return totalAreaM2.divide(BigDecimal.valueOf(10_000), 2, RoundingMode.HALF_UP);
    }

    public @Nullable LocalDate targetHandoverOn() {
        return targetHandoverOn;
    }

    public @Nullable String boundaryGeojson() {
        return boundaryGeojson;
    }

    public boolean hasBoundary() {
        return boundaryGeojson != null;
    }

    public @Nullable UUID boundaryFileId() {
        return boundaryFileId;
    }

    public @Nullable String note() {
        return note;
    }

    public boolean demo() {
        return demo;
    }

    /** The communes crossed, by name. */
    public List<ProjectCommune> communes() {
        return communes.stream()
                .sorted(Comparator.comparing(ProjectCommune::unitName, VietnameseText.collator()))
                .toList();
    }
}
