package vn.danvan.landclearance.internal;

/** Land-use type of a plot, by the codes used on cadastral maps (the common ones; OTHER for the rest). */
enum LandType {
    /** Đất trồng lúa. */
    LUA,
    /** Đất trồng cây hằng năm khác. */
    HNK,
    /** Đất trồng cây lâu năm. */
    CLN,
    /** Đất nuôi trồng thủy sản. */
    NTS,
    /** Đất ở tại nông thôn. */
    ONT,
    /** Đất ở tại đô thị. */
    ODT,
    /** Đất sản xuất, kinh doanh phi nông nghiệp. */
    SKC,
    /** Loại đất khác. */
    OTHER;

    boolean agricultural() {
        return this == LUA || this == HNK || this == CLN || this == NTS;
    }
}
