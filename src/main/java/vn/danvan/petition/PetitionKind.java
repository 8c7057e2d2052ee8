package vn.danvan.petition;

/** What a citizen sends: the law that governs it and its time limits follow from the kind. */
public enum PetitionKind {
    /** Phản ánh, kiến nghị. */
    REFLECTION,
    /** Khiếu nại lần đầu. */
    COMPLAINT,
    /** Khiếu nại lần hai. */
    COMPLAINT_SECOND,
    /** Tố cáo: the sender's identity is always protected (Luật Tố cáo 2018, Điều 47, 56). */
    DENUNCIATION
}
