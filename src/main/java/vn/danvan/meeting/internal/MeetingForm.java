package vn.danvan.meeting.internal;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import vn.danvan.meeting.MeetingKind;

/** The new-meeting form. The agenda is one item per line. */
record MeetingForm(
        @NotNull(message = "{meeting.validation.kind}") @Nullable
        MeetingKind kind,

        @NotBlank(message = "{meeting.validation.title}")
        @Size(max = 500, message = "{meeting.validation.titleLength}")
        @Nullable
        String title,

        @Size(max = 4000, message = "{meeting.validation.purposeLength}") @Nullable
        String purpose,

        @NotNull(message = "{meeting.validation.date}") @DateTimeFormat(pattern = "dd/MM/yyyy") @Nullable
        LocalDate date,

        @NotNull(message = "{meeting.validation.startTime}") @DateTimeFormat(pattern = "HH:mm") @Nullable
        LocalTime startTime,

        @NotNull(message = "{meeting.validation.endTime}") @DateTimeFormat(pattern = "HH:mm") @Nullable
        LocalTime endTime,

        @NotBlank(message = "{meeting.validation.place}")
        @Size(max = 300, message = "{meeting.validation.placeLength}")
        @Nullable
        String place,

        @NotNull(message = "{meeting.validation.organiser}") @Nullable
        UUID organiserOrgId,

        @Size(max = 200, message = "{meeting.validation.nameLength}") @Nullable
        String chairName,

        @NotBlank(message = "{meeting.validation.chairPosition}")
        @Size(max = 300, message = "{meeting.validation.positionLength}")
        @Nullable
        String chairPosition,

        @Size(max = 8000, message = "{meeting.validation.agendaLength}") @Nullable
        String agenda) {

    static MeetingForm empty() {
        return new MeetingForm(MeetingKind.CONFERENCE, null, null, null, null, null, null, null, null, null, null);
    }

    List<String> agendaItems() {
        return agenda == null
                ? List.of()
                : Arrays.stream(agenda.split("\\R"))
                        .map(String::strip)
                        .filter(s -> !s.isEmpty())
                        .toList();
    }
}
