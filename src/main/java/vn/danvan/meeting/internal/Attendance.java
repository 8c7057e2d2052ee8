package vn.danvan.meeting.internal;

/** An invitee's attendance: mời, xác nhận tham dự, có mặt, vắng có lý do. */
enum Attendance {
    INVITED,
    CONFIRMED,
    ATTENDED,
    EXCUSED
}
