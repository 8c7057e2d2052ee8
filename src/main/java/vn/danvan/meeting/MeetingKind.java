package vn.danvan.meeting;

/** What kind of meeting it is. */
public enum MeetingKind {
    /** Hội nghị. */
    CONFERENCE,
    /** Hội thảo. */
    WORKSHOP,
    /** Tọa đàm. */
    SEMINAR
}
