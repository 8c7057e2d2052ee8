package vn.danvan.exemplar;

/**
 * The exemplar module's permissions. Where they apply is the user's scope: an entry belongs to its owning unit's area
 * (and is also seen in the area of the place it concerns).
 */
public final class ExemplarPermissions {

    /** Xem mô hình, điển hình và thống kê. */
    public static final String READ = "exemplar:read";

    /** Đăng ký, cập nhật, tự đánh giá: a unit registers its models and exemplars and reports on them. */
    public static final String REGISTER = "exemplar:register";

    /** Bình xét, công nhận: councils score and vote, the authority records (and revokes) recognition. */
    public static final String EVALUATE = "exemplar:evaluate";

    /** Danh mục: the catalogue of measures and the recognition criteria of each year and level. */
    public static final String MANAGE = "exemplar:manage";

    private ExemplarPermissions() {}
}
