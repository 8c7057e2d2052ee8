package vn.danvan.organisation;

/** Kinds of organisation of the political system (DOMAIN §1.1). */
public enum OrgUnitKind {
    /** Tỉnh ủy / Huyện ủy / Đảng ủy xã. */
    PARTY_COMMITTEE,
    /** Ban Dân vận (since 2025: Ban Tuyên giáo và Dân vận). */
    MASS_MOBILIZATION_BOARD,
    /** Ủy ban Mặt trận Tổ quốc. */
    FATHERLAND_FRONT,
    /** Liên đoàn Lao động / Công đoàn. */
    TRADE_UNION,
    /** Hội Liên hiệp Phụ nữ. */
    WOMENS_UNION,
    /** Đoàn Thanh niên Cộng sản Hồ Chí Minh. */
    YOUTH_UNION,
    /** Hội Nông dân. */
    FARMERS_ASSOCIATION,
    /** Hội Cựu chiến binh. */
    VETERANS_ASSOCIATION,
    /** Ủy ban nhân dân. */
    PEOPLES_COMMITTEE,
    /** Sở, ban, ngành; phòng chuyên môn; cơ quan nhà nước. */
    GOVERNMENT_AGENCY,
    /** Ban công tác Mặt trận ở thôn, tổ dân phố. */
    VILLAGE_FRONT_TEAM
}
