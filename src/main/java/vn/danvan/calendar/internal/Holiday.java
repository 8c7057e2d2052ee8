package vn.danvan.calendar.internal;

/** The statutory holidays of the Labour Code 2019 Art. 112 (and the planned Vietnamese Culture Day). */
enum Holiday {
    /** Tết Dương lịch, 1 January. */
    NEW_YEAR,
    /** Tết Nguyên đán: five days around the first day of the lunar year. */
    TET,
    /** Giỗ Tổ Hùng Vương, 10th day of the 3rd lunar month. */
    HUNG_KINGS,
    /** Ngày Chiến thắng, 30 April. */
    REUNIFICATION,
    /** Quốc tế Lao động, 1 May. */
    LABOUR_DAY,
    /** Quốc khánh, 2 September and one adjacent day. */
    NATIONAL_DAY,
    /** Ngày Văn hóa Việt Nam, 24 November: planned, switched on by the administrator from a date. */
    CULTURE_DAY,
    /** Any other day off an official notice sets. */
    OTHER
}
