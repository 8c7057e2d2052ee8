package vn.danvan.organisation;

/**
 * Level of an administrative unit. Before 1 July 2025 Vietnam had three levels (tỉnh, huyện, xã); since then it
 * has two (tỉnh, xã): {@link #DISTRICT} units exist only in the old era.
 */
public enum UnitLevel {
    /** Tỉnh or centrally-run city (thành phố trực thuộc trung ương). */
    PROVINCE,
    /** Huyện, quận, thị xã or city under a province/municipality; abolished on 1 July 2025. */
    DISTRICT,
    /** Xã, phường, thị trấn (until 2025) or đặc khu (since 2025): the grassroots level. */
    COMMUNE
}
