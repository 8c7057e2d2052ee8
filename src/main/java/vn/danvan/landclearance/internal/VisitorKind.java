package vn.danvan.landclearance.internal;

/** Where a person on an outreach visit came from. */
enum VisitorKind {
    /** Ban (Tuyên giáo và) Dân vận. */
    BOARD,
    /** Ủy ban Mặt trận Tổ quốc. */
    FRONT,
    /** Hội Liên hiệp Phụ nữ. */
    WOMEN,
    /** Hội Cựu chiến binh. */
    VETERANS,
    /** Hội Nông dân. */
    FARMERS,
    /** Đoàn Thanh niên. */
    YOUTH,
    /** Trưởng thôn, tổ trưởng dân phố. */
    VILLAGE_HEAD,
    /** Ủy ban nhân dân, tổ chức làm nhiệm vụ bồi thường. */
    AUTHORITY,
    /** Người có uy tín, khác. */
    OTHER
}
