package vn.danvan.landclearance.internal;

import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
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
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import vn.danvan.shared.Ids;
import vn.danvan.shared.text.VietnameseText;

/**
 * Hộ dân bị thu hồi đất: a household whose land a key project recovers, in the commune that scopes it. It keeps its
 * members, plots and assets, and walks through the stages of {@link HouseholdStage}: inventoried, plan posted, agreed
 * (đồng thuận), paid, handed over. A stage moves only forward through the actions below, each with the date it
 * happened (never in the future); hand-over and payment need consent first; the only way back is
 * {@link #correctStage}, with a reason. Each action that moves the stage returns the move, which the service keeps
 * as history.
 */
@Entity
@Table(name = "lc_household")
public class Household {

    /** Payment is late when made more than this many days after the plan's approval (Luật Đất đai 2024, Điều 94). */
    static final int PAYMENT_DAYS_AFTER_APPROVAL = 30;

    @Id
    private UUID id;

    private UUID projectId;
    private String code;
    private String unitId;
    private String unitName;
    private String path;
    private String headName;
    private @Nullable String idNumber;
    private String address;
    private @Nullable String phone;
    private @Nullable String representative;

    @Enumerated(EnumType.STRING)
    private HouseholdStage stage;

    private @Nullable LocalDate inventoriedOn;
    private @Nullable LocalDate planPostedOn;
    private @Nullable LocalDate agreedOn;
    private @Nullable BigDecimal compensationAmount;
    private @Nullable BigDecimal paidAmount;
    private @Nullable LocalDate paidOn;
    private boolean latePayment;
    private @Nullable String resettlement;
    private @Nullable LocalDate handedOverOn;
    private @Nullable BigDecimal latitude;
    private @Nullable BigDecimal longitude;
    private @Nullable String note;
    private String searchText;
    private byte[] sortKey;
    private boolean demo;
    private Instant createdAt;
    private Instant updatedAt;

    @Version
    private int version;

    @ElementCollection
    @CollectionTable(name = "lc_member", joinColumns = @JoinColumn(name = "household_id"))
    @OrderColumn(name = "position")
    private List<Member> members = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "lc_asset", joinColumns = @JoinColumn(name = "household_id"))
    @OrderColumn(name = "position")
    private List<Asset> assets = new ArrayList<>();

    @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true)
    @JoinColumn(name = "household_id", nullable = false)
    @OrderBy("mapSheet, plotNumber")
    private List<Plot> plots = new ArrayList<>();

    protected Household() {}

    /** A new household, not yet inventoried, in one of the communes the project crosses. */
    Household(UUID projectId, String code, Commune commune, Details details, Instant now) {
        this.id = Ids.newId();
        this.projectId = projectId;
        this.code = code.strip();
        this.stage = HouseholdStage.NOT_INVENTORIED;
        this.createdAt = now;
        moveTo(commune);
        describe(details, now);
    }

    /** Where the household lives: one of the communes the project crosses. */
    record Commune(String unitId, String unitName, String path) {}

    /** Who the household is and how to reach it; blank optional values are kept as none. */
    record Details(
            String headName,
            @Nullable String idNumber,
            String address,
            @Nullable String phone,
            @Nullable String representative,
            @Nullable BigDecimal compensationAmount,
            @Nullable BigDecimal latitude,
            @Nullable BigDecimal longitude,
            @Nullable String note,
            List<Member> members,
            List<Asset> assets) {}

    /** A plot as entered: map sheet, plot number, land type and recovered area in m². */
    record PlotEntry(String mapSheet, String plotNumber, LandType landType, BigDecimal recoveredArea) {}

    void recode(String code) {
        this.code = code.strip();
    }

    void moveTo(Commune commune) {
        this.unitId = commune.unitId();
        this.unitName = commune.unitName();
        this.path = commune.path();
    }

    void describe(Details details, Instant now) {
        if (details.compensationAmount() != null && details.compensationAmount().signum() < 0) {
            throw new HouseholdRuleViolation("lc.household.error.amountNegative");
        }
        this.headName = details.headName().strip();
        this.idNumber = blankToNull(details.idNumber());
        this.address = details.address().strip();
        this.phone = blankToNull(details.phone());
        this.representative = blankToNull(details.representative());
        this.compensationAmount = details.compensationAmount();
        this.latitude = details.latitude();
        this.longitude = details.longitude();
        this.note = blankToNull(details.note());
        this.members.clear();
        this.members.addAll(details.members());
        this.assets.clear();
        this.assets.addAll(details.assets());
        this.searchText = VietnameseText.fold(String.join(
                " ", this.code, this.headName, this.address, this.representative == null ? "" : this.representative));
        this.sortKey = VietnameseText.sortKey(this.headName);
        this.updatedAt = now;
    }

    /**
     * Replaces the plots with the entered ones: a plot kept (same map sheet and number) is updated in place, so the
     * project-wide uniqueness of plots holds at every step. The same plot twice in the entry is refused.
     */
    void replacePlots(List<PlotEntry> entries) {
        Map<String, PlotEntry> wanted = new HashMap<>();
        for (PlotEntry e : entries) {
            if (wanted.put(Plot.key(e.mapSheet(), e.plotNumber()), e) != null) {
                throw new PlotAlreadyRecorded(
                        e.mapSheet().strip(), e.plotNumber().strip());
            }
        }
        plots.removeIf(p -> !wanted.containsKey(p.key()));
        Set<String> kept = new HashSet<>();
        for (Plot p : plots) {
            PlotEntry e = wanted.get(p.key());
            p.change(e.landType(), e.recoveredArea());
            kept.add(p.key());
        }
        for (PlotEntry e : entries) {
            if (!kept.contains(Plot.key(e.mapSheet(), e.plotNumber()))) {
                plots.add(new Plot(projectId, e.mapSheet(), e.plotNumber(), e.landType(), e.recoveredArea()));
            }
        }
    }

    // ---- Stages -------------------------------------------------------------------------------------------------

    /** Đã kiểm đếm: the land and assets were inventoried on that date. */
    Optional<HouseholdStageMove> recordInventory(LocalDate on, LocalDate today) {
        notInFuture(on, today);
        this.inventoriedOn = on;
        return advanceTo(HouseholdStage.INVENTORIED, on);
    }

    /** Đã niêm yết: the compensation plan was posted for comments on that date. */
    Optional<HouseholdStageMove> recordPlanPosted(LocalDate on, LocalDate today) {
        notInFuture(on, today);
        this.planPostedOn = on;
        return advanceTo(HouseholdStage.PLAN_POSTED, on);
    }

    /** Đồng thuận: the household agreed to the plan on that date. */
    Optional<HouseholdStageMove> recordConsent(LocalDate on, LocalDate today, @Nullable String reason) {
        notInFuture(on, today);
        this.agreedOn = on;
        return advanceTo(HouseholdStage.AGREED, on).map(m -> new HouseholdStageMove(m.from(), m.to(), on, reason));
    }

    /**
     * Đã chi trả: compensation paid on that date, only after consent. {@code late} says whether the payment came
     * later than the law allows (see {@link #paidLate}).
     */
    Optional<HouseholdStageMove> recordPayment(BigDecimal amount, LocalDate on, boolean late, LocalDate today) {
        notInFuture(on, today);
        if (amount.signum() < 0) {
            throw new HouseholdRuleViolation("lc.household.error.amountNegative");
        }
        if (agreedOn == null) {
            throw new HouseholdRuleViolation("lc.household.error.paymentBeforeConsent");
        }
        this.paidAmount = amount;
        this.paidOn = on;
        this.latePayment = late;
        return advanceTo(HouseholdStage.PAID, on);
    }

    /** Đã bàn giao mặt bằng: refused before the household has consented. */
    Optional<HouseholdStageMove> handOver(LocalDate on, LocalDate today) {
        notInFuture(on, today);
        if (agreedOn == null) {
            throw new HandOverBeforeConsent();
        }
        this.handedOverOn = on;
        return advanceTo(HouseholdStage.HANDED_OVER, on);
    }

    /** Bố trí tái định cư: the resettlement arrangement, as text; blank clears it. */
    void arrangeResettlement(@Nullable String text) {
        this.resettlement = blankToNull(text);
    }

    /**
     * Sets the stage back to an earlier one after a mistake, with a reason; the dates of the later stages are cleared
     * so that the record says what is true now. Moving forward goes through the actions above, never through here.
     */
    HouseholdStageMove correctStage(HouseholdStage to, @Nullable String reason, LocalDate on, LocalDate today) {
        notInFuture(on, today);
        if (reason == null || reason.isBlank()) {
            throw new HouseholdRuleViolation("lc.household.error.correctionReason");
        }
        if (!to.isBefore(stage)) {
            throw new HouseholdRuleViolation("lc.household.error.correctionBackwards");
        }
        HouseholdStage from = stage;
        if (to.isBefore(HouseholdStage.HANDED_OVER)) {
            handedOverOn = null;
        }
        if (to.isBefore(HouseholdStage.PAID)) {
            paidOn = null;
            paidAmount = null;
            latePayment = false;
        }
        if (to.isBefore(HouseholdStage.AGREED)) {
            agreedOn = null;
        }
        if (to.isBefore(HouseholdStage.PLAN_POSTED)) {
            planPostedOn = null;
        }
        if (to.isBefore(HouseholdStage.INVENTORIED)) {
            inventoriedOn = null;
        }
        stage = to;
        return new HouseholdStageMove(from, to, on, reason.strip());
    }

    /**
     * Whether a payment made on {@code paidOn} is late: more than {@link #PAYMENT_DAYS_AFTER_APPROVAL} days after the
     * plan was approved. While the approval date is unknown, the user says so ({@code declared}).
     */
    static boolean paidLate(LocalDate paidOn, @Nullable LocalDate approvedOn, boolean declared) {
        if (approvedOn == null) {
            return declared;
        }
        return paidOn.isAfter(approvedOn.plusDays(PAYMENT_DAYS_AFTER_APPROVAL));
    }

    boolean hasConsented() {
        return agreedOn != null;
    }

    private Optional<HouseholdStageMove> advanceTo(HouseholdStage target, LocalDate on) {
        if (!stage.isBefore(target)) {
            return Optional.empty();
        }
        HouseholdStage from = stage;
        stage = target;
        return Optional.of(new HouseholdStageMove(from, target, on, null));
    }

    private static void notInFuture(LocalDate on, LocalDate today) {
        if (on.isAfter(today)) {
            throw new HouseholdRuleViolation("lc.household.error.dateInFuture");
        }
    }

    static @Nullable String blankToNull(@Nullable String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    void touch(Instant now) {
        this.updatedAt = now;
    }

    /** Loads the members, assets and plots (inside a transaction), so that a page can show them afterwards. */
    void load() {
        members.size();
        assets.size();
        plots.size();
    }

    // ---- Accessors for views ------------------------------------------------------------------------------------

    public UUID id() {
        return id;
    }

    public UUID projectId() {
        return projectId;
    }

    public String code() {
        return code;
    }

    public String unitId() {
        return unitId;
    }

    public String unitName() {
        return unitName;
    }

    public String path() {
        return path;
    }

    public String headName() {
        return headName;
    }

    public @Nullable String idNumber() {
        return idNumber;
    }

    public String address() {
        return address;
    }

    public @Nullable String phone() {
        return phone;
    }

    public @Nullable String representative() {
        return representative;
    }

    public HouseholdStage stage() {
        return stage;
    }

    public @Nullable LocalDate inventoriedOn() {
        return inventoriedOn;
    }

    public @Nullable LocalDate planPostedOn() {
        return planPostedOn;
    }

    public @Nullable LocalDate agreedOn() {
        return agreedOn;
    }

    public @Nullable BigDecimal compensationAmount() {
        return compensationAmount;
    }

    public @Nullable BigDecimal paidAmount() {
        return paidAmount;
    }

    public @Nullable LocalDate paidOn() {
        return paidOn;
    }

    public boolean latePayment() {
        return latePayment;
    }

    public @Nullable String resettlement() {
        return resettlement;
    }

    public @Nullable LocalDate handedOverOn() {
        return handedOverOn;
    }

    public @Nullable BigDecimal latitude() {
        return latitude;
    }

    public @Nullable BigDecimal longitude() {
        return longitude;
    }

    public @Nullable String note() {
        return note;
    }

    public List<Member> members() {
        return List.copyOf(members);
    }

    public List<Asset> assets() {
        return List.copyOf(assets);
    }

    public List<Plot> plots() {
        return List.copyOf(plots);
    }

    public BigDecimal recoveredArea() {
        return plots.stream().map(Plot::recoveredArea).reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}
