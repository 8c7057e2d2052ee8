package vn.danvan.covenant;

/**
 * The covenant module's permissions, granted through roles. A covenant is seen in its owner's area and in the areas
 * of its parties; a party reports and self-scores only its own entries.
 */
public final class CovenantPermissions {

    /** Xem giao ước thi đua, tiêu chí, điểm và xếp hạng. */
    public static final String READ = "covenant:read";

    /** Quản lý giao ước: the higher board sets up covenants and criteria, reviews scores, ranks and proposes awards. */
    public static final String MANAGE = "covenant:manage";

    /** Tự chấm điểm: a party reports values with evidence and scores itself. */
    public static final String REPORT = "covenant:report";

    private CovenantPermissions() {}
}
