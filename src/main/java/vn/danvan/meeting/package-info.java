/**
 * Meeting: conferences, workshops and seminars (hội nghị, hội thảo, tọa đàm) with their agenda, invitees and
 * attendance, iCalendar invitations, the contributions and proposals recorded by the secretary, the board's
 * consolidation of proposals into follow-up tasks of an implementation plan (through the directive module), the
 * conclusion notice (thông báo kết luận) and the emulation covenants signed at the meeting.
 */
@ApplicationModule(
        displayName = "Meeting",
        allowedDependencies = {"shared", "organisation", "audit", "files", "officialdoc", "directive"})
@NullMarked
package vn.danvan.meeting;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
