package vn.danvan.meeting.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import vn.danvan.meeting.MeetingKind;

/** The rules a meeting and its proposals keep, without Spring. */
class MeetingRulesTests {

    static final Instant NOW = Instant.parse("2026-11-29T03:00:00Z");

    static Meeting meeting() {
        return new Meeting(
                MeetingKind.SEMINAR,
                "Tọa đàm thử",
                null,
                LocalDateTime.of(2026, 12, 1, 8, 0),
                LocalDateTime.of(2026, 12, 1, 11, 0),
                "Hội trường",
                new Meeting.Organiser(UUID.randomUUID(), "Ban Dân vận Tỉnh ủy Hưng Yên", "BDVTU", "33", "33"),
                null,
                "Trưởng Ban",
                List.of("Khai mạc", "Thảo luận"),
                false,
                NOW);
    }

    static Proposal proposalOf(Meeting m) {
        m.recordContribution(
                null,
                "Chuyên viên",
                null,
                2,
                null,
                List.of(new Meeting.ProposalDraft("UBND tỉnh", "Công khai phương án bồi thường")),
                NOW);
        return m.proposals().get(m.proposals().size() - 1);
    }

    @Test
    void refusesAMeetingThatEndsBeforeItStarts() {
        assertThatThrownBy(() -> new Meeting(
                        MeetingKind.CONFERENCE,
                        "Hội nghị",
                        null,
                        LocalDateTime.of(2026, 12, 1, 11, 0),
                        LocalDateTime.of(2026, 12, 1, 8, 0),
                        "Hội trường",
                        new Meeting.Organiser(UUID.randomUUID(), "Ban", null, "33", "33"),
                        null,
                        "Chủ trì",
                        List.of(),
                        false,
                        NOW))
                .isInstanceOf(MeetingRuleViolation.class)
                .hasMessage("meeting.error.endsBeforeStart");
    }

    @Test
    void declineWithoutAReasonChangesNothing() {
        Proposal p = proposalOf(meeting());

        assertThatThrownBy(() -> p.decline("  ", "chuyenvien", NOW))
                .isInstanceOf(MeetingRuleViolation.class)
                .hasMessage("meeting.error.declineNeedsReason");
        assertThat(p.decision()).isEqualTo(Decision.PENDING);
        assertThat(p.reason()).isNull();
    }

    @Test
    void declineKeepsTheReasonAndAcceptClearsIt() {
        Proposal p = proposalOf(meeting());

        p.decline("Trùng với nhiệm vụ đã giao", "chuyenvien", NOW);
        assertThat(p.decision()).isEqualTo(Decision.DECLINED);
        assertThat(p.reason()).isEqualTo("Trùng với nhiệm vụ đã giao");

        p.accept("lanhdao", NOW);
        assertThat(p.decision()).isEqualTo(Decision.ACCEPTED);
        assertThat(p.reason()).isNull();
    }

    @Test
    void onlyAnAcceptedProposalBecomesATaskAndOnlyOnce() {
        Proposal p = proposalOf(meeting());
        UUID task = UUID.randomUUID();

        assertThatThrownBy(() -> p.becameTask(task)).hasMessage("meeting.error.proposalNotAccepted");
        p.accept("lanhdao", NOW);
        p.becameTask(task);
        assertThat(p.taskId()).isEqualTo(task);
        assertThatThrownBy(() -> p.becameTask(UUID.randomUUID())).hasMessage("meeting.error.proposalAlreadyATask");
        assertThatThrownBy(() -> p.decline("đổi ý", "lanhdao", NOW)).hasMessage("meeting.error.proposalAlreadyATask");
    }

    @Test
    void aContributionMustNameAnExistingAgendaItemAndSaySomething() {
        Meeting m = meeting();

        assertThatThrownBy(() -> m.recordContribution(null, "Chuyên viên", null, 3, "Khó khăn", List.of(), NOW))
                .hasMessage("meeting.error.unknownAgendaItem");
        assertThatThrownBy(() -> m.recordContribution(null, "Chuyên viên", null, 1, " ", List.of(), NOW))
                .hasMessage("meeting.error.emptyContribution");
        assertThat(m.contributions()).isEmpty();
    }

    @Test
    void conclusionsAreFrozenOnceTheNoticeIsIssued() {
        Meeting m = meeting();
        assertThatThrownBy(m::checkCanIssueNotice).hasMessage("meeting.error.noConclusions");

        m.writeConclusions(List.of("Kết luận một", "", "Kết luận hai"), NOW);
        m.issueNotice("3-TB/BDVTU", LocalDate.of(2026, 12, 2), NOW);

        assertThat(m.conclusions()).containsExactly("Kết luận một", "Kết luận hai");
        assertThatThrownBy(() -> m.writeConclusions(List.of("Khác"), NOW))
                .hasMessage("meeting.error.noticeAlreadyIssued");
        assertThatThrownBy(() -> m.issueNotice("4-TB/BDVTU", LocalDate.of(2026, 12, 3), NOW))
                .hasMessage("meeting.error.noticeAlreadyIssued");
        assertThat(m.noticeNumber()).isEqualTo("3-TB/BDVTU");
    }

    @Test
    void refusesTheSameAddressTwiceAndCountsAttendance() {
        Meeting m = meeting();
        Invitee a = m.invite("Nguyễn Văn A", null, null, "a@example.org", NOW);

        assertThatThrownBy(() -> m.invite("Người khác", null, null, "A@example.org", NOW))
                .hasMessage("meeting.error.alreadyInvited");
        m.recordAttendance(a.id(), Attendance.ATTENDED, NOW);
        assertThat(m.invitees()).extracting(Invitee::attendance).containsExactly(Attendance.ATTENDED);
    }

    @Test
    void aCovenantNeedsTwoParties() {
        Meeting m = meeting();

        assertThatThrownBy(() -> m.recordCovenantSigning(
                        "Giao ước", List.of(new CovenantSigning.Party(UUID.randomUUID(), "Ban A")), NOW))
                .hasMessage("meeting.error.covenantNeedsTwoParties");
        assertThat(m.covenantSignings()).isEmpty();
    }

    @Test
    void conclusionNoticeNamesTheBodiesFromTheOrganiser() {
        ConclusionNotice.Bodies b = ConclusionNotice.bodies("Ban Dân vận Tỉnh ủy Hưng Yên", "x");
        assertThat(b).isEqualTo(new ConclusionNotice.Bodies("TỈNH ỦY HƯNG YÊN", "BAN DÂN VẬN", "Hưng Yên"));
        ConclusionNotice.Bodies ward =
                ConclusionNotice.bodies("Ban Tuyên giáo và Dân vận Đảng ủy phường Phố Hiến", "x");
        assertThat(ward.parent()).isEqualTo("ĐẢNG ỦY PHƯỜNG PHỐ HIẾN");
        assertThat(ward.issuing()).isEqualTo("BAN TUYÊN GIÁO VÀ DÂN VẬN");
        assertThat(ConclusionNotice.signerTitle("Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy"))
                .isEqualTo("Trưởng Ban Dân vận Tỉnh ủy");
    }
}
