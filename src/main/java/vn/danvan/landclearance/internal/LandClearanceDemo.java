package vn.danvan.landclearance.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Random;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import vn.danvan.organisation.DemoMode;
import vn.danvan.shared.text.VietnameseText;

/**
 * Demo land clearance, loaded once in demo mode after the demo province and the meeting demo, all invented and marked
 * (the {@code demo} column, and "(Dữ liệu minh họa)" on names):
 *
 * <ul>
 *   <li>a current key project of today's Hưng Yên crossing Phường Phố Hiến, Phường Hồng Châu, Phường Sơn Nam and Xã
 *       Tân Hưng, its statutory steps through the approval of 2026 with payment under way, about 300 households at
 *       every stage with plots, stage history over January–November 2026, about 600 outreach visits and 40
 *       obstacles;
 *   <li>a historical project of 2023 in the old hierarchy, owned by the old provincial board and crossing communes of
 *       three old districts, mostly handed over during 2023.
 * </ul>
 *
 * Idempotent by project id; everything is written with plain SQL in JDBC batches and generated from a fixed seed.
 */
@Component
@Order(DemoMode.DEMO_PROVINCE_ORDER + 30)
class LandClearanceDemo implements ApplicationRunner {

    static final UUID CURRENT = UUID.fromString("6b000000-0000-4000-8000-000000000001");
    static final UUID HISTORICAL = UUID.fromString("6b000000-0000-4000-8000-000000000002");
    static final String DEMO = " (Dữ liệu minh họa)";

    private static final Logger log = LoggerFactory.getLogger(LandClearanceDemo.class);

    private static final String[] FAMILY = {
        "Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Vũ", "Đỗ", "Bùi", "Đặng", "Ngô", "Dương", "Lương", "Đào", "Phan",
        "Trịnh", "Đinh"
    };
    private static final String[] MALE_MIDDLE = {"Văn", "Đức", "Minh", "Quang", "Hữu", "Xuân", "Công", "Đình"};
    private static final String[] FEMALE_MIDDLE = {"Thị", "Thị Thu", "Thị Thanh", "Thị Minh", "Ngọc", "Thị Hồng"};
    private static final String[] MALE_GIVEN = {
        "Hùng", "Dũng", "Hải", "Tuấn", "Nam", "Bình", "Thắng", "Sơn", "Quý", "Cường", "Long", "Thành", "Hiếu", "Toàn",
        "Khải", "Phúc"
    };
    private static final String[] FEMALE_GIVEN = {
        "Lan", "Hoa", "Hương", "Nga", "Phương", "Mai", "Hằng", "Thảo", "Yến", "Loan", "Huyền", "Dung"
    };

    private final DemoMode demo;
    private final JdbcClient jdbc;
    private final JdbcTemplate jdbcTemplate;
    private final Clock clock;
    private final TransactionTemplate transaction;

    LandClearanceDemo(
            DemoMode demo,
            JdbcClient jdbc,
            JdbcTemplate jdbcTemplate,
            Clock clock,
            PlatformTransactionManager transactions) {
        this.demo = demo;
        this.jdbc = jdbc;
        this.jdbcTemplate = jdbcTemplate;
        this.clock = clock;
        this.transaction = new TransactionTemplate(transactions);
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!demo.enabled()) {
            return;
        }
        long started = System.nanoTime();
        if (!exists(CURRENT)) {
            current()
                    .ifPresentOrElse(
                            spec -> transaction.executeWithoutResult(s -> load(spec)),
                            () -> log.warn(
                                    "Demo land clearance project not loaded: the provincial board or a commune is"
                                            + " missing"));
        }
        if (!exists(HISTORICAL)) {
            historical()
                    .ifPresentOrElse(
                            spec -> transaction.executeWithoutResult(s -> load(spec)),
                            () -> log.warn("Historical demo land clearance project not loaded: the old board or its"
                                    + " districts are missing"));
        }
        log.info("Demo land clearance loaded in {} ms", (System.nanoTime() - started) / 1_000_000);
    }

    private boolean exists(UUID id) {
        return jdbc.sql("SELECT EXISTS (SELECT 1 FROM lc_project WHERE id = ?)")
                .param(id)
                .query(Boolean.class)
                .single();
    }

    // ---------------------------------------------------------------------------------------------- the two projects

    /** A commune of a demo project and how many households it has, with its short code prefix. */
    record Commune(String unitId, String name, String path, String prefix, int households) {}

    /** The statutory steps reached (null date: under way). */
    record Step(
            ClearanceStep step,
            @Nullable LocalDate reachedOn,
            @Nullable String note) {}

    record Spec(
            UUID id,
            String code,
            String name,
            String investor,
            UUID ownerOrgId,
            String ownerOrgName,
            String ownerPath,
            String policyDecision,
            @Nullable String recoveryDecision,
            LocalDate targetHandover,
            List<Commune> communes,
            List<Step> steps,
            LocalDate inventoryFrom,
            LocalDate planPostedOn,
            LocalDate agreedFrom,
            LocalDate lastDate,
            double[] stageShares,
            int visitsTarget,
            int obstaclesTarget,
            double[] corridor,
            long seed) {}

    private Optional<Spec> current() {
        Optional<Object[]> board = org("33");
        List<Commune> communes = new ArrayList<>();
        String[][] wanted = {{"11953", "PH", "90"}, {"11980", "HC", "75"}, {"11983", "SN", "70"}, {"11977", "TH", "65"}
        };
        for (String[] w : wanted) {
            Optional<Commune> c = unit(w[0], w[1], Integer.parseInt(w[2]));
            if (c.isEmpty()) {
                return Optional.empty();
            }
            communes.add(c.get());
        }
        if (board.isEmpty()) {
            return Optional.empty();
        }
        Object[] b = board.get();
        return Optional.of(new Spec(
                CURRENT,
                "DA-GPMB-01",
                "Dự án đường trục kết nối các phường phía Nam tỉnh" + DEMO,
                "Công ty cổ phần Đầu tư hạ tầng Phố Hiến" + DEMO,
                (UUID) b[0],
                "Ban Tuyên giáo và Dân vận Tỉnh ủy Hưng Yên",
                (String) b[1],
                "Nghị quyết số 45/NQ-HĐND ngày 10/12/2025 của HĐND tỉnh về chủ trương đầu tư" + DEMO,
                null,
                LocalDate.of(2026, 12, 31),
                communes,
                List.of(
                        new Step(ClearanceStep.REQUEST, LocalDate.of(2026, 1, 5), null),
                        new Step(ClearanceStep.SURVEY_PLAN, LocalDate.of(2026, 1, 14), null),
                        new Step(ClearanceStep.MEETING, LocalDate.of(2026, 1, 22), null),
                        new Step(ClearanceStep.NOTICE, LocalDate.of(2026, 2, 3), null),
                        new Step(ClearanceStep.INVENTORY, LocalDate.of(2026, 3, 20), null),
                        new Step(ClearanceStep.PLAN_POSTED, LocalDate.of(2026, 4, 15), null),
                        new Step(ClearanceStep.DIALOGUE, LocalDate.of(2026, 5, 6), null),
                        new Step(ClearanceStep.APPROVAL, LocalDate.of(2026, 5, 29), null),
                        new Step(ClearanceStep.PAYMENT, null, "Đang chi trả theo từng đợt" + DEMO)),
                LocalDate.of(2026, 2, 10),
                LocalDate.of(2026, 4, 15),
                LocalDate.of(2026, 4, 27),
                LocalDate.of(2026, 11, 25),
                new double[] {0.15, 0.15, 0.15, 0.20, 0.15, 0.20},
                600,
                40,
                new double[] {20.612, 106.012, 20.668, 106.088},
                20260101L));
    }

    private Optional<Spec> historical() {
        Optional<Object[]> board = org("old-33");
        if (board.isEmpty()) {
            return Optional.empty();
        }
        List<Commune> communes = new ArrayList<>();
        String[][] wanted = {{"Văn Giang", "VG", "22"}, {"Yên Mỹ", "YM", "20"}, {"Khoái Châu", "KC", "18"}};
        for (String[] w : wanted) {
            Optional<Commune> c = jdbc.sql("SELECT c.id, c.full_name, c.path FROM admin_unit c JOIN admin_unit d"
                            + " ON d.id = c.parent_id WHERE d.parent_id = 'old-33' AND d.name LIKE ?"
                            + " AND c.level = 'COMMUNE' ORDER BY c.code LIMIT 1")
                    .param("%" + w[0])
                    .query((rs, n) -> new Commune(
                            rs.getString(1), rs.getString(2), rs.getString(3), w[1], Integer.parseInt(w[2])))
                    .optional();
            if (c.isEmpty()) {
                return Optional.empty();
            }
            communes.add(c.get());
        }
        Object[] b = board.get();
        return Optional.of(new Spec(
                HISTORICAL,
                "DA-GPMB-2023",
                "Dự án mở rộng đường tỉnh nối Văn Giang – Yên Mỹ – Khoái Châu" + DEMO,
                "Ban Quản lý dự án đầu tư xây dựng công trình giao thông tỉnh" + DEMO,
                (UUID) b[0],
                "Ban Dân vận Tỉnh ủy Hưng Yên",
                (String) b[1],
                "Nghị quyết số 21/NQ-HĐND ngày 08/7/2022 của HĐND tỉnh về chủ trương đầu tư" + DEMO,
                "Các quyết định thu hồi đất tháng 8/2023" + DEMO,
                LocalDate.of(2023, 12, 31),
                communes,
                List.of(
                        new Step(ClearanceStep.REQUEST, LocalDate.of(2022, 9, 5), null),
                        new Step(ClearanceStep.SURVEY_PLAN, LocalDate.of(2022, 9, 15), null),
                        new Step(ClearanceStep.MEETING, LocalDate.of(2022, 9, 28), null),
                        new Step(ClearanceStep.NOTICE, LocalDate.of(2022, 10, 10), null),
                        new Step(ClearanceStep.INVENTORY, LocalDate.of(2023, 1, 15), null),
                        new Step(ClearanceStep.PLAN_POSTED, LocalDate.of(2023, 2, 20), null),
                        new Step(ClearanceStep.DIALOGUE, LocalDate.of(2023, 3, 28), null),
                        new Step(ClearanceStep.APPROVAL, LocalDate.of(2023, 4, 20), null),
                        new Step(ClearanceStep.PAYMENT, LocalDate.of(2023, 7, 31), null),
                        new Step(ClearanceStep.RECOVERY_DECISION, LocalDate.of(2023, 8, 10), null),
                        new Step(ClearanceStep.HANDOVER, LocalDate.of(2023, 11, 30), null)),
                LocalDate.of(2023, 1, 5),
                LocalDate.of(2023, 2, 20),
                LocalDate.of(2023, 3, 1),
                LocalDate.of(2023, 11, 30),
                new double[] {0, 0, 0.03, 0.05, 0.07, 0.85},
                90,
                8,
                new double[] {20.930, 105.940, 20.840, 106.050},
                20230101L));
    }

    private Optional<Object[]> org(String adminUnitId) {
        return jdbc.sql("SELECT id, path FROM org_unit WHERE admin_unit_id = ? AND kind = 'MASS_MOBILIZATION_BOARD'"
                        + " ORDER BY created_at LIMIT 1")
                .param(adminUnitId)
                .query((rs, n) -> new Object[] {rs.getObject(1, UUID.class), rs.getString(2)})
                .optional();
    }

    private Optional<Commune> unit(String id, String prefix, int households) {
        return jdbc.sql("SELECT id, full_name, path FROM admin_unit WHERE id = ?")
                .param(id)
                .query((rs, n) -> new Commune(rs.getString(1), rs.getString(2), rs.getString(3), prefix, households))
                .optional();
    }

    // -------------------------------------------------------------------------------------------------- generation

    private record Household(
            UUID id,
            String code,
            Commune commune,
            String headName,
            boolean female,
            HouseholdStage stage,
            @Nullable LocalDate inventoriedOn,
            @Nullable LocalDate planPostedOn,
            @Nullable LocalDate agreedOn,
            @Nullable LocalDate paidOn,
            @Nullable LocalDate handedOverOn,
            BigDecimal compensation,
            @Nullable BigDecimal lat,
            @Nullable BigDecimal lon,
            List<Object[]> plots) {}

    private void load(Spec spec) {
        Random random = new Random(spec.seed());
        Instant now = clock.instant();
        Timestamp at = Timestamp.from(now);
        List<Household> households = new ArrayList<>();
        int sheet = 10;
        int plotNumber = 1;
        for (int ci = 0; ci < spec.communes().size(); ci++) {
            Commune commune = spec.communes().get(ci);
            List<HouseholdStage> stages = stages(commune.households(), spec.stageShares(), random);
            for (int i = 0; i < commune.households(); i++) {
                HouseholdStage stage = stages.get(i);
                boolean female = random.nextInt(100) < 35;
                String name = FAMILY[random.nextInt(FAMILY.length)] + " "
                        + (female
                                ? FEMALE_MIDDLE[random.nextInt(FEMALE_MIDDLE.length)] + " "
                                        + FEMALE_GIVEN[random.nextInt(FEMALE_GIVEN.length)]
                                : MALE_MIDDLE[random.nextInt(MALE_MIDDLE.length)] + " "
                                        + MALE_GIVEN[random.nextInt(MALE_GIVEN.length)]);
                LocalDate inventoried = null;
                LocalDate posted = null;
                LocalDate agreed = null;
                LocalDate paid = null;
                LocalDate handed = null;
                if (stage.ordinal() >= HouseholdStage.INVENTORIED.ordinal()) {
                    inventoried = spec.inventoryFrom().plusDays(random.nextInt(35));
                }
                if (stage.ordinal() >= HouseholdStage.PLAN_POSTED.ordinal()) {
                    posted = spec.planPostedOn().plusDays(random.nextInt(5));
                }
                if (stage.ordinal() >= HouseholdStage.AGREED.ordinal()) {
                    long span = ChronoUnit.DAYS.between(spec.agreedFrom(), spec.lastDate()) - 70;
                    long offset = stage == HouseholdStage.AGREED
                            ? span / 3 + random.nextInt((int) (span - span / 3 + 50))
                            : random.nextInt((int) span);
                    agreed = spec.agreedFrom().plusDays(offset);
                }
                if (stage.ordinal() >= HouseholdStage.PAID.ordinal()) {
                    paid = min(
                            agreed.plusDays(7 + random.nextInt(30)),
                            spec.lastDate().minusDays(20));
                    if (paid.isBefore(agreed)) {
                        paid = agreed;
                    }
                }
                if (stage == HouseholdStage.HANDED_OVER) {
                    handed = min(paid.plusDays(5 + random.nextInt(20)), spec.lastDate());
                }
                UUID id = uuid(random);
                List<Object[]> plots = new ArrayList<>();
                int plotCount = 1 + (random.nextInt(100) < 45 ? 1 : 0) + (random.nextInt(100) < 15 ? 1 : 0);
                BigDecimal compensation = BigDecimal.ZERO;
                for (int p = 0; p < plotCount; p++) {
                    if (plotNumber > 180) {
                        sheet++;
                        plotNumber = 1;
                    }
                    LandType type = landType(random, p);
                    BigDecimal area = area(type, random);
                    compensation = compensation.add(area.multiply(BigDecimal.valueOf(price(type))));
                    plots.add(
                            new Object[] {uuid(random), String.valueOf(sheet), String.valueOf(plotNumber), type, area});
                    plotNumber += 1 + random.nextInt(3);
                }
                compensation = compensation
                        .add(BigDecimal.valueOf(random.nextInt(80) * 1_000_000L))
                        .setScale(-3, RoundingMode.HALF_UP)
                        .setScale(0, RoundingMode.UNNECESSARY);
                BigDecimal lat = null;
                BigDecimal lon = null;
                if (random.nextInt(100) < 88) {
                    double[] c = spec.corridor();
                    double t = (ci + random.nextDouble()) / spec.communes().size();
                    double across = (random.nextDouble() - 0.5) * 0.006;
                    lat = BigDecimal.valueOf(c[0] + (c[2] - c[0]) * t + across).setScale(6, RoundingMode.HALF_UP);
                    lon = BigDecimal.valueOf(c[1] + (c[3] - c[1]) * t - across).setScale(6, RoundingMode.HALF_UP);
                }
                households.add(new Household(
                        id,
                        String.format(Locale.ROOT, "%s-%03d", commune.prefix(), i + 1),
                        commune,
                        name,
                        female,
                        stage,
                        inventoried,
                        posted,
                        agreed,
                        paid,
                        handed,
                        compensation,
                        lat,
                        lon,
                        plots));
            }
        }
        BigDecimal plotArea = households.stream()
                .flatMap(h -> h.plots().stream())
                .map(p -> (BigDecimal) p[4])
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        insertProject(spec, plotArea, at);
        insertHouseholds(spec, households, random, at);
        insertVisits(spec, households, random, at);
        insertObstacles(spec, households, random, at);
    }

    private static LocalDate min(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }

    /** The stages of a commune's households in the given shares, shuffled. */
    private static List<HouseholdStage> stages(int count, double[] shares, Random random) {
        List<HouseholdStage> stages = new ArrayList<>(count);
        HouseholdStage[] all = HouseholdStage.values();
        for (int s = 0; s < all.length; s++) {
            long n = Math.round(count * shares[s]);
            for (int i = 0; i < n && stages.size() < count; i++) {
                stages.add(all[s]);
            }
        }
        while (stages.size() < count) {
            stages.add(HouseholdStage.AGREED);
        }
        Collections.shuffle(stages, random);
        return stages;
    }

    private static LandType landType(Random random, int position) {
        int r = random.nextInt(100);
        if (position == 0 && r < 12) {
            return LandType.ONT;
        }
        if (r < 62) {
            return LandType.LUA;
        }
        if (r < 78) {
            return LandType.HNK;
        }
        if (r < 90) {
            return LandType.CLN;
        }
        return LandType.NTS;
    }

    private static BigDecimal area(LandType type, Random random) {
        double m2 = switch (type) {
            case ONT, ODT -> 60 + random.nextInt(240);
            case NTS -> 300 + random.nextInt(1500);
            default -> 120 + random.nextInt(1100);
        };
        return BigDecimal.valueOf(m2 + random.nextInt(10) / 10.0).setScale(1, RoundingMode.HALF_UP);
    }

    /** Invented compensation prices in đồng per m². */
    private static long price(LandType type) {
        return switch (type) {
            case ONT -> 9_500_000;
            case ODT -> 18_000_000;
            case CLN -> 260_000;
            case NTS -> 210_000;
            case HNK -> 230_000;
            default -> 240_000;
        };
    }

    private static UUID uuid(Random random) {
        long msb = (random.nextLong() & 0xffffffffffff0fffL) | 0x0000000000004000L;
        long lsb = (random.nextLong() & 0x3fffffffffffffffL) | 0x8000000000000000L;
        return new UUID(msb, lsb);
    }

    // ----------------------------------------------------------------------------------------------------- writing

    private void insertProject(Spec spec, BigDecimal plotArea, Timestamp at) {
        BigDecimal total = plotArea.multiply(new BigDecimal("1.12")).setScale(1, RoundingMode.HALF_UP);
        jdbc.sql("INSERT INTO lc_project (id, code, name, investor, owner_org_id, owner_org_name, path, province_code,"
                        + " policy_decision, recovery_decision, land_kind, total_area_m2, target_handover_on,"
                        + " boundary_geojson, note, search_text, sort_key, demo, created_at, updated_at)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?, '33', ?, ?, 'AGRICULTURAL', ?, ?, ?, ?, ?, ?, true, ?, ?)")
                .params(
                        spec.id(),
                        spec.code(),
                        spec.name(),
                        spec.investor(),
                        spec.ownerOrgId(),
                        spec.ownerOrgName(),
                        spec.ownerPath(),
                        spec.policyDecision(),
                        spec.recoveryDecision(),
                        total,
                        spec.targetHandover(),
                        boundary(spec.corridor()),
                        "Diện tích gồm các thửa của hộ dân và khoảng 12% đất công, giao thông, thủy lợi" + DEMO,
                        VietnameseText.fold(spec.code() + " " + spec.name() + " " + spec.investor()),
                        VietnameseText.sortKey(spec.name()),
                        at,
                        at)
                .update();
        for (Commune c : spec.communes()) {
            jdbc.sql("INSERT INTO lc_project_commune (project_id, unit_id, unit_name, unit_path) VALUES (?, ?, ?, ?)")
                    .params(spec.id(), c.unitId(), c.name(), c.path())
                    .update();
        }
        for (Step s : spec.steps()) {
            jdbc.sql("INSERT INTO lc_project_step (project_id, step, reached_on, document_ref, note) VALUES (?, ?, ?,"
                            + " ?, ?)")
                    .params(
                            spec.id(),
                            s.step().name(),
                            s.reachedOn(),
                            s.reachedOn() == null
                                    ? null
                                    : "Văn bản số " + (s.step().ordinal() + 11) + "/TB" + DEMO,
                            s.note())
                    .update();
        }
    }

    /** A corridor polygon along the project's axis, about 800 m wide, as a GeoJSON FeatureCollection. */
    private static String boundary(double[] c) {
        double w = 0.0045;
        double[][] ring = {
            {c[1] - w, c[0] + w}, {c[3] - w, c[2] + w}, {c[3] + w, c[2] - w}, {c[1] + w, c[0] - w}, {c[1] - w, c[0] + w}
        };
        StringBuilder coords = new StringBuilder();
        for (double[] p : ring) {
            if (coords.length() > 0) {
                coords.append(',');
            }
            coords.append(String.format(Locale.ROOT, "[%.6f,%.6f]", p[0], p[1]));
        }
        return "{\"type\":\"FeatureCollection\",\"features\":[{\"type\":\"Feature\",\"properties\":{\"name\":\"Ranh giới"
                + " dự án" + DEMO + "\"},\"geometry\":{\"type\":\"Polygon\",\"coordinates\":[[" + coords + "]]}}]}";
    }

    private void insertHouseholds(Spec spec, List<Household> households, Random random, Timestamp at) {
        String sql = "INSERT INTO lc_household (id, project_id, code, unit_id, unit_name, path, head_name, id_number,"
                + " address, phone, representative, stage, inventoried_on, plan_posted_on, agreed_on,"
                + " compensation_amount, paid_amount, paid_on, late_payment, handed_over_on, latitude, longitude, note,"
                + " search_text, sort_key, demo, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?,"
                + " ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, true, ?, ?)";
        List<Object[]> rows = new ArrayList<>();
        List<Object[]> plots = new ArrayList<>();
        List<Object[]> changes = new ArrayList<>();
        for (Household h : households) {
            String village =
                    (h.commune().unitId().startsWith("old-") ? "Thôn " : "Tổ dân phố ") + (1 + random.nextInt(9));
            String address = village + ", " + h.commune().name();
            String idNumber =
                    "033" + (h.female() ? "1" : "0") + String.format(Locale.ROOT, "%02d", 55 + random.nextInt(40))
                            + String.format(Locale.ROOT, "%06d", random.nextInt(1_000_000));
            String phone = random.nextInt(100) < 70
                    ? "09" + String.format(Locale.ROOT, "%08d", random.nextInt(100_000_000))
                    : null;
            String representative = random.nextInt(100) < 12
                    ? FAMILY[random.nextInt(FAMILY.length)] + " " + MALE_MIDDLE[random.nextInt(MALE_MIDDLE.length)]
                            + " " + MALE_GIVEN[random.nextInt(MALE_GIVEN.length)]
                    : null;
            boolean paid = h.paidOn() != null;
            boolean late = paid && h.agreedOn() != null && ChronoUnit.DAYS.between(h.agreedOn(), h.paidOn()) > 30;
            rows.add(new Object[] {
                h.id(),
                spec.id(),
                h.code(),
                h.commune().unitId(),
                h.commune().name(),
                h.commune().path(),
                h.headName(),
                idNumber,
                address,
                phone,
                representative,
                h.stage().name(),
                h.inventoriedOn(),
                h.planPostedOn(),
                h.agreedOn(),
                h.stage().ordinal() >= HouseholdStage.PLAN_POSTED.ordinal() ? h.compensation() : null,
                paid ? h.compensation() : null,
                h.paidOn(),
                late,
                h.handedOverOn(),
                h.lat(),
                h.lon(),
                null,
                VietnameseText.fold(h.headName() + " " + h.code() + " " + address
                        + (representative == null ? "" : " " + representative)),
                VietnameseText.sortKey(h.headName()),
                at,
                at
            });
            for (Object[] p : h.plots()) {
                plots.add(new Object[] {p[0], h.id(), spec.id(), p[1], p[2], ((LandType) p[3]).name(), p[4]});
            }
            LocalDate start = spec.steps().stream()
                    .filter(s -> s.step() == ClearanceStep.NOTICE)
                    .findFirst()
                    .map(Step::reachedOn)
                    .orElse(spec.inventoryFrom());
            change(changes, h, spec, random, null, HouseholdStage.NOT_INVENTORIED, start, at);
            HouseholdStage previous = HouseholdStage.NOT_INVENTORIED;
            LocalDate[] dates = {h.inventoriedOn(), h.planPostedOn(), h.agreedOn(), h.paidOn(), h.handedOverOn()};
            HouseholdStage[] next = {
                HouseholdStage.INVENTORIED,
                HouseholdStage.PLAN_POSTED,
                HouseholdStage.AGREED,
                HouseholdStage.PAID,
                HouseholdStage.HANDED_OVER
            };
            for (int i = 0; i < dates.length; i++) {
                if (dates[i] != null) {
                    change(changes, h, spec, random, previous, next[i], dates[i], at);
                    previous = next[i];
                }
            }
        }
        int[] types = {
            Types.OTHER, Types.OTHER, Types.VARCHAR, Types.VARCHAR, Types.VARCHAR, Types.VARCHAR, Types.VARCHAR,
            Types.VARCHAR, Types.VARCHAR, Types.VARCHAR, Types.VARCHAR, Types.VARCHAR, Types.DATE, Types.DATE,
            Types.DATE, Types.NUMERIC, Types.NUMERIC, Types.DATE, Types.BOOLEAN, Types.DATE, Types.NUMERIC,
            Types.NUMERIC, Types.VARCHAR, Types.VARCHAR, Types.BINARY, Types.TIMESTAMP, Types.TIMESTAMP
        };
        jdbcTemplate.batchUpdate(sql, rows, types);
        jdbcTemplate.batchUpdate(
                "INSERT INTO lc_plot (id, household_id, project_id, map_sheet, plot_number, land_type,"
                        + " recovered_area) VALUES (?, ?, ?, ?, ?, ?, ?)",
                plots,
                new int[] {
                    Types.OTHER, Types.OTHER, Types.OTHER, Types.VARCHAR, Types.VARCHAR, Types.VARCHAR, Types.NUMERIC
                });
        jdbcTemplate.batchUpdate(
                "INSERT INTO lc_stage_change (id, household_id, project_id, from_stage, to_stage, effective_on,"
                        + " changed_at, changed_by, changed_by_name, reason) VALUES (?, ?, ?, ?, ?, ?, ?, NULL, ?, ?)",
                changes,
                new int[] {
                    Types.OTHER,
                    Types.OTHER,
                    Types.OTHER,
                    Types.VARCHAR,
                    Types.VARCHAR,
                    Types.DATE,
                    Types.TIMESTAMP,
                    Types.VARCHAR,
                    Types.VARCHAR
                });
    }

    private static void change(
            List<Object[]> changes,
            Household h,
            Spec spec,
            Random random,
            @Nullable HouseholdStage from,
            HouseholdStage to,
            LocalDate on,
            Timestamp at) {
        String reason = switch (to) {
            case NOT_INVENTORIED -> "Lập danh sách hộ bị thu hồi đất";
            case INVENTORIED -> "Hoàn thành kiểm đếm";
            case PLAN_POSTED -> "Niêm yết phương án bồi thường";
            case AGREED -> "Hộ ký biên bản đồng thuận sau vận động";
            case PAID -> "Nhận tiền bồi thường, hỗ trợ";
            case HANDED_OVER -> "Bàn giao mặt bằng";
        };
        changes.add(new Object[] {
            uuid(random),
            h.id(),
            spec.id(),
            from == null ? null : from.name(),
            to.name(),
            on,
            Timestamp.from(on.atTime(16, 0)
                    .atZone(java.time.ZoneId.of("Asia/Ho_Chi_Minh"))
                    .toInstant()),
            "Cán bộ " + h.commune().name() + DEMO,
            reason + DEMO
        });
    }

    private void insertVisits(Spec spec, List<Household> households, Random random, Timestamp at) {
        List<Object[]> visits = new ArrayList<>();
        List<Object[]> visitors = new ArrayList<>();
        String[][] teams = {
            {"BOARD", "Ban Tuyên giáo và Dân vận Tỉnh ủy"},
            {"FRONT", "Ủy ban MTTQ Việt Nam"},
            {"WOMEN", "Hội Liên hiệp Phụ nữ"},
            {"VILLAGE_HEAD", "Tổ dân phố, thôn"},
            {"VETERANS", "Hội Cựu chiến binh"},
            {"FARMERS", "Hội Nông dân"},
            {"AUTHORITY", "Trung tâm Phát triển quỹ đất"},
            {"YOUTH", "Đoàn Thanh niên"}
        };
        String[] concerns = {
            "Chưa đồng ý đơn giá bồi thường đất nông nghiệp",
            "Băn khoăn về hỗ trợ chuyển đổi nghề nghiệp",
            "Đề nghị xem xét lại diện tích đo đạc",
            "Lo lắng về việc bố trí tái định cư",
            "Muốn được nhận tiền trước khi bàn giao",
            "Gia đình chưa thống nhất ý kiến giữa các thành viên"
        };
        // Visits per household by stage; the total comes to about the target.
        int perHousehold = Math.max(1, spec.visitsTarget() / Math.max(1, households.size()));
        for (Household h : households) {
            if (h.inventoriedOn() == null) {
                if (random.nextInt(100) < 50) {
                    addVisit(
                            visits,
                            visitors,
                            spec,
                            h,
                            random,
                            teams,
                            concerns,
                            spec.inventoryFrom().plusDays(random.nextInt(60)),
                            VisitOutcome.NO_CHANGE);
                }
                continue;
            }
            LocalDate from = h.inventoriedOn();
            LocalDate to = h.agreedOn() != null ? h.agreedOn() : spec.lastDate();
            int n = h.agreedOn() != null
                    ? Math.max(1, perHousehold - 1) + random.nextInt(2)
                    : perHousehold + random.nextInt(2);
            long span = Math.max(1, ChronoUnit.DAYS.between(from, to));
            List<LocalDate> dates = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                dates.add(from.plusDays(random.nextInt((int) span)));
            }
            Collections.sort(dates);
            for (LocalDate d : dates) {
                VisitOutcome outcome = random.nextInt(100) < 55 ? VisitOutcome.NO_CHANGE : VisitOutcome.REFUSED;
                addVisit(visits, visitors, spec, h, random, teams, concerns, d, outcome);
            }
            if (h.agreedOn() != null) {
                addVisit(visits, visitors, spec, h, random, teams, concerns, h.agreedOn(), VisitOutcome.AGREED);
            }
        }
        jdbcTemplate.batchUpdate(
                "INSERT INTO lc_visit (id, household_id, project_id, path, visited_on, met_whom, concerns, agreed,"
                        + " outcome, next_step, next_step_on, recorded_at, recorded_by, recorded_by_name, client_key)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, NULL, ?, ?)",
                visits,
                new int[] {
                    Types.OTHER, Types.OTHER, Types.OTHER, Types.VARCHAR, Types.DATE, Types.VARCHAR, Types.VARCHAR,
                    Types.VARCHAR, Types.VARCHAR, Types.VARCHAR, Types.DATE, Types.TIMESTAMP, Types.VARCHAR, Types.OTHER
                });
        jdbcTemplate.batchUpdate(
                "INSERT INTO lc_visit_visitor (visit_id, position, name, org_kind, org_name) VALUES (?, ?, ?, ?, ?)",
                visitors,
                new int[] {Types.OTHER, Types.INTEGER, Types.VARCHAR, Types.VARCHAR, Types.VARCHAR});
    }

    private static void addVisit(
            List<Object[]> visits,
            List<Object[]> visitors,
            Spec spec,
            Household h,
            Random random,
            String[][] teams,
            String[] concerns,
            LocalDate on,
            VisitOutcome outcome) {
        UUID id = uuid(random);
        String met = (h.female() ? "Bà " : "Ông ") + h.headName() + (random.nextBoolean() ? " và gia đình" : "");
        String agreed = outcome == VisitOutcome.AGREED
                ? "Gia đình đồng ý phương án bồi thường, ký biên bản đồng thuận"
                : outcome == VisitOutcome.REFUSED ? null : "Hẹn trao đổi thêm sau khi gia đình bàn bạc";
        LocalDate nextOn = outcome == VisitOutcome.AGREED ? null : on.plusDays(7 + random.nextInt(14));
        visits.add(new Object[] {
            id,
            h.id(),
            spec.id(),
            h.commune().path(),
            on,
            met,
            outcome == VisitOutcome.AGREED ? null : concerns[random.nextInt(concerns.length)],
            agreed,
            outcome.name(),
            outcome == VisitOutcome.AGREED ? "Chuẩn bị hồ sơ chi trả" : "Tiếp tục vận động, giải thích chính sách",
            nextOn,
            Timestamp.from(on.atTime(17, 0)
                    .atZone(java.time.ZoneId.of("Asia/Ho_Chi_Minh"))
                    .toInstant()),
            "Cán bộ " + h.commune().name() + DEMO,
            uuid(random)
        });
        int people = 1 + random.nextInt(3);
        int first = random.nextInt(teams.length);
        for (int p = 0; p < people; p++) {
            String[] team = teams[(first + p * 3) % teams.length];
            boolean woman = "WOMEN".equals(team[0]) || random.nextInt(100) < 30;
            String name = FAMILY[random.nextInt(FAMILY.length)] + " "
                    + (woman
                            ? FEMALE_MIDDLE[random.nextInt(FEMALE_MIDDLE.length)] + " "
                                    + FEMALE_GIVEN[random.nextInt(FEMALE_GIVEN.length)]
                            : MALE_MIDDLE[random.nextInt(MALE_MIDDLE.length)] + " "
                                    + MALE_GIVEN[random.nextInt(MALE_GIVEN.length)]);
            String orgName = "BOARD".equals(team[0]) || "AUTHORITY".equals(team[0])
                    ? team[1]
                    : team[1] + " " + h.commune().name();
            visitors.add(new Object[] {id, p, name + DEMO, team[0], orgName});
        }
    }

    private void insertObstacles(Spec spec, List<Household> households, Random random, Timestamp at) {
        ObstacleReason[] reasons = ObstacleReason.values();
        String[] descriptions = {
            "Hộ cho rằng đơn giá bồi thường thấp hơn giá thị trường",
            "Tranh chấp ranh giới thửa đất với hộ liền kề, chưa xác định được nguồn gốc",
            "Đất thừa kế của nhiều anh chị em, chưa thống nhất người đứng tên nhận bồi thường",
            "Chủ sử dụng đất đang làm việc ở nước ngoài, chưa liên hệ được",
            "Giấy chứng nhận quyền sử dụng đất đang thế chấp tại ngân hàng",
            "Đề nghị bố trí lối đi cho phần đất còn lại"
        };
        List<Household> candidates = new ArrayList<>(
                households.stream().filter(h -> h.inventoriedOn() != null).toList());
        Collections.shuffle(candidates, random);
        List<Object[]> rows = new ArrayList<>();
        for (int i = 0; i < spec.obstaclesTarget() && i < candidates.size(); i++) {
            Household h = candidates.get(i);
            ObstacleReason reason = reasons[i % reasons.length];
            LocalDate raised = h.inventoriedOn().plusDays(5 + random.nextInt(20));
            LocalDate resolved = null;
            String resolution = null;
            if (h.agreedOn() != null) {
                if (!raised.isBefore(h.agreedOn())) {
                    raised = h.agreedOn().minusDays(10 + random.nextInt(15));
                }
                if (raised.isBefore(h.inventoriedOn())) {
                    raised = h.inventoriedOn();
                }
                resolved = h.agreedOn();
                resolution = "Đã giải thích chính sách, hộ đồng thuận";
            }
            LocalDate escalated = null;
            LocalDate requestedBy = null;
            String answer = null;
            LocalDate answeredOn = null;
            String answeredBy = null;
            if (i % 3 == 0) {
                escalated = raised.plusDays(7);
                requestedBy = escalated.plusDays(15);
                if (i % 2 == 0 || resolved != null) {
                    answeredOn = escalated.plusDays(5 + random.nextInt(15));
                    if (resolved != null && answeredOn.isAfter(resolved)) {
                        answeredOn = resolved;
                    }
                    answer = "Sở Nông nghiệp và Môi trường hướng dẫn áp dụng hệ số điều chỉnh giá đất và chính sách"
                            + " hỗ trợ theo quy định" + DEMO;
                    answeredBy = "Sở Nông nghiệp và Môi trường" + DEMO;
                }
            }
            if (escalated != null && escalated.isAfter(spec.lastDate())) {
                escalated = null;
                requestedBy = null;
                answer = null;
                answeredOn = null;
                answeredBy = null;
            }
            if (answeredOn != null && answeredOn.isAfter(spec.lastDate())) {
                answer = null;
                answeredOn = null;
                answeredBy = null;
            }
            rows.add(new Object[] {
                uuid(random),
                h.id(),
                spec.id(),
                h.commune().path(),
                reason.name(),
                descriptions[reason.ordinal()] + DEMO,
                raised,
                resolved,
                resolution,
                escalated,
                requestedBy,
                answer,
                answeredOn,
                answeredBy,
                at,
                at
            });
        }
        jdbcTemplate.batchUpdate(
                "INSERT INTO lc_obstacle (id, household_id, project_id, path, reason, description, raised_on,"
                        + " resolved_on, resolution, escalated_on, answer_requested_by, answer, answered_on,"
                        + " answered_by_name, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?,"
                        + " ?, ?)",
                rows,
                new int[] {
                    Types.OTHER, Types.OTHER, Types.OTHER, Types.VARCHAR, Types.VARCHAR, Types.VARCHAR, Types.DATE,
                    Types.DATE, Types.VARCHAR, Types.DATE, Types.DATE, Types.VARCHAR, Types.DATE, Types.VARCHAR,
                    Types.TIMESTAMP, Types.TIMESTAMP
                });
    }
}
