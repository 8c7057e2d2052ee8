package vn.danvan.directive.internal;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import vn.danvan.officialdoc.OfficialDocument.DocumentFamily;
import vn.danvan.organisation.DemoMode;
import vn.danvan.organisation.OrgUnitKind;
import vn.danvan.organisation.OrgUnitView;
import vn.danvan.organisation.Organisations;
import vn.danvan.organisation.Role;
import vn.danvan.shared.security.CurrentUser;
import vn.danvan.shared.security.Scope;

/**
 * Demo data, loaded once in demo mode after the demo province: the seed's Directive 29-CT/TU (22/9/2022) of the
 * Hưng Yên provincial Party Standing Committee with a plan of the old provincial board and tasks for the old district
 * boards, progress through early 2023; and a current example in today's two-level Hưng Yên with tasks for communes'
 * Party committees (Phường Phố Hiến among them) whose deadlines lie around today, so every status shows. The
 * document number and date are the seed's; plans, tasks and progress narratives are invented and marked as demo.
 */
@Component
@Order(DemoMode.DEMO_PROVINCE_ORDER + 10)
class DirectiveDemo implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DirectiveDemo.class);

    static final String DIRECTIVE_NUMBER = "29-CT/TU";
    static final String CLEARANCE_DIRECTIVE_NUMBER = "15-CT/TU";
    static final String CURRENT_PLAN_NUMBER = "05-KH/BTGDVTU";
    static final String PHO_HIEN_PATH = "33/11953";
    static final String NOTE = "Dữ liệu minh họa: kế hoạch, nhiệm vụ và báo cáo tiến độ là giả định.";

    private final DemoMode demo;
    private final DocumentService documents;
    private final DocumentRepository repository;
    private final TaskService tasks;
    private final ReviewService reviews;
    private final Organisations organisations;
    private final TransactionTemplate transactions;
    private final Clock clock;

    DirectiveDemo(
            DemoMode demo,
            DocumentService documents,
            DocumentRepository repository,
            TaskService tasks,
            ReviewService reviews,
            Organisations organisations,
            TransactionTemplate transactions,
            Clock clock) {
        this.demo = demo;
        this.documents = documents;
        this.repository = repository;
        this.tasks = tasks;
        this.reviews = reviews;
        this.organisations = organisations;
        this.transactions = transactions;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!demo.enabled() || repository.existsByNumberAndDemoTrue(DIRECTIVE_NUMBER)) {
            return;
        }
        var previous = SecurityContextHolder.getContext();
        try {
            SecurityContextHolder.setContext(SecurityContextHolder.createEmptyContext());
            CurrentUser system = new CurrentUser(
                    UUID.fromString("00000000-0000-0000-0000-000000000000"),
                    "system",
                    "Trần Thị Minh Hằng",
                    null,
                    Set.copyOf(Role.SYSTEM_ADMIN.permissions()),
                    Scope.everything(),
                    true,
                    false,
                    false);
            SecurityContextHolder.getContext()
                    .setAuthentication(
                            UsernamePasswordAuthenticationToken.authenticated(system, null, system.getAuthorities()));
            transactions.executeWithoutResult(status -> {
                seminarEra();
                today();
            });
        } finally {
            SecurityContextHolder.setContext(previous);
        }
        log.info("Directive demo data loaded");
    }

    /** 2022–2023: the directive, the old provincial board's plan, tasks for the old district boards. */
    private void seminarEra() {
        UUID oldBoard = organisations.ofAdminUnit("old-33", true).stream()
                .filter(o -> o.kind() == OrgUnitKind.MASS_MOBILIZATION_BOARD)
                .map(OrgUnitView::id)
                .findFirst()
                .orElse(null);
        if (oldBoard == null) {
            return;
        }
        List<UUID> districtBoards = organisations.children(oldBoard, true).stream()
                .filter(o -> o.kind() == OrgUnitKind.MASS_MOBILIZATION_BOARD)
                .map(OrgUnitView::id)
                .toList();
        DirectiveDocument directive = documents.register(
                new DocumentForm(
                        DocumentKind.CHI_THI,
                        DocumentFamily.PARTY,
                        DIRECTIVE_NUMBER,
                        LocalDate.of(2022, 9, 22),
                        oldBoard,
                        "Ban Thường vụ Tỉnh ủy Hưng Yên",
                        "Về tăng cường sự lãnh đạo của Đảng đối với công tác dân vận trong tình hình mới",
                        "Chỉ thị của Ban Thường vụ Tỉnh ủy Hưng Yên; Ban Dân vận Tỉnh ủy sơ kết 6 tháng thực hiện tại"
                                + " hội nghị tọa đàm ngày 8/3/2023. " + NOTE,
                        List.of()),
                true);
        ImplementationPlan plan = documents.openPlan(
                directive.id(),
                new PlanForm("Kế hoạch triển khai thực hiện Chỉ thị số 29-CT/TU (minh họa)", oldBoard),
                true);
        clearanceDirective(oldBoard, districtBoards);
        int i = 0;
        for (UUID board : districtBoards) {
            Task propaganda = tasks.add(
                    plan,
                    null,
                    new Task.Terms(
                            "Quán triệt, tuyên truyền Chỉ thị số 29-CT/TU",
                            "Tổ chức quán triệt Chỉ thị đến cán bộ, đảng viên; tuyên truyền sâu rộng trong Nhân dân.",
                            LocalDate.of(2022, 10, 1),
                            LocalDate.of(2022, 12, 31),
                            "Báo cáo kết quả quán triệt",
                            null,
                            null,
                            null),
                    board,
                    List.of(),
                    null,
                    true);
            Task clearance = tasks.add(
                    plan,
                    null,
                    new Task.Terms(
                            "Vận động Nhân dân tham gia giải phóng mặt bằng các dự án trọng điểm",
                            "Phối hợp tuyên truyền, vận động hộ dân bàn giao mặt bằng đúng tiến độ.",
                            LocalDate.of(2022, 10, 1),
                            LocalDate.of(2023, 3, 31),
                            "Báo cáo kết quả vận động",
                            "Hộ dân được vận động",
                            "hộ",
                            BigDecimal.valueOf(50)),
                    board,
                    List.of(),
                    null,
                    true);
            switch (i % 3) {
                case 0 -> {
                    report(propaganda, 100, true, LocalDate.of(2022, 12, 20), null);
                    report(clearance, 100, true, LocalDate.of(2023, 3, 25), BigDecimal.valueOf(52));
                }
                case 1 -> {
                    report(propaganda, 80, false, LocalDate.of(2022, 12, 15), null);
                    report(propaganda, 100, true, LocalDate.of(2023, 1, 16), null);
                    report(clearance, 60, false, LocalDate.of(2023, 2, 28), BigDecimal.valueOf(30));
                }
                default -> {
                    report(propaganda, 100, true, LocalDate.of(2022, 11, 30), null);
                    report(clearance, 40, false, LocalDate.of(2023, 3, 1), BigDecimal.valueOf(20));
                }
            }
            i++;
        }
        Review review = reviews.open(
                directive.id(),
                new ReviewForm(
                        ReviewKind.INTERIM,
                        "Sơ kết 6 tháng thực hiện Chỉ thị số 29-CT/TU (minh họa)",
                        LocalDate.of(2022, 9, 22),
                        LocalDate.of(2023, 3, 8),
                        LocalDate.of(2023, 3, 5)),
                true);
        List<ReviewUnit> asked = reviews.units(review);
        for (ReviewUnit unit : asked.subList(0, Math.min(3, asked.size()))) {
            reviews.submit(
                    review.id(),
                    unit.id(),
                    new ReviewReportForm(
                            "Đã quán triệt Chỉ thị đến cán bộ, đảng viên (nội dung minh họa).",
                            "Công tác vận động giải phóng mặt bằng còn chậm (nội dung minh họa).",
                            null,
                            "Đề nghị tổ chức tọa đàm trao đổi kinh nghiệm (nội dung minh họa)."));
        }
    }

    /**
     * Chỉ thị 15-CT/TU (8/11/2021) on leading land clearance, also of the old province (DOMAIN §1.3), with a small
     * invented plan for three old district boards.
     */
    private void clearanceDirective(UUID oldBoard, List<UUID> districtBoards) {
        DirectiveDocument directive = documents.register(
                new DocumentForm(
                        DocumentKind.CHI_THI,
                        DocumentFamily.PARTY,
                        CLEARANCE_DIRECTIVE_NUMBER,
                        LocalDate.of(2021, 11, 8),
                        oldBoard,
                        "Ban Thường vụ Tỉnh ủy Hưng Yên",
                        "Về lãnh đạo công tác giải phóng mặt bằng (trích yếu minh họa)",
                        NOTE,
                        List.of()),
                true);
        ImplementationPlan plan = documents.openPlan(
                directive.id(), new PlanForm("Kế hoạch thực hiện Chỉ thị số 15-CT/TU (minh họa)", oldBoard), true);
        int i = 0;
        for (UUID board : districtBoards.stream().limit(3).toList()) {
            Task task = tasks.add(
                    plan,
                    null,
                    new Task.Terms(
                            "Rà soát vướng mắc giải phóng mặt bằng ở cơ sở",
                            "Tổng hợp khó khăn, vướng mắc về bồi thường, tái định cư; đề xuất giải pháp.",
                            LocalDate.of(2021, 12, 1),
                            LocalDate.of(2022, 6, 30),
                            "Báo cáo rà soát",
                            null,
                            null,
                            null),
                    board,
                    List.of(),
                    null,
                    true);
            if (i++ < 2) {
                report(task, 100, true, LocalDate.of(2022, 6, 20).plusDays(20L * i), null);
            }
        }
        Review review = reviews.open(
                directive.id(),
                new ReviewForm(
                        ReviewKind.FINAL,
                        "Tổng kết thực hiện Chỉ thị số 15-CT/TU (minh họa)",
                        LocalDate.of(2021, 11, 8),
                        LocalDate.of(2022, 6, 30),
                        LocalDate.of(2022, 7, 15)),
                true);
        List<ReviewUnit> asked = reviews.units(review);
        for (ReviewUnit unit : asked.subList(0, Math.min(2, asked.size()))) {
            reviews.submit(
                    review.id(),
                    unit.id(),
                    new ReviewReportForm(
                            "Đã rà soát các dự án trên địa bàn, tổng hợp vướng mắc (nội dung minh họa).",
                            "Một số hộ chưa đồng thuận với phương án bồi thường (nội dung minh họa).",
                            "Giá đất bồi thường chưa sát thực tế (nội dung minh họa).",
                            "Đề nghị tăng cường đối thoại với hộ dân (nội dung minh họa)."));
        }
        reviews.consolidate(review.id());
    }

    /** Today's two-level province: the current board's 2026 plan with tasks for communes' Party committees. */
    private void today() {
        LocalDate today = LocalDate.now(clock);
        OrgUnitView board = organisations.ofKindBelow(OrgUnitKind.MASS_MOBILIZATION_BOARD, "33").stream()
                .filter(o -> o.path().equals("33"))
                .findFirst()
                .orElse(null);
        if (board == null) {
            return;
        }
        List<OrgUnitView> communes = organisations.ofKindBelow(OrgUnitKind.PARTY_COMMITTEE, "33").stream()
                .filter(o -> !o.path().equals("33"))
                .toList();
        OrgUnitView phoHien = communes.stream()
                .filter(o -> o.path().equals(PHO_HIEN_PATH))
                .findFirst()
                .orElse(null);
        if (phoHien == null || communes.size() < 4) {
            return;
        }
        List<OrgUnitView> others = communes.stream()
                .filter(o -> !o.path().equals(PHO_HIEN_PATH))
                .limit(3)
                .toList();
        DirectiveDocument document = documents.register(
                new DocumentForm(
                        DocumentKind.KE_HOACH,
                        DocumentFamily.PARTY,
                        CURRENT_PLAN_NUMBER,
                        LocalDate.of(today.getYear(), 1, 15),
                        board.id(),
                        null,
                        "Kế hoạch công tác dân vận năm " + today.getYear() + " (minh họa)",
                        NOTE,
                        List.of()),
                true);
        ImplementationPlan plan = documents.openPlan(
                document.id(),
                new PlanForm("Nhiệm vụ công tác dân vận của các xã, phường năm " + today.getYear(), board.id()),
                true);
        LocalDate start = LocalDate.of(today.getYear(), 2, 1);
        Task democracy = task(
                plan,
                board.id(),
                "Tổ chức hội nghị đối thoại giữa cấp ủy, chính quyền với Nhân dân",
                start,
                today.plusDays(30),
                null);
        List<Task> dialogues = tasks.split(
                democracy.id(),
                List.of(phoHien.id(), others.get(0).id(), others.get(1).id()),
                null,
                true);
        report(dialogues.get(1), 100, true, today.minusDays(3), null);

        Task visits = task(plan, phoHien.id(), "Nắm tình hình Nhân dân khu dân cư", start, today.plusDays(7), null);
        report(visits, 40, false, today.minusDays(14), null);
        Task clearance = task(
                plan,
                phoHien.id(),
                "Vận động hộ dân bàn giao mặt bằng dự án đường vành đai",
                start,
                today.minusDays(10),
                "hộ");
        report(clearance, 70, false, today.minusDays(20), BigDecimal.valueOf(14));
        Task model = task(
                plan,
                phoHien.id(),
                "Đăng ký mô hình \"Dân vận khéo\" năm " + today.getYear(),
                start,
                today.minusDays(20),
                null);
        report(model, 100, true, today.minusDays(25), null);

        Task late = task(
                plan,
                others.get(0).id(),
                "Tổng hợp ý kiến, kiến nghị của Nhân dân quý III",
                start,
                today.minusDays(30),
                null);
        report(late, 100, true, today.minusDays(20), null);
        task(plan, others.get(0).id(), "Sơ kết mô hình dân vận khéo cấp xã", start, today.plusDays(30), null);
        task(
                plan,
                others.get(1).id(),
                "Hướng dẫn thực hiện dân chủ ở thôn, tổ dân phố",
                start,
                today.minusDays(5),
                null);
        task(plan, others.get(1).id(), "Báo cáo công tác hòa giải ở cơ sở", start, today.plusDays(3), null);
        Task mediation =
                task(plan, others.get(2).id(), "Kiện toàn tổ hòa giải ở cơ sở", start, today.plusDays(12), null);
        report(mediation, 50, false, today.minusDays(2), null);
        reviews.open(
                document.id(),
                new ReviewForm(
                        ReviewKind.INTERIM,
                        "Sơ kết công tác dân vận năm " + today.getYear() + " (minh họa)",
                        LocalDate.of(today.getYear(), 1, 1),
                        today,
                        today.plusDays(10)),
                true);
    }

    private Task task(
            ImplementationPlan plan,
            UUID lead,
            String title,
            LocalDate start,
            LocalDate deadline,
            @Nullable String unit) {
        return tasks.add(
                plan,
                null,
                new Task.Terms(
                        title,
                        title + ". " + NOTE,
                        start,
                        deadline,
                        "Báo cáo kết quả",
                        unit == null ? null : "Số hộ đã bàn giao mặt bằng",
                        unit,
                        unit == null ? null : BigDecimal.valueOf(20)),
                lead,
                List.of(),
                null,
                true);
    }

    private void report(Task task, int percent, boolean completed, LocalDate on, @Nullable BigDecimal value) {
        tasks.report(
                task.id(),
                new ProgressForm(
                        percent,
                        completed
                                ? "Đã hoàn thành nhiệm vụ (nội dung minh họa)."
                                : "Đang triển khai, đạt " + percent + "% (nội dung minh họa).",
                        value,
                        completed),
                null,
                on,
                true);
    }
}
