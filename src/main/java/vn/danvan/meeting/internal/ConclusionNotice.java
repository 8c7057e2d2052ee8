package vn.danvan.meeting.internal;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import vn.danvan.meeting.MeetingKind;
import vn.danvan.officialdoc.OfficialDocument;
import vn.danvan.officialdoc.OfficialDocument.DocumentFamily;

/**
 * Thông báo kết luận: the notice of a meeting's conclusions, in the Party format (Hướng dẫn 36-HD/VPTW), listing the
 * conclusions in order and the tasks assigned from the meeting's proposals (task, lead unit, deadline). The fixed
 * phrases are those of the official document and stay in Vietnamese whatever the user's language.
 */
final class ConclusionNotice {

    static final String TYPE_CODE = "TB";
    static final String TYPE = "THÔNG BÁO KẾT LUẬN";

    private static final Locale VIETNAMESE = Locale.forLanguageTag("vi-VN");
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    /** "Ban Dân vận Tỉnh ủy Hưng Yên" → issuing body "Ban Dân vận", parent "Tỉnh ủy Hưng Yên", place "Hưng Yên". */
    private static final Pattern BOARD_OF_COMMITTEE = Pattern.compile(
            "^(.+?) ((?:Tỉnh|Huyện|Thành|Thị|Đảng) ủy(?: (?:xã|phường|thị trấn|tỉnh|thành phố))?) (.+)$");

    private ConclusionNotice() {}

    /** A task assigned from the meeting, as the notice's table shows it. */
    record TaskRow(String title, String leadUnit, @Nullable LocalDate deadline) {}

    /** The parent body, issuing body and place name, worked out from the organiser's name at the time. */
    record Bodies(String parent, String issuing, String place) {}

    static Bodies bodies(String organiserName, String fallbackPlace) {
        Matcher m = BOARD_OF_COMMITTEE.matcher(organiserName.strip());
        if (m.matches()) {
            return new Bodies(upper(m.group(2) + " " + m.group(3)), upper(m.group(1)), m.group(3));
        }
        return new Bodies("", upper(organiserName), fallbackPlace);
    }

    static OfficialDocument document(Meeting meeting, String number, LocalDate issuedOn, List<TaskRow> tasks) {
        Bodies bodies = bodies(meeting.organiserName(), meeting.place());
        String kind = kindWord(meeting.kind());
        List<OfficialDocument.Section> body = new ArrayList<>();
        StringBuilder opening = new StringBuilder()
                .append("Ngày ")
                .append(DATE.format(meeting.startsAt()))
                .append(", ")
                .append(meeting.organiserName())
                .append(" tổ chức ")
                .append(kind)
                .append(" ")
                .append(meeting.title())
                .append(" tại ")
                .append(meeting.place())
                .append(". Chủ trì: ")
                .append(meeting.chairName() == null ? "" : meeting.chairName() + ", ")
                .append(meeting.chairPosition())
                .append(".");
        body.add(new OfficialDocument.Section(
                null,
                List.of(opening.toString(), "Sau khi nghe các ý kiến phát biểu, đồng chí chủ trì kết luận như sau:"),
                List.of(),
                null));
        List<String> numbered = new ArrayList<>();
        List<String> conclusions = meeting.conclusions();
        for (int i = 0; i < conclusions.size(); i++) {
            numbered.add((i + 1) + ". " + conclusions.get(i));
        }
        body.add(new OfficialDocument.Section("I. KẾT LUẬN", numbered, List.of(), null));
        if (!tasks.isEmpty()) {
            List<List<String>> rows = new ArrayList<>();
            for (int i = 0; i < tasks.size(); i++) {
                TaskRow t = tasks.get(i);
                rows.add(List.of(
                        Integer.toString(i + 1),
                        t.title(),
                        t.leadUnit(),
                        t.deadline() == null ? "" : DATE.format(t.deadline())));
            }
            body.add(new OfficialDocument.Section(
                    "II. NHIỆM VỤ ĐƯỢC GIAO",
                    List.of("Giao các cơ quan, đơn vị thực hiện các nhiệm vụ sau:"),
                    List.of(),
                    new OfficialDocument.Table(List.of("STT", "Nhiệm vụ", "Đơn vị chủ trì", "Thời hạn"), rows)));
        }
        Set<String> recipients = new LinkedHashSet<>();
        for (Invitee i : meeting.invitees()) {
            recipients.add(i.orgName() != null ? i.orgName() : i.name());
        }
        return new OfficialDocument(
                DocumentFamily.PARTY,
                bodies.parent(),
                bodies.issuing(),
                number,
                bodies.place(),
                issuedOn,
                TYPE,
                "Kết luận của đồng chí chủ trì tại " + kind + " " + meeting.title(),
                List.of(),
                body,
                new OfficialDocument.Signature(null, upper(signerTitle(meeting.chairPosition())), signer(meeting)),
                List.copyOf(recipients),
                meeting.organiserAbbreviation() == null ? "VT" : meeting.organiserAbbreviation());
    }

    /** The part of the chair's position that signs: "Trưởng Ban Dân vận Tỉnh ủy" out of a list of positions. */
    static String signerTitle(String chairPosition) {
        for (String part : chairPosition.split(",")) {
            String p = part.strip();
            if (p.startsWith("Trưởng") || p.startsWith("Phó Trưởng")) {
                return p;
            }
        }
        return chairPosition.split(",")[0].strip();
    }

    private static String signer(Meeting meeting) {
        return meeting.chairName() == null ? "" : meeting.chairName();
    }

    static String kindWord(MeetingKind kind) {
        return switch (kind) {
            case CONFERENCE -> "hội nghị";
            case WORKSHOP -> "hội thảo";
            case SEMINAR -> "tọa đàm";
        };
    }

    private static String upper(String s) {
        return s.toUpperCase(VIETNAMESE);
    }
}
