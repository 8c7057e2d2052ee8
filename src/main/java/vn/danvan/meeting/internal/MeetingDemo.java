package vn.danvan.meeting.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import vn.danvan.audit.AuditEvent;
import vn.danvan.audit.AuditTrail;
import vn.danvan.directive.DirectiveApi;
import vn.danvan.directive.NewTask;
import vn.danvan.directive.PlanView;
import vn.danvan.directive.TaskOrigin;
import vn.danvan.meeting.MeetingKind;
import vn.danvan.meeting.MeetingPermissions;
import vn.danvan.officialdoc.DocumentNumbers;
import vn.danvan.officialdoc.OfficialDocument;
import vn.danvan.organisation.DemoMode;
import vn.danvan.organisation.OrgUnitKind;
import vn.danvan.organisation.OrgUnitView;
import vn.danvan.organisation.Organisations;
import vn.danvan.organisation.Role;
import vn.danvan.shared.security.CurrentUser;
import vn.danvan.shared.security.Scope;

/**
 * Demo meetings, loaded once in demo mode after the demo province (+0) and the directive module's demo (+10):
 *
 * <ul>
 *   <li>the seminar of 8/3/2023 as the seed article reports it: organised by the Ban Dân vận Tỉnh ủy of the old
 *       Hưng Yên, chaired and addressed by the positions the article names, the topics it lists raised as
 *       proposals, the conclusion it reports, and the district boards signing emulation covenants with the
 *       provincial board. The real people are recorded by position only and nothing is put in their mouths beyond
 *       the article; every further contribution belongs to a fictional cadre marked "Dữ liệu minh họa";
 *   <li>a current (2026) conference of today's provincial board with Phường Phố Hiến.
 * </ul>
 *
 * Accepted proposals become tasks of the directive module's plan for Directive 29-CT/TU when there is one;
 * otherwise they stay accepted and pending a task.
 */
@Component
@Order(DemoMode.DEMO_PROVINCE_ORDER + 20)
class MeetingDemo implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(MeetingDemo.class);

    static final String SEMINAR_TITLE = "Tọa đàm thực hiện Chỉ thị số 29-CT/TU ngày 22/9/2022 của Ban Thường vụ"
            + " Tỉnh ủy về tăng cường sự lãnh đạo của Đảng đối với công tác dân vận trong tình hình mới";
    static final String CURRENT_TITLE = "Hội nghị giao ban công tác dân vận quý IV năm 2026";
    static final String DEMO = " (Dữ liệu minh họa)";

    private final DemoMode demo;
    private final MeetingRepository meetings;
    private final Organisations organisations;
    private final ObjectProvider<DirectiveApi> directive;
    private final ObjectProvider<DocumentNumbers> numbers;
    private final AuditTrail audit;
    private final Clock clock;
    private final TransactionTemplate transaction;

    MeetingDemo(
            DemoMode demo,
            MeetingRepository meetings,
            Organisations organisations,
            ObjectProvider<DirectiveApi> directive,
            ObjectProvider<DocumentNumbers> numbers,
            AuditTrail audit,
            Clock clock,
            PlatformTransactionManager transactions) {
        this.demo = demo;
        this.meetings = meetings;
        this.organisations = organisations;
        this.directive = directive;
        this.numbers = numbers;
        this.audit = audit;
        this.clock = clock;
        this.transaction = new TransactionTemplate(transactions);
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!demo.enabled()) {
            return;
        }
        var previous = SecurityContextHolder.getContext();
        try {
            Set<String> permissions = new HashSet<>(Role.SYSTEM_ADMIN.permissions());
            permissions.add(MeetingPermissions.READ);
            permissions.add(MeetingPermissions.MANAGE);
            CurrentUser system = new CurrentUser(
                    UUID.fromString("00000000-0000-0000-0000-000000000000"),
                    "system",
                    "system",
                    null,
                    permissions,
                    Scope.everything(),
                    true,
                    false,
                    false);
            SecurityContextHolder.setContext(SecurityContextHolder.createEmptyContext());
            SecurityContextHolder.getContext()
                    .setAuthentication(
                            UsernamePasswordAuthenticationToken.authenticated(system, null, system.getAuthorities()));
            if (!meetings.existsByDemoTrueAndTitle(SEMINAR_TITLE)) {
                transaction.executeWithoutResult(s -> seminar());
            }
            if (!meetings.existsByDemoTrueAndTitle(CURRENT_TITLE)) {
                transaction.executeWithoutResult(s -> current());
            }
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }

    /** The seminar of 8/3/2023 (baohungyen.vn, 13/3/2023). */
    private void seminar() {
        Optional<OrgUnitView> board = oldProvincialBoard();
        if (board.isEmpty()) {
            log.warn("Demo seminar of 8/3/2023 not loaded: the old provincial board is missing");
            return;
        }
        OrgUnitView oldBoard = board.get();
        List<OrgUnitView> districtBoards = districtBoardsOf(oldBoard.id());
        LocalDateTime start = LocalDateTime.of(2023, 3, 8, 8, 0);
        Meeting m = new Meeting(
                MeetingKind.SEMINAR,
                SEMINAR_TITLE,
                "Đánh giá gần 6 tháng thực hiện Chỉ thị số 29-CT/TU; làm rõ nguyên nhân của kết quả đạt được và những"
                        + " tồn tại, khó khăn trong thực hiện công tác dân vận, nhất là trong các lĩnh vực liên quan trực"
                        + " tiếp đến Nhân dân; đề xuất giải pháp; ký giao ước thi đua về tuyên truyền, vận động Nhân dân"
                        + " tham gia giải phóng mặt bằng, triển khai các dự án trọng điểm trên địa bàn tỉnh.",
                start,
                start.withHour(11).withMinute(30),
                "Tỉnh ủy Hưng Yên (giờ, địa điểm minh họa)",
                new Meeting.Organiser(
                        oldBoard.id(),
                        "Ban Dân vận Tỉnh ủy Hưng Yên",
                        "BDVTU",
                        oldBoard.path(),
                        MeetingService.provinceOf(oldBoard.path())),
                null,
                "Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh",
                List.of(
                        "Đánh giá gần 6 tháng thực hiện Chỉ thị số 29-CT/TU",
                        "Ý kiến của các đại biểu: nguyên nhân của kết quả, tồn tại, khó khăn và giải pháp",
                        "Phát biểu chỉ đạo của đồng chí Phó Bí thư Thường trực Tỉnh ủy, Chủ tịch HĐND tỉnh",
                        "Ký giao ước thi đua về tuyên truyền, vận động Nhân dân tham gia giải phóng mặt bằng",
                        "Kết luận tọa đàm"),
                true,
                LocalDateTime.of(2023, 3, 1, 8, 0).atZone(Invitation.VIETNAM).toInstant());
        var at = start.atZone(Invitation.VIETNAM).toInstant();
        m.invite("Phó Bí thư Thường trực Tỉnh ủy, Chủ tịch HĐND tỉnh", null, null, null, at);
        for (OrgUnitView d : districtBoards) {
            m.invite(d.name(), d.id(), d.name(), null, at);
        }
        m.invitees().forEach(i -> m.recordAttendance(i.id(), Attendance.ATTENDED, at));

        // What the article reports of the standing deputy secretary's direction: position only, no invented words.
        m.recordContribution(
                null,
                "Phó Bí thư Thường trực Tỉnh ủy, Chủ tịch HĐND tỉnh",
                "Tỉnh ủy Hưng Yên",
                3,
                "Phát biểu chỉ đạo (theo bài báo): hệ thống dân vận tiếp tục đẩy mạnh tuyên truyền, vận động; đổi mới"
                        + " nội dung, phương thức công tác dân vận; tăng cường dân vận chính quyền trong cải cách thủ"
                        + " tục hành chính; thực hiện có hiệu quả Quy chế dân chủ ở cơ sở; xây dựng, phát triển các mô"
                        + " hình, điển hình \"Dân vận khéo\"; nắm chắc tình hình Nhân dân.",
                List.of(),
                at);

        // The topics the article lists, raised by fictional cadres of the district boards.
        String districtA = districtBoards.isEmpty()
                ? "Ban Dân vận Huyện ủy"
                : districtBoards.get(0).name();
        String districtB =
                districtBoards.size() < 2 ? districtA : districtBoards.get(1).name();
        String districtC =
                districtBoards.size() < 3 ? districtA : districtBoards.get(2).name();
        m.recordContribution(
                "Nguyễn Văn Khải" + DEMO,
                "Trưởng Ban Dân vận Huyện ủy",
                districtA,
                2,
                "Còn bất cập, khó khăn, vướng mắc ở cơ sở trong công tác giải phóng mặt bằng, bồi thường, tái định cư"
                        + " đối với các dự án trọng điểm." + DEMO,
                List.of(
                        new Meeting.ProposalDraft(
                                "Ủy ban nhân dân tỉnh",
                                "Tăng cường tuyên truyền, vận động nhân dân bàn giao mặt bằng cho các dự án trọng điểm,"
                                        + " công khai phương án bồi thường, tái định cư"),
                        new Meeting.ProposalDraft(
                                "Ban Dân vận Tỉnh ủy",
                                "Thành lập thêm một ban chỉ đạo công tác dân vận riêng ở mỗi thôn")),
                at);
        m.recordContribution(
                "Trần Thị Thu" + DEMO,
                "Phó Trưởng Ban Dân vận Huyện ủy",
                districtB,
                2,
                "Người dân còn băn khoăn về giá bồi thường và nơi tái định cư." + DEMO,
                List.of(
                        new Meeting.ProposalDraft(
                                "Ban Dân vận các huyện",
                                "Đẩy mạnh tuyên truyền, vận động người dân bàn giao mặt bằng các dự án trọng điểm"),
                        new Meeting.ProposalDraft(
                                "Ủy ban nhân dân cấp xã",
                                "Nâng cao vai trò dân vận chính quyền cấp xã trong bảo vệ môi trường, cảnh quan khu dân"
                                        + " cư nông thôn mới kiểu mẫu")),
                at);
        m.recordContribution(
                "Lê Văn Bình" + DEMO,
                "Chuyên viên Ban Dân vận Huyện ủy",
                districtC,
                2,
                "Hòa giải ở cơ sở, thực hiện Quy chế dân chủ, giám sát và giải quyết khiếu nại còn lúng túng." + DEMO,
                List.of(
                        new Meeting.ProposalDraft(
                                "Ủy ban MTTQ các cấp",
                                "Phát huy vai trò của công tác dân vận trong hòa giải ở cơ sở, tạo sự đồng thuận của"
                                        + " người dân"),
                        new Meeting.ProposalDraft(
                                "Cấp ủy cơ sở",
                                "Nâng cao vai trò, trách nhiệm của cấp ủy và hệ thống chính trị trong thực hiện Quy"
                                        + " chế dân chủ ở cơ sở"),
                        new Meeting.ProposalDraft(
                                "Ủy ban MTTQ và các đoàn thể",
                                "Nâng cao chất lượng giám sát, phản biện xã hội; giải quyết kịp thời khiếu nại, tố cáo,"
                                        + " kiến nghị của Nhân dân")),
                at);
        List<Proposal> p = m.proposals();
        var decided =
                LocalDateTime.of(2023, 3, 10, 9, 0).atZone(Invitation.VIETNAM).toInstant();
        p.get(0).accept("system", decided);
        p.get(1).decline("Ở thôn đã có Ban công tác Mặt trận; không thành lập thêm tổ chức." + DEMO, "system", decided);
        p.get(2).accept("system", decided);
        p.get(3).accept("system", decided);
        p.get(4).accept("system", decided);

        // The conclusion the article reports.
        m.writeConclusions(
                List.of(
                        "Kinh nghiệm trong việc thực hiện hiệu quả công tác dân vận của các đơn vị, địa phương thời gian"
                                + " qua cũng như những giải pháp được đề xuất tại hội nghị tọa đàm sẽ được Ban Dân vận"
                                + " Tỉnh ủy tổng hợp để lãnh đạo, chỉ đạo triển khai công tác dân vận phù hợp, sát tình"
                                + " hình thực tế hơn trong thời gian tới.",
                        "Góp phần thực hiện thắng lợi các mục tiêu phát triển kinh tế - xã hội của tỉnh."),
                decided);
        List<CovenantSigning.Party> parties = new ArrayList<>();
        parties.add(new CovenantSigning.Party(oldBoard.id(), "Ban Dân vận Tỉnh ủy Hưng Yên"));
        districtBoards.forEach(d -> parties.add(new CovenantSigning.Party(d.id(), d.name())));
        if (parties.size() >= 2) {
            m.recordCovenantSigning(
                    "Giao ước thi đua về tuyên truyền, vận động Nhân dân tham gia giải phóng mặt bằng, triển khai các"
                            + " dự án trọng điểm trên địa bàn tỉnh",
                    parties,
                    at);
        }
        meetings.save(m);
        meetings.flush();

        Optional<PlanView> plan = plan("29-CT/TU");
        if (plan.isPresent()) {
            task(
                    m,
                    plan.get(),
                    List.of(p.get(0), p.get(2)),
                    "Tuyên truyền, vận động Nhân dân bàn giao mặt bằng các" + " dự án trọng điểm",
                    oldBoard.id(),
                    LocalDate.of(2023, 3, 15),
                    LocalDate.of(2023, 9, 30));
            task(
                    m,
                    plan.get(),
                    List.of(p.get(3)),
                    "Dân vận chính quyền cấp xã trong bảo vệ môi trường khu dân cư" + " nông thôn mới kiểu mẫu",
                    oldBoard.id(),
                    LocalDate.of(2023, 3, 15),
                    LocalDate.of(2023, 12, 31));
        }
        DocumentNumbers numbering = numbers.getIfAvailable();
        if (numbering != null) {
            int n = numbering.next(oldBoard.id(), 2023, ConclusionNotice.TYPE_CODE);
            m.issueNotice(
                    numbering.format(OfficialDocument.DocumentFamily.PARTY, n, ConclusionNotice.TYPE_CODE, "BDVTU"),
                    LocalDate.of(2023, 3, 10),
                    decided);
        }
        audit.record(AuditEvent.of("meeting.demo.loaded", "meeting", m.id(), Map.of("title", m.title())));
    }

    /** A current conference of today's provincial board with Phường Phố Hiến. */
    private void current() {
        Optional<OrgUnitView> board = organisations.ofKindBelow(OrgUnitKind.MASS_MOBILIZATION_BOARD, "33").stream()
                .filter(o -> o.adminUnitId().equals("33"))
                .findFirst();
        if (board.isEmpty()) {
            log.warn("Demo meeting of 2026 not loaded: the provincial board is missing");
            return;
        }
        OrgUnitView b = board.get();
        LocalDateTime start = LocalDateTime.of(2026, 12, 15, 8, 0);
        var now = clock.instant();
        Meeting m = new Meeting(
                MeetingKind.CONFERENCE,
                CURRENT_TITLE,
                "Đánh giá công tác dân vận quý IV năm 2026, triển khai nhiệm vụ năm 2027." + DEMO,
                start,
                start.withHour(11),
                "Hội trường Tỉnh ủy Hưng Yên",
                new Meeting.Organiser(
                        b.id(), b.name(), b.abbreviation(), b.path(), MeetingService.provinceOf(b.path())),
                "Trần Thị Minh Hằng",
                "Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy",
                List.of(
                        "Báo cáo kết quả công tác dân vận quý IV năm 2026",
                        "Ý kiến của các đơn vị",
                        "Kết luận hội nghị"),
                true,
                now);
        List<OrgUnitView> phoHien = new ArrayList<>();
        phoHien.addAll(organisations.ofKindBelow(OrgUnitKind.PARTY_COMMITTEE, "33/11953"));
        phoHien.addAll(organisations.ofKindBelow(OrgUnitKind.FATHERLAND_FRONT, "33/11953"));
        int n = 0;
        for (OrgUnitView o : phoHien) {
            m.invite(o.name(), o.id(), o.name(), "phohien" + (++n) + "@example.org", now);
        }
        @Nullable UUID lead = phoHien.isEmpty() ? null : phoHien.get(0).id();
        m.recordContribution(
                "Phạm Thị Lan" + DEMO,
                "Chuyên viên dân vận",
                "Phường Phố Hiến",
                2,
                "Việc lấy ý kiến Nhân dân về chỉnh trang đô thị còn hình thức ở một số tổ dân phố." + DEMO,
                List.of(
                        new Meeting.ProposalDraft(
                                "Ban Tuyên giáo và Dân vận Tỉnh ủy",
                                "Hướng dẫn quy trình lấy ý kiến Nhân dân về chỉnh trang đô thị ở tổ dân phố"),
                        new Meeting.ProposalDraft(
                                "Ủy ban nhân dân phường",
                                "Công khai kết quả tiếp thu ý kiến Nhân dân tại nhà văn hóa tổ dân phố")),
                now);
        Proposal accepted = m.proposals().get(0);
        accepted.accept("system", now);
        meetings.save(m);
        meetings.flush();
        Optional<PlanView> plan = plan("29-CT/TU");
        if (plan.isPresent() && lead != null) {
            task(
                    m,
                    plan.get(),
                    List.of(accepted),
                    "Hướng dẫn lấy ý kiến Nhân dân về chỉnh trang đô thị",
                    lead,
                    LocalDate.of(2027, 1, 5),
                    LocalDate.of(2027, 3, 31));
        }
        audit.record(AuditEvent.of("meeting.demo.loaded", "meeting", m.id(), Map.of("title", m.title())));
    }

    private Optional<PlanView> plan(String documentNumber) {
        DirectiveApi api = directive.getIfAvailable();
        if (api == null) {
            return Optional.empty();
        }
        return api.plansOpenForTasks().stream()
                .filter(p -> p.documentNumber().contains(documentNumber))
                .findFirst();
    }

    /** Turns proposals into a task; a plan that refuses (its own rules) leaves them accepted and pending. */
    private void task(
            Meeting m,
            PlanView plan,
            List<Proposal> proposals,
            String title,
            UUID lead,
            LocalDate start,
            LocalDate end) {
        DirectiveApi api = directive.getObject();
        try {
            UUID taskId = api.addTask(new NewTask(
                    plan.id(),
                    title,
                    String.join("\n", proposals.stream().map(Proposal::content).toList()),
                    lead,
                    List.of(),
                    start,
                    end,
                    null,
                    new TaskOrigin("meeting", "proposal", proposals.get(0).id(), m.id(), m.title())));
            // Adding the task may have cleared the persistence context: mark the proposals on a fresh copy.
            Set<UUID> ids = new HashSet<>(proposals.stream().map(Proposal::id).toList());
            Meeting fresh = meetings.findById(m.id()).orElseThrow();
            fresh.proposals().stream().filter(p -> ids.contains(p.id())).forEach(p -> p.becameTask(taskId));
            meetings.saveAndFlush(fresh);
        } catch (RuntimeException e) {
            log.warn("Demo task from meeting proposals not created: {}", e.getMessage());
        }
    }

    /** The Ban Dân vận Tỉnh ủy of the old province (admin unit "old-33"), dissolved in 2025. */
    private Optional<OrgUnitView> oldProvincialBoard() {
        return organisations.ofAdminUnit("old-33", true).stream()
                .filter(o -> o.kind() == OrgUnitKind.MASS_MOBILIZATION_BOARD)
                .findFirst();
    }

    private List<OrgUnitView> districtBoardsOf(UUID provincialBoard) {
        return organisations.children(provincialBoard, true).stream()
                .filter(o -> o.kind() == OrgUnitKind.MASS_MOBILIZATION_BOARD)
                .limit(12)
                .toList();
    }
}
