package vn.danvan.meeting.internal;

/** What the board decided about a proposal: not yet, accepted (tiếp thu), declined (không tiếp thu, with a reason). */
enum Decision {
    PENDING,
    ACCEPTED,
    DECLINED
}
