package vn.danvan.directive.internal;

/** Kinds of document that assign work, with the word printed in official documents that cite them. */
enum DocumentKind {
    CHI_THI("Chỉ thị"),
    NGHI_QUYET("Nghị quyết"),
    KET_LUAN("Kết luận"),
    KE_HOACH("Kế hoạch"),
    HUONG_DAN("Hướng dẫn"),
    QUY_DINH("Quy định"),
    QUYET_DINH("Quyết định"),
    THONG_BAO("Thông báo"),
    CONG_VAN("Công văn");

    private final String vietnamese;

    DocumentKind(String vietnamese) {
        this.vietnamese = vietnamese;
    }

    /** The kind as an official document names it: "Chỉ thị", "Nghị quyết"… */
    String vietnamese() {
        return vietnamese;
    }
}
