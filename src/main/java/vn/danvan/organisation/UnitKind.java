package vn.danvan.organisation;

/** Kind of an administrative unit (loại đơn vị hành chính); each belongs to one {@link UnitLevel}. */
public enum UnitKind {
    /** Thành phố trực thuộc trung ương: centrally-run city. */
    MUNICIPALITY(UnitLevel.PROVINCE),
    /** Tỉnh. */
    PROVINCE(UnitLevel.PROVINCE),
    /** Thành phố thuộc thành phố trực thuộc trung ương (before 2025). */
    MUNICIPAL_CITY(UnitLevel.DISTRICT),
    /** Thành phố thuộc tỉnh (before 2025). */
    PROVINCIAL_CITY(UnitLevel.DISTRICT),
    /** Quận (before 2025). */
    URBAN_DISTRICT(UnitLevel.DISTRICT),
    /** Thị xã (before 2025). */
    DISTRICT_TOWN(UnitLevel.DISTRICT),
    /** Huyện (before 2025). */
    DISTRICT(UnitLevel.DISTRICT),
    /** Phường. */
    WARD(UnitLevel.COMMUNE),
    /** Thị trấn (before 2025). */
    TOWNSHIP(UnitLevel.COMMUNE),
    /** Xã. */
    COMMUNE(UnitLevel.COMMUNE),
    /** Đặc khu: island special zone (since 2025). */
    SPECIAL_ZONE(UnitLevel.COMMUNE);

    private final UnitLevel level;

    UnitKind(UnitLevel level) {
        this.level = level;
    }

    public UnitLevel level() {
        return level;
    }
}
