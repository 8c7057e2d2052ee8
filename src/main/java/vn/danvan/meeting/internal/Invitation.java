package vn.danvan.meeting.internal;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Giấy mời as an iCalendar object (RFC 5545): one VEVENT with the meeting's time in UTC, summary, place,
 * description, organiser and one ATTENDEE per invitee with an e-mail address. Lines end with CRLF and are folded
 * at 75 octets without splitting a UTF-8 character; text values escape backslash, semicolon, comma and newlines.
 */
final class Invitation {

    static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");
    static final String CRLF = "\r\n";
    static final int MAX_OCTETS = 75;

    private static final DateTimeFormatter UTC_FORMAT = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'");

    private Invitation() {}

    /** Who is invited, as far as the calendar file cares. */
    record Attendee(String name, String email, Attendance attendance) {}

    /** What the calendar file says about the meeting. */
    record Event(
            String uid,
            String summary,
            String location,
            String description,
            LocalDateTime startsAt,
            LocalDateTime endsAt,
            String organiserName,
            String organiserEmail,
            List<Attendee> attendees) {}

    static Event of(Meeting meeting, String organiserEmail) {
        List<Attendee> attendees = new ArrayList<>();
        for (Invitee i : meeting.invitees()) {
            if (i.email() != null) {
                attendees.add(new Attendee(i.name(), i.email(), i.attendance()));
            }
        }
        StringBuilder description = new StringBuilder();
        if (meeting.purpose() != null) {
            description.append(meeting.purpose());
        }
        List<String> agenda = meeting.agenda();
        for (int i = 0; i < agenda.size(); i++) {
            description
                    .append(description.isEmpty() ? "" : "\n")
                    .append(i + 1)
                    .append(". ")
                    .append(agenda.get(i));
        }
        return new Event(
                meeting.id() + "@danvan",
                meeting.title(),
                meeting.place(),
                description.toString(),
                meeting.startsAt(),
                meeting.endsAt(),
                meeting.organiserName(),
                organiserEmail,
                attendees);
    }

    /** The calendar text; {@code method} is REQUEST for an e-mailed invitation, PUBLISH for a download. */
    static String ics(Event event, Instant stamp, String method) {
        List<String> lines = new ArrayList<>();
        lines.add("BEGIN:VCALENDAR");
        lines.add("VERSION:2.0");
        lines.add("PRODID:-//DanVan//Meeting//VI");
        lines.add("CALSCALE:GREGORIAN");
        lines.add("METHOD:" + method);
        lines.add("BEGIN:VEVENT");
        lines.add("UID:" + event.uid());
        lines.add("DTSTAMP:" + UTC_FORMAT.format(stamp.atOffset(ZoneOffset.UTC)));
        lines.add("DTSTART:" + utc(event.startsAt()));
        lines.add("DTEND:" + utc(event.endsAt()));
        lines.add("SUMMARY:" + text(event.summary()));
        lines.add("LOCATION:" + text(event.location()));
        if (!event.description().isEmpty()) {
            lines.add("DESCRIPTION:" + text(event.description()));
        }
        lines.add("ORGANIZER;CN=" + param(event.organiserName()) + ":mailto:" + event.organiserEmail());
        for (Attendee a : event.attendees()) {
            lines.add("ATTENDEE;CN=" + param(a.name()) + ";ROLE=REQ-PARTICIPANT;PARTSTAT=" + partStat(a.attendance())
                    + ";RSVP=TRUE:mailto:" + a.email());
        }
        lines.add("END:VEVENT");
        lines.add("END:VCALENDAR");
        StringBuilder out = new StringBuilder();
        for (String line : lines) {
            out.append(fold(line)).append(CRLF);
        }
        return out.toString();
    }

    static String utc(LocalDateTime local) {
        return UTC_FORMAT.format(local.atZone(VIETNAM).withZoneSameInstant(ZoneOffset.UTC));
    }

    /** A TEXT value: backslash, semicolon and comma escaped, newlines as \n. */
    static String text(String value) {
        return value.replace("\\", "\\\\")
                .replace(";", "\\;")
                .replace(",", "\\,")
                .replace("\r\n", "\\n")
                .replace("\n", "\\n")
                .replace("\r", "\\n");
    }

    /** A parameter value: quoted when it holds a colon, semicolon or comma; double quotes cannot appear in it. */
    static String param(String value) {
        String clean = value.replace("\"", "'").replace("\r", " ").replace("\n", " ");
        return clean.matches(".*[:;,].*") ? "\"" + clean + "\"" : clean;
    }

    private static String partStat(@Nullable Attendance attendance) {
        if (attendance == null) {
            return "NEEDS-ACTION";
        }
        return switch (attendance) {
            case CONFIRMED, ATTENDED -> "ACCEPTED";
            case EXCUSED -> "DECLINED";
            case INVITED -> "NEEDS-ACTION";
        };
    }

    /** Folds a content line: at most 75 octets per line, continuation lines start with one space. */
    static String fold(String line) {
        StringBuilder out = new StringBuilder();
        int octets = 0;
        int limit = MAX_OCTETS;
        for (int i = 0; i < line.length(); ) {
            int cp = line.codePointAt(i);
            String ch = new String(Character.toChars(cp));
            int size = ch.getBytes(StandardCharsets.UTF_8).length;
            if (octets + size > limit) {
                out.append(CRLF).append(' ');
                octets = 1;
            }
            out.append(ch);
            octets += size;
            i += Character.charCount(cp);
        }
        return out.toString();
    }
}
