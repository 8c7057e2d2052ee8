package vn.danvan.landclearance.internal;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.util.UUID;
import vn.danvan.shared.Ids;

/**
 * Thửa đất: a plot recovered from a household, named by its cadastral map sheet (tờ bản đồ) and plot number (số
 * thửa); within a project a plot belongs to one household only.
 */
@Entity
@Table(name = "lc_plot")
public class Plot {

    @Id
    private UUID id;

    private UUID projectId;
    private String mapSheet;
    private String plotNumber;

    @Enumerated(EnumType.STRING)
    private LandType landType;

    private BigDecimal recoveredArea;

    protected Plot() {}

    Plot(UUID projectId, String mapSheet, String plotNumber, LandType landType, BigDecimal recoveredArea) {
        if (recoveredArea.signum() <= 0) {
            throw new HouseholdRuleViolation("lc.household.error.areaPositive");
        }
        this.id = Ids.newId();
        this.projectId = projectId;
        this.mapSheet = mapSheet.strip();
        this.plotNumber = plotNumber.strip();
        this.landType = landType;
        this.recoveredArea = recoveredArea;
    }

    void change(LandType landType, BigDecimal recoveredArea) {
        if (recoveredArea.signum() <= 0) {
            throw new HouseholdRuleViolation("lc.household.error.areaPositive");
        }
        this.landType = landType;
        this.recoveredArea = recoveredArea;
    }

    String key() {
        return key(mapSheet, plotNumber);
    }

    static String key(String mapSheet, String plotNumber) {
        return mapSheet.strip() + "/" + plotNumber.strip();
    }

    UUID id() {
        return id;
    }

    public String mapSheet() {
        return mapSheet;
    }

    public String plotNumber() {
        return plotNumber;
    }

    public LandType landType() {
        return landType;
    }

    public BigDecimal recoveredArea() {
        return recoveredArea;
    }
}
