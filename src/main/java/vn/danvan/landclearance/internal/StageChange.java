package vn.danvan.landclearance.internal;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import vn.danvan.shared.Ids;

/** One change of a household's stage, kept for good: who made it and when, from what to what, and why. */
@Entity
@Table(name = "lc_stage_change")
public class StageChange {

    @Id
    private UUID id;

    private UUID householdId;
    private UUID projectId;

    @Enumerated(EnumType.STRING)
    private @Nullable HouseholdStage fromStage;

    @Enumerated(EnumType.STRING)
    private HouseholdStage toStage;

    private LocalDate effectiveOn;
    private Instant changedAt;
    private @Nullable UUID changedBy;
    private String changedByName;
    private @Nullable String reason;

    protected StageChange() {}

    StageChange(Household household, HouseholdStageMove move, @Nullable UUID by, String byName, Instant now) {
        this.id = Ids.newId();
        this.householdId = household.id();
        this.projectId = household.projectId();
        this.fromStage = move.from();
        this.toStage = move.to();
        this.effectiveOn = move.effectiveOn();
        this.changedAt = now;
        this.changedBy = by;
        this.changedByName = byName;
        this.reason = move.reason() == null ? null : truncate(move.reason(), 500);
    }

    private static String truncate(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max);
    }

    public @Nullable HouseholdStage fromStage() {
        return fromStage;
    }

    public HouseholdStage toStage() {
        return toStage;
    }

    public LocalDate effectiveOn() {
        return effectiveOn;
    }

    public Instant changedAt() {
        return changedAt;
    }

    /** When the change was recorded, in Vietnam's time. */
    public java.time.LocalDateTime changedAtInVietnam() {
        return java.time.LocalDateTime.ofInstant(changedAt, java.time.ZoneId.of("Asia/Ho_Chi_Minh"));
    }

    public String changedByName() {
        return changedByName;
    }

    public @Nullable String reason() {
        return reason;
    }
}
