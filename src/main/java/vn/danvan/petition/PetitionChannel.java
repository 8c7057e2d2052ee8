package vn.danvan.petition;

/** How a case reached the register. */
public enum PetitionChannel {
    /** Cổng trực tuyến (the public site). */
    ONLINE,
    /** Đơn gửi qua bưu điện hoặc trực tiếp. */
    LETTER,
    /** Tiếp công dân trực tiếp. */
    RECEPTION,
    /** Điện thoại, đường dây nóng. */
    PHONE,
    /** Cơ quan khác chuyển đến. */
    TRANSFER,
    /** Open311 GeoReport v2 API. */
    OPEN311
}
