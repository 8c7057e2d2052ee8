package vn.danvan.meeting.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

class InvitationTests {

    static final Instant STAMP = Instant.parse("2023-03-01T02:03:04Z");

    static Invitation.Event event(String summary, String description, List<Invitation.Attendee> attendees) {
        return new Invitation.Event(
                "abc@danvan",
                summary,
                "Hội trường A, tầng 2; số 1",
                description,
                LocalDateTime.of(2023, 3, 8, 8, 0),
                LocalDateTime.of(2023, 3, 8, 11, 30),
                "Ban Dân vận Tỉnh ủy Hưng Yên",
                "no-reply@danvan.local",
                attendees);
    }

    @Test
    void writesOneEventWithTimesInUtcAndCrlfLineEnds() {
        String ics = Invitation.ics(
                event(
                        "Tọa đàm",
                        "",
                        List.of(new Invitation.Attendee("Nguyễn Văn An", "an@example.org", Attendance.CONFIRMED))),
                STAMP,
                "REQUEST");

        assertThat(ics)
                .isEqualTo("BEGIN:VCALENDAR\r\n"
                        + "VERSION:2.0\r\n"
                        + "PRODID:-//DanVan//Meeting//VI\r\n"
                        + "CALSCALE:GREGORIAN\r\n"
                        + "METHOD:REQUEST\r\n"
                        + "BEGIN:VEVENT\r\n"
                        + "UID:abc@danvan\r\n"
                        + "DTSTAMP:20230301T020304Z\r\n"
                        + "DTSTART:20230308T010000Z\r\n"
                        + "DTEND:20230308T043000Z\r\n"
                        + "SUMMARY:Tọa đàm\r\n"
                        + "LOCATION:Hội trường A\\, tầng 2\\; số 1\r\n"
                        + "ORGANIZER;CN=Ban Dân vận Tỉnh ủy Hưng Yên:mailto:no-reply@danvan.l\r\n"
                        + " ocal\r\n"
                        + "ATTENDEE;CN=Nguyễn Văn An;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TR\r\n"
                        + " UE:mailto:an@example.org\r\n"
                        + "END:VEVENT\r\n"
                        + "END:VCALENDAR\r\n");
    }

    @Test
    void escapesBackslashSemicolonCommaAndNewlinesInText() {
        assertThat(Invitation.text("a\\b;c,d\ne\r\nf")).isEqualTo("a\\\\b\\;c\\,d\\ne\\nf");
    }

    @Test
    void quotesParameterValuesWithSeparators() {
        assertThat(Invitation.param("Ban A, Tỉnh ủy")).isEqualTo("\"Ban A, Tỉnh ủy\"");
        assertThat(Invitation.param("Ban \"A\"")).isEqualTo("Ban 'A'");
    }

    @Test
    void foldsLongLinesAt75OctetsWithoutSplittingAVietnameseLetter() {
        String line = "SUMMARY:" + "Tọa đàm thực hiện Chỉ thị số 29-CT/TU về tăng cường sự lãnh đạo của Đảng".repeat(3);

        String folded = Invitation.fold(line);

        String[] parts = folded.split("\r\n", -1);
        assertThat(parts.length).isGreaterThan(3);
        for (int i = 0; i < parts.length; i++) {
            assertThat(parts[i].getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(75);
            if (i > 0) {
                assertThat(parts[i]).startsWith(" ");
            }
        }
        StringBuilder unfolded = new StringBuilder(parts[0]);
        for (int i = 1; i < parts.length; i++) {
            unfolded.append(parts[i].substring(1));
        }
        assertThat(unfolded.toString()).isEqualTo(line);
    }

    @Test
    void mapsAttendanceToParticipationStatusAndSkipsInviteesWithoutAddress() {
        String ics = Invitation.ics(
                event(
                        "Hội nghị",
                        "Dòng 1\nDòng 2",
                        List.of(
                                new Invitation.Attendee("A", "a@example.org", Attendance.EXCUSED),
                                new Invitation.Attendee("B", "b@example.org", Attendance.INVITED))),
                STAMP,
                "PUBLISH");

        String unfolded = ics.replace("\r\n ", "");
        assertThat(unfolded)
                .contains("METHOD:PUBLISH\r\n")
                .contains("DESCRIPTION:Dòng 1\\nDòng 2\r\n")
                .contains("ATTENDEE;CN=A;ROLE=REQ-PARTICIPANT;PARTSTAT=DECLINED;RSVP=TRUE:mailto:a@example.org\r\n")
                .contains("PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:b@example.org\r\n");
    }
}
