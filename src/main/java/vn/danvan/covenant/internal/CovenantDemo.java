package vn.danvan.covenant.internal;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
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
import vn.danvan.covenant.CovenantPermissions;
import vn.danvan.meeting.CovenantSignings;
import vn.danvan.meeting.CovenantSignings.Signing;
import vn.danvan.organisation.DemoMode;
import vn.danvan.organisation.OrgUnitKind;
import vn.danvan.organisation.OrgUnitView;
import vn.danvan.organisation.Organisations;
import vn.danvan.organisation.Role;
import vn.danvan.shared.Ids;
import vn.danvan.shared.security.CurrentUser;
import vn.danvan.shared.security.Scope;

/**
 * Demo covenants, loaded once in demo mode after the meetings (+20) and land clearance (+30):
 *
 * <ul>
 *   <li>2026: today's provincial board with the Party committees of four wards and communes crossed by the demo key
 *       project, on persuading people to hand over land: three criteria measured from land clearance data, two
 *       reported; the six-month review closed with self-scores, reviewed scores and awards, the year-end open;
 *   <li>2023: the covenant the district boards signed with the old provincial board at the seminar of 8/3/2023
 *       (linked to that meeting's signing), closed after its year-end review.
 * </ul>
 *
 * A criterion whose metric is not deployed is created all the same and shows as "not available". Every figure is
 * invented and marked as demo data.
 */
@Component
@Order(DemoMode.DEMO_PROVINCE_ORDER + 40)
class CovenantDemo implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(CovenantDemo.class);

    static final String DEMO = " (Dữ liệu minh họa)";
    static final String TITLE_2026 = "Giao ước thi đua năm 2026 về tuyên truyền, vận động Nhân dân giải phóng mặt bằng"
            + " các dự án trọng điểm" + DEMO;
    static final String SIGNING_2023 =
            "Giao ước thi đua về tuyên truyền, vận động Nhân dân tham gia giải phóng mặt bằng";
    static final String PROJECT_2026 = "6b000000-0000-4000-8000-000000000001";
    static final String PROJECT_2023 = "6b000000-0000-4000-8000-000000000002";
    static final List<String> COMMUNES_2026 = List.of("11953", "11980", "11983", "11977");
    static final String REVIEWER = "Chuyên viên Ban Tuyên giáo và Dân vận Tỉnh ủy" + DEMO;

    private final DemoMode demo;
    private final CovenantRepository covenants;
    private final CovenantService covenantService;
    private final ScoringService scoring;
    private final Organisations organisations;
    private final ObjectProvider<CovenantSignings> signings;
    private final Clock clock;
    private final TransactionTemplate transaction;

    CovenantDemo(
            DemoMode demo,
            CovenantRepository covenants,
            CovenantService covenantService,
            ScoringService scoring,
            Organisations organisations,
            ObjectProvider<CovenantSignings> signings,
            Clock clock,
            PlatformTransactionManager transactions) {
        this.demo = demo;
        this.covenants = covenants;
        this.covenantService = covenantService;
        this.scoring = scoring;
        this.organisations = organisations;
        this.signings = signings;
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
            permissions.add(CovenantPermissions.READ);
            permissions.add(CovenantPermissions.MANAGE);
            permissions.add(CovenantPermissions.REPORT);
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
            if (!covenants.existsDemo(TITLE_2026)) {
                transaction.executeWithoutResult(s -> covenant2026());
            }
            Optional<Signing> signing = signing2023();
            if (signing.isPresent() && !covenants.existsDemo(signing.get().title())) {
                transaction.executeWithoutResult(s -> covenant2023(signing.get()));
            }
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }

    private void covenant2026() {
        Optional<OrgUnitView> owner = organisations.ofAdminUnit("33", false).stream()
                .filter(o -> o.kind() == OrgUnitKind.MASS_MOBILIZATION_BOARD)
                .findFirst();
        List<OrgUnitView> parties = new ArrayList<>();
        for (String commune : COMMUNES_2026) {
            organisations.ofAdminUnit(commune, false).stream()
                    .filter(o -> o.kind() == OrgUnitKind.PARTY_COMMITTEE)
                    .findFirst()
                    .ifPresent(parties::add);
        }
        if (owner.isEmpty() || parties.size() < 2) {
            log.warn(
                    "Demo covenant 2026 not loaded: the provincial board or the communes' Party committees are missing");
            return;
        }
        Covenant covenant = covenantService.create(
                new CovenantForm(
                        TITLE_2026,
                        CovenantKind.CAMPAIGN,
                        2026,
                        LocalDate.of(2026, 1, 1),
                        LocalDate.of(2026, 12, 31),
                        owner.get().id(),
                        "Các đơn vị ký giao ước thi đua đẩy mạnh tuyên truyền, vận động Nhân dân đồng thuận bàn giao"
                                + " mặt bằng cho dự án trọng điểm đi qua địa bàn; Ban Tuyên giáo và Dân vận Tỉnh ủy"
                                + " theo dõi, chấm điểm sơ kết 6 tháng và tổng kết năm." + DEMO,
                        LocalDate.of(2026, 2, 20),
                        parties.stream().map(OrgUnitView::id).toList(),
                        null,
                        false),
                true);
        List<Party> ps = covenants.parties(covenant.id());
        Criterion handover = criterion(
                covenant,
                0,
                "1",
                "Tỷ lệ hộ đã bàn giao mặt bằng dự án trọng điểm",
                "%",
                "landclearance.handover-share",
                PROJECT_2026,
                null,
                30,
                false,
                "Số hộ đã bàn giao / tổng số hộ" + " phải thu hồi đất trên địa bàn, tính đến ngày cuối kỳ");
        Criterion consent = criterion(
                covenant,
                1,
                "2",
                "Tỷ lệ hộ đồng thuận với phương án bồi thường, hỗ trợ, tái định cư",
                "%",
                "landclearance.consent-share",
                PROJECT_2026,
                null,
                10,
                false,
                "Số hộ đã đồng thuận (kể cả đã chi trả, đã bàn giao) / tổng số hộ trên địa bàn, tính đến ngày cuối kỳ");
        Criterion visits = criterion(
                covenant,
                2,
                "3",
                "Số lượt tuyên truyền, vận động hộ dân",
                "lượt",
                "landclearance.visits",
                PROJECT_2026,
                null,
                15,
                false,
                "Số lượt vận động được ghi nhận trên hệ thống");
        Criterion obstacles = criterion(
                covenant,
                3,
                "4",
                "Tỷ lệ vướng mắc được giải quyết trong 15 ngày",
                "%",
                "landclearance.obstacles-resolved-within",
                PROJECT_2026,
                15,
                15,
                false,
                "Số vướng mắc giải quyết xong trong 15 ngày / tổng số vướng mắc phát sinh");
        Criterion meetings = criterion(
                covenant,
                4,
                "5",
                "Tổ chức hội nghị, buổi tuyên truyền về chính sách bồi thường, hỗ trợ, tái định cư",
                "buổi",
                null,
                null,
                null,
                15,
                true,
                "Đơn vị tự báo cáo kèm biên bản, hình ảnh");
        Criterion models = criterion(
                covenant,
                5,
                "6",
                "Phát hiện, xây dựng mô hình Dân vận khéo trong GPMB",
                "mô hình",
                null,
                null,
                null,
                15,
                false,
                "Đơn vị tự báo cáo, có xác nhận của cấp ủy");
        int[] visitTargets = {150, 120, 120, 100};
        for (int i = 0; i < ps.size(); i++) {
            UUID party = ps.get(i).id();
            covenants.insertTarget(handover.id(), party, BigDecimal.valueOf(80));
            covenants.insertTarget(consent.id(), party, BigDecimal.valueOf(90));
            covenants.insertTarget(visits.id(), party, BigDecimal.valueOf(visitTargets[i % visitTargets.length]));
            covenants.insertTarget(obstacles.id(), party, BigDecimal.valueOf(90));
            covenants.insertTarget(meetings.id(), party, BigDecimal.valueOf(6));
            covenants.insertTarget(models.id(), party, BigDecimal.ONE);
        }
        Period half = period(covenant, "Sơ kết 6 tháng năm 2026", LocalDate.of(2026, 6, 30));
        period(covenant, "Tổng kết năm 2026", LocalDate.of(2026, 12, 31));
        covenants.setState(covenant.id(), CovenantState.ACTIVE, clock.instant());

        Instant at = LocalDate.of(2026, 7, 10)
                .atStartOfDay(java.time.ZoneId.of("Asia/Ho_Chi_Minh"))
                .toInstant();
        int[] held = {7, 5, 4, 6};
        int[] found = {1, 1, 0, 2};
        for (int i = 0; i < ps.size(); i++) {
            UUID party = ps.get(i).id();
            int h = held[i % held.length];
            int f = found[i % found.length];
            BigDecimal meetingSelf =
                    BigDecimal.valueOf(Math.min(15.0, 15.0 * h / 6)).setScale(2, java.math.RoundingMode.HALF_UP);
            covenants.saveSelf(
                    half.id(),
                    meetings.id(),
                    party,
                    BigDecimal.valueOf(h),
                    null,
                    "Biên bản " + h + " hội nghị tuyên truyền ở các thôn, tổ dân phố" + DEMO,
                    meetingSelf,
                    "Đã tổ chức " + h + " buổi" + DEMO,
                    at);
            covenants.saveSelf(
                    half.id(),
                    models.id(),
                    party,
                    BigDecimal.valueOf(f),
                    null,
                    f == 0 ? null : "Mô hình \"Tổ vận động GPMB có người uy tín\"" + DEMO,
                    f == 0 ? BigDecimal.ZERO : BigDecimal.valueOf(15),
                    null,
                    at);
            if (i == 1) {
                covenants.saveReview(
                        half.id(),
                        meetings.id(),
                        party,
                        BigDecimal.valueOf(10),
                        "Có 1 buổi chưa có biên bản kèm theo, chỉ tính 4 buổi" + DEMO,
                        REVIEWER,
                        at);
            }
            if (i == 3) {
                covenants.saveReview(
                        half.id(),
                        models.id(),
                        party,
                        BigDecimal.valueOf(12),
                        "Mô hình thứ hai chưa được cấp ủy xác nhận" + DEMO,
                        REVIEWER,
                        at);
            }
        }
        covenants.saveAward(new Award(
                half.id(),
                ps.get(0).id(),
                "Giấy khen của Ban Tuyên giáo và Dân vận Tỉnh ủy",
                "Dẫn đầu sơ kết 6 tháng" + DEMO));
        scoring.closePeriod(covenant.id(), half.id());
    }

    private Optional<Signing> signing2023() {
        CovenantSignings api = signings.getIfAvailable();
        if (api == null) {
            return Optional.empty();
        }
        return api.visible(Scope.everything()).stream()
                .filter(s -> s.title().startsWith(SIGNING_2023))
                .filter(s -> s.meetingStartsAt().getYear() == 2023)
                .findFirst();
    }

    private void covenant2023(Signing signing) {
        Optional<OrgUnitView> owner = organisations.ofAdminUnit("old-33", true).stream()
                .filter(o -> o.kind() == OrgUnitKind.MASS_MOBILIZATION_BOARD)
                .findFirst();
        if (owner.isEmpty()) {
            log.warn("Demo covenant 2023 not loaded: the old provincial board is missing");
            return;
        }
        List<UUID> parties = signing.partyOrgIds().stream()
                .filter(id -> !id.equals(owner.get().id()))
                .toList();
        if (parties.size() < 2) {
            log.warn("Demo covenant 2023 not loaded: the signing has fewer than two district boards");
            return;
        }
        Covenant covenant = covenantService.create(
                new CovenantForm(
                        signing.title(),
                        CovenantKind.CAMPAIGN,
                        2023,
                        LocalDate.of(2023, 3, 8),
                        LocalDate.of(2023, 12, 31),
                        owner.get().id(),
                        "Giao ước ký tại hội nghị tọa đàm ngày 8/3/2023; tiêu chí, chỉ tiêu, điểm và khen thưởng là"
                                + DEMO.strip() + ".",
                        signing.meetingStartsAt().toLocalDate(),
                        parties,
                        signing.id(),
                        signing.fileId() != null),
                true);
        List<Party> ps = covenants.parties(covenant.id());
        Criterion handover = criterion(
                covenant,
                0,
                "1",
                "Tỷ lệ hộ đã bàn giao mặt bằng dự án trọng điểm",
                "%",
                "landclearance.handover-share",
                PROJECT_2023,
                null,
                40,
                false,
                null);
        Criterion visits = criterion(
                covenant,
                1,
                "2",
                "Số lượt tuyên truyền, vận động hộ dân",
                "lượt",
                "landclearance.visits",
                PROJECT_2023,
                null,
                20,
                false,
                null);
        Criterion meetings = criterion(
                covenant,
                2,
                "3",
                "Tổ chức hội nghị tuyên truyền chính sách bồi thường, hỗ trợ, tái định cư",
                "buổi",
                null,
                null,
                null,
                40,
                true,
                null);
        for (Party p : ps) {
            covenants.insertTarget(handover.id(), p.id(), BigDecimal.valueOf(70));
            covenants.insertTarget(visits.id(), p.id(), BigDecimal.valueOf(100));
            covenants.insertTarget(meetings.id(), p.id(), BigDecimal.valueOf(4));
        }
        Period year = period(covenant, "Tổng kết năm 2023", LocalDate.of(2023, 12, 31));
        covenants.setState(covenant.id(), CovenantState.ACTIVE, clock.instant());
        Instant at = LocalDate.of(2024, 1, 15)
                .atStartOfDay(java.time.ZoneId.of("Asia/Ho_Chi_Minh"))
                .toInstant();
        for (int i = 0; i < ps.size(); i++) {
            UUID party = ps.get(i).id();
            int held = 2 + (i * 3) % 4;
            covenants.saveSelf(
                    year.id(),
                    meetings.id(),
                    party,
                    BigDecimal.valueOf(held),
                    null,
                    "Biên bản các hội nghị tuyên truyền" + DEMO,
                    BigDecimal.valueOf(Math.min(40, held * 10)),
                    null,
                    at);
            covenants.saveReview(
                    year.id(), handover.id(), party, BigDecimal.valueOf(40 - (i * 7) % 15), null, REVIEWER, at);
            covenants.saveReview(
                    year.id(), visits.id(), party, BigDecimal.valueOf(20 - (i * 3) % 8), null, REVIEWER, at);
            covenants.saveReview(
                    year.id(),
                    meetings.id(),
                    party,
                    BigDecimal.valueOf(Math.min(40, held * 10)),
                    "Đúng với biên bản gửi kèm" + DEMO,
                    REVIEWER,
                    at);
        }
        scoring.closePeriod(covenant.id(), year.id());
        ScoringService.Board board = scoring.board(covenant.id(), year.id());
        for (ScoringService.Row r : board.ranking()) {
            if (r.rank() == 1) {
                covenants.saveAward(new Award(
                        year.id(),
                        r.party().id(),
                        "Bằng khen của Ban Thường vụ Tỉnh ủy",
                        "Dẫn đầu phong trào thi đua năm 2023" + DEMO));
            } else if (r.rank() <= 3) {
                covenants.saveAward(new Award(
                        year.id(),
                        r.party().id(),
                        "Giấy khen của Ban Dân vận Tỉnh ủy",
                        "Hoàn thành xuất sắc giao ước" + DEMO));
            }
        }
    }

    private Criterion criterion(
            Covenant covenant,
            int position,
            String code,
            String text,
            String unit,
            @Nullable String metric,
            @Nullable String subject,
            @Nullable Integer days,
            int maxPoints,
            boolean evidenceRequired,
            @Nullable String howMeasured) {
        Criterion c = new Criterion(
                Ids.newId(),
                covenant.id(),
                position,
                code,
                text,
                unit,
                metric == null ? CriterionKind.REPORTED : CriterionKind.MEASURED,
                metric,
                subject,
                days,
                BigDecimal.valueOf(maxPoints),
                false,
                evidenceRequired,
                howMeasured);
        covenants.insertCriterion(c);
        return c;
    }

    private Period period(Covenant covenant, String name, LocalDate endsOn) {
        Period p = new Period(Ids.newId(), covenant.id(), name, endsOn, false);
        covenants.insertPeriod(p);
        return p;
    }
}
