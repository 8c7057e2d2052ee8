package vn.danvan.exemplar.internal;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import javax.imageio.ImageIO;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import vn.danvan.files.Attachments;
import vn.danvan.files.FileOwner;
import vn.danvan.organisation.AdminUnitView;
import vn.danvan.organisation.AdminUnits;
import vn.danvan.organisation.DemoMode;
import vn.danvan.organisation.OrgUnitKind;
import vn.danvan.organisation.OrgUnitView;
import vn.danvan.organisation.Organisations;
import vn.danvan.organisation.Role;
import vn.danvan.organisation.UnitQuery;
import vn.danvan.shared.Ids;
import vn.danvan.shared.security.CurrentUser;
import vn.danvan.shared.security.Scope;

/**
 * Demo data of the registry: about forty invented models and exemplars across today's Hưng Yên communes in the four
 * fields, 2025–2026, at every stage (land-clearance models among them, a few replicated, some public with a photo),
 * a few 2023 models of the old district boards, the criteria of 2023, 2025 and 2026, and a council per 2026 level.
 * Everything is marked demo and "(Dữ liệu minh họa)". Runs once: skipped when demo entries exist.
 */
@Component
@Order(DemoMode.DEMO_PROVINCE_ORDER + 60)
class ExemplarDemo implements ApplicationRunner {

    static final String MARK = " (Dữ liệu minh họa)";
    static final UUID LAND = UUID.fromString("9e000000-0000-4000-8000-000000000003");
    static final UUID HOUSEHOLDS = UUID.fromString("9e000000-0000-4000-8000-000000000004");
    static final UUID MONEY = UUID.fromString("9e000000-0000-4000-8000-000000000001");
    static final UUID LABOUR = UUID.fromString("9e000000-0000-4000-8000-000000000002");
    static final UUID PEOPLE = UUID.fromString("9e000000-0000-4000-8000-000000000006");

    /** An invented model: name, kind, field, tags, the measure of its results. */
    record Template(String name, String kind, String field, Set<String> tags, UUID measure, int scale) {}

    static final List<Template> TEMPLATES = List.of(
            new Template(
                    "Tổ vận động hiến đất mở đường liên thôn",
                    "MODEL",
                    "CULTURAL_SOCIAL",
                    Set.of("GPMB", "NTM"),
                    LAND,
                    800),
            new Template(
                    "Dân vận khéo trong giải phóng mặt bằng đường vành đai",
                    "MODEL",
                    "ECONOMIC",
                    Set.of("GPMB"),
                    HOUSEHOLDS,
                    40),
            new Template(
                    "Chi hội phụ nữ tiết kiệm giúp nhau phát triển kinh tế", "MODEL", "ECONOMIC", Set.of(), MONEY, 120),
            new Template(
                    "Tổ hợp tác trồng nhãn theo tiêu chuẩn VietGAP",
                    "MODEL",
                    "ECONOMIC",
                    Set.of("NTM"),
                    HOUSEHOLDS,
                    25),
            new Template(
                    "Câu lạc bộ nông dân chuyển đổi số", "MODEL", "ECONOMIC", Set.of("CHUYEN_DOI_SO"), PEOPLE, 300),
            new Template(
                    "Tuyến đường hoa tự quản", "MODEL", "CULTURAL_SOCIAL", Set.of("MOI_TRUONG", "NTM"), LABOUR, 200),
            new Template(
                    "Phân loại rác thải tại nguồn ở khu dân cư",
                    "MODEL",
                    "CULTURAL_SOCIAL",
                    Set.of("MOI_TRUONG"),
                    HOUSEHOLDS,
                    150),
            new Template("Tổ an ninh tự quản khu dân cư", "MODEL", "DEFENCE_SECURITY", Set.of(), PEOPLE, 500),
            new Template("Camera an ninh cộng đồng", "MODEL", "DEFENCE_SECURITY", Set.of("CHUYEN_DOI_SO"), MONEY, 90),
            new Template(
                    "Bộ phận một cửa thân thiện, vì Nhân dân phục vụ",
                    "MODEL",
                    "POLITICAL_SYSTEM",
                    Set.of("CCHC"),
                    PEOPLE,
                    900),
            new Template(
                    "Đối thoại định kỳ giữa người đứng đầu cấp ủy với Nhân dân",
                    "MODEL",
                    "POLITICAL_SYSTEM",
                    Set.of(),
                    PEOPLE,
                    400),
            new Template("Mái ấm tình thương cho hộ nghèo", "MODEL", "CULTURAL_SOCIAL", Set.of("AN_SINH"), MONEY, 300),
            new Template(
                    "Tổ vận động hiến đất làm nhà văn hóa thôn", "MODEL", "CULTURAL_SOCIAL", Set.of("GPMB"), LAND, 400),
            new Template(
                    "Hỗ trợ người dân làm dịch vụ công trực tuyến",
                    "MODEL",
                    "POLITICAL_SYSTEM",
                    Set.of("CCHC", "CHUYEN_DOI_SO"),
                    PEOPLE,
                    700),
            new Template(
                    "Ông Nguyễn Văn Hiến – người đi đầu hiến đất làm đường" + MARK,
                    "EXEMPLAR",
                    "CULTURAL_SOCIAL",
                    Set.of("GPMB"),
                    LAND,
                    300),
            new Template(
                    "Bà Trần Thị Lụa – chi hội trưởng phụ nữ tiêu biểu" + MARK,
                    "EXEMPLAR",
                    "ECONOMIC",
                    Set.of(),
                    MONEY,
                    50),
            new Template(
                    "Ông Phạm Văn An – tổ trưởng an ninh tự quản" + MARK,
                    "EXEMPLAR",
                    "DEFENCE_SECURITY",
                    Set.of(),
                    PEOPLE,
                    200),
            new Template(
                    "Chị Lê Thu Hà – cán bộ một cửa tận tụy" + MARK,
                    "EXEMPLAR",
                    "POLITICAL_SYSTEM",
                    Set.of("CCHC"),
                    PEOPLE,
                    600));

    private final DemoMode demo;
    private final JdbcClient jdbc;
    private final EntryService entries;
    private final CouncilService councils;
    private final Organisations organisations;
    private final AdminUnits units;
    private final Attachments attachments;
    private final TransactionTemplate transaction;

    ExemplarDemo(
            DemoMode demo,
            JdbcClient jdbc,
            EntryService entries,
            CouncilService councils,
            Organisations organisations,
            AdminUnits units,
            Attachments attachments,
            PlatformTransactionManager transactions) {
        this.demo = demo;
        this.jdbc = jdbc;
        this.entries = entries;
        this.councils = councils;
        this.organisations = organisations;
        this.units = units;
        this.attachments = attachments;
        this.transaction = new TransactionTemplate(transactions);
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!demo.enabled()
                || jdbc.sql("SELECT count(*) FROM ex_entry WHERE demo")
                                .query(Long.class)
                                .single()
                        > 0) {
            return;
        }
        var previous = SecurityContextHolder.getContext();
        try {
            CurrentUser system = new CurrentUser(
                    UUID.fromString("00000000-0000-0000-0000-000000000000"),
                    "system",
                    "system",
                    null,
                    Role.SYSTEM_ADMIN.permissions(),
                    Scope.everything(),
                    true,
                    false,
                    false);
            SecurityContextHolder.setContext(SecurityContextHolder.createEmptyContext());
            SecurityContextHolder.getContext()
                    .setAuthentication(
                            UsernamePasswordAuthenticationToken.authenticated(system, null, system.getAuthorities()));
            transaction.executeWithoutResult(s -> load());
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }

    private void load() {
        for (int year : List.of(2023, 2025, 2026)) {
            for (String level : EntryService.LEVELS) {
                councils.seedDefaults(year, level);
            }
        }
        List<AdminUnitView> communes = communes();
        int n = 0;
        Map<String, List<UUID>> byStage = new LinkedHashMap<>();
        UUID firstLand = null;
        for (AdminUnitView commune : communes) {
            for (int k = 0; k < 3 && n < 36; k++, n++) {
                Template t = TEMPLATES.get(n % TEMPLATES.size());
                int year = n % 3 == 0 ? 2025 : 2026;
                OrgUnitView owner = owner(commune, n);
                if (owner == null) {
                    continue;
                }
                String stage = stage(n, year);
                boolean isPublic = "RECOGNISED".equals(stage) && n % 2 == 0;
                UUID id = entry(t, year, "COMMUNE", owner, commune, null, isPublic, n);
                progress(id, t, year, stage, isPublic, owner, n);
                byStage.computeIfAbsent(stage + year, s -> new ArrayList<>()).add(id);
                if (firstLand == null && t.measure().equals(LAND) && "RECOGNISED".equals(stage)) {
                    firstLand = id;
                }
            }
        }
        // A provincial model of a provincial association, recognised at province level in 2025.
        AdminUnitView province = units.find("33").orElseThrow();
        OrgUnitView farmers = organisations.ofAdminUnit("33", false).stream()
                .filter(o -> o.kind() == OrgUnitKind.FARMERS_ASSOCIATION)
                .findFirst()
                .orElse(null);
        if (farmers != null) {
            UUID id = entry(TEMPLATES.get(4), 2025, "PROVINCE", farmers, province, null, true, 99);
            progress(id, TEMPLATES.get(4), 2025, "RECOGNISED", true, farmers, 99);
        }
        // Replications of the first recognised land-clearance model by other communes.
        if (firstLand != null) {
            EntryRow original = entries.visible(firstLand);
            int r = 0;
            for (AdminUnitView commune : communes.subList(Math.max(0, communes.size() - 3), communes.size())) {
                OrgUnitView owner = owner(commune, 1);
                if (owner == null || owner.id().equals(original.ownerOrgId())) {
                    continue;
                }
                Template t = TEMPLATES.get(0);
                UUID id = entry(t, 2026, "COMMUNE", owner, commune, firstLand, false, 200 + r++);
                progress(id, t, 2026, "IN_PROGRESS", false, owner, 200 + r);
            }
        }
        oldHierarchy();
        council2026("COMMUNE", byStage);
        council2026("PROVINCE", byStage);
    }

    /** Communes of today's province, the ones named in the brief first. */
    private List<AdminUnitView> communes() {
        List<AdminUnitView> all =
                units.search(UnitQuery.childrenOf("33"), PageRequest.of(0, 500)).getContent();
        Set<AdminUnitView> ordered = new LinkedHashSet<>();
        for (String id : List.of("11953", "11980", "11983", "11977")) {
            all.stream().filter(u -> u.id().equals(id)).forEach(ordered::add);
        }
        all.stream().filter(AdminUnitView::isCurrent).limit(12).forEach(ordered::add);
        return new ArrayList<>(ordered);
    }

    private @Nullable OrgUnitView owner(AdminUnitView commune, int n) {
        List<OrgUnitView> orgs = organisations.ofAdminUnit(commune.id(), false);
        if (orgs.isEmpty()) {
            return null;
        }
        List<OrgUnitKind> preferred =
                List.of(OrgUnitKind.FATHERLAND_FRONT, OrgUnitKind.PEOPLES_COMMITTEE, OrgUnitKind.PARTY_COMMITTEE);
        OrgUnitKind kind = preferred.get(n % preferred.size());
        return orgs.stream().filter(o -> o.kind() == kind).findFirst().orElse(orgs.get(0));
    }

    private static String stage(int n, int year) {
        if (year == 2025) {
            return switch (n % 4) {
                case 0 -> "RECOGNISED";
                case 1 -> "NOT_RECOGNISED";
                default -> n == 6 ? "REVOKED" : "RECOGNISED";
            };
        }
        return switch (n % 6) {
            case 1 -> "REGISTERED";
            case 2 -> "IN_PROGRESS";
            case 4 -> "SELF_ASSESSED";
            default -> "FOR_COUNCIL";
        };
    }

    private UUID entry(
            Template t,
            int year,
            String level,
            OrgUnitView owner,
            AdminUnitView place,
            @Nullable UUID replicatedFrom,
            boolean isPublic,
            int n) {
        BigDecimal lat = new BigDecimal("20.62")
                .add(BigDecimal.valueOf((n * 37L) % 26, 2))
                .setScale(6, RoundingMode.HALF_UP);
        BigDecimal lon = new BigDecimal("105.95")
                .add(BigDecimal.valueOf((n * 53L) % 44, 2))
                .setScale(6, RoundingMode.HALF_UP);
        String summary = "Mô hình " + t.name().toLowerCase(java.util.Locale.ROOT) + " do " + owner.name()
                + " tổ chức, huy động cán bộ, đảng viên và Nhân dân cùng tham gia; kết quả được cập nhật định kỳ."
                + MARK;
        UUID id = entries.insertEntry(
                new EntryService.NewEntry(
                        t.kind(),
                        year,
                        t.name(),
                        t.field(),
                        level,
                        owner,
                        "33",
                        place,
                        lat,
                        lon,
                        "Cán bộ, đảng viên, hội viên các đoàn thể và Nhân dân" + MARK,
                        summary,
                        LocalDate.of(year, 2, 15),
                        replicatedFrom,
                        t.tags(),
                        isPublic,
                        true),
                null,
                "Dữ liệu minh họa");
        entries.addObjective(id, 1, "Đạt chỉ tiêu kết quả trong năm", t.measure(), BigDecimal.valueOf(t.scale() * 3L));
        if (t.measure().equals(LAND)) {
            entries.addObjective(id, 2, "Số hộ tham gia hiến đất", HOUSEHOLDS, BigDecimal.valueOf(30));
        }
        if (isPublic) {
            jdbc.sql("UPDATE ex_entry SET story = ? WHERE id = ?")
                    .params(summary + " Cách làm: họp dân, vận động từng hộ, người đứng đầu làm gương.", id)
                    .update();
        }
        return id;
    }

    private void progress(UUID id, Template t, int year, String stage, boolean isPublic, OrgUnitView owner, int n) {
        if ("REGISTERED".equals(stage)) {
            return;
        }
        int updates = 1 + n % 3;
        for (int i = 0; i < updates; i++) {
            UUID update = Ids.newId();
            LocalDate on = LocalDate.of(year, 3 + i * 2, 10);
            jdbc.sql(
                            "INSERT INTO ex_update (id, entry_id, reported_on, text, author_name, created_at) VALUES (?, ?, ?, ?, ?, now())")
                    .params(
                            update,
                            id,
                            on,
                            "Cập nhật kết quả đợt " + (i + 1) + ": tổ chức họp dân, vận động từng hộ." + MARK,
                            "Dữ liệu minh họa")
                    .update();
            jdbc.sql("INSERT INTO ex_result (update_id, measure_id, value) VALUES (?, ?, ?)")
                    .params(update, t.measure(), BigDecimal.valueOf(t.scale() + (n * 7L) % 50))
                    .update();
            if (t.measure().equals(LAND)) {
                jdbc.sql("INSERT INTO ex_result (update_id, measure_id, value) VALUES (?, ?, ?)")
                        .params(update, HOUSEHOLDS, BigDecimal.valueOf(8 + n % 5))
                        .update();
            }
            if (isPublic && i == 0) {
                var stored = attachments.store(
                        new FileOwner(EntryService.MODULE, "update", update, owner.path()),
                        "anh-minh-hoa.png",
                        new ByteArrayInputStream(photo(n)),
                        Attachments.IMAGES);
                entries.linkFile(update, stored.id(), true);
            }
            entries.event(id, null, "Dữ liệu minh họa", "UPDATE_ADDED", on.toString());
        }
        if ("IN_PROGRESS".equals(stage)) {
            entries.setStatus(id, "IN_PROGRESS");
            return;
        }
        jdbc.sql("INSERT INTO ex_self_assessment (entry_id, period, text, effective, assessed_on, author_name)"
                        + " VALUES (?, 'ANNUAL', ?, ?, ?, 'Dữ liệu minh họa')")
                .params(
                        id,
                        "Mô hình đạt mục tiêu đề ra, được Nhân dân đồng tình." + MARK,
                        !"NOT_RECOGNISED".equals(stage),
                        LocalDate.of(year, 11, 5))
                .update();
        entries.event(id, null, "Dữ liệu minh họa", "SELF_ASSESSED_ANNUAL", null);
        switch (stage) {
            case "SELF_ASSESSED", "FOR_COUNCIL" -> entries.setStatus(id, "SELF_ASSESSED");
            case "NOT_RECOGNISED" -> entries.setStatus(id, "NOT_RECOGNISED");
            default -> {
                String level = entries.visible(id).level();
                entries.insertRecognition(
                        id,
                        null,
                        level,
                        (100 + n) + "-QĐ/BDV",
                        LocalDate.of(year, 12, 20),
                        "PROVINCE".equals(level) ? "Ban Thường vụ Tỉnh ủy Hưng Yên" : "Ban Thường vụ Đảng ủy" + MARK,
                        n % 3 == 0 ? "GIAY_KHEN" : n % 3 == 1 ? "BANG_KHEN" : null);
                entries.setStatus(id, "RECOGNISED");
                entries.event(id, null, "Dữ liệu minh họa", "RECOGNISED", (100 + n) + "-QĐ/BDV");
                if ("REVOKED".equals(stage)) {
                    jdbc.sql("UPDATE ex_recognition SET revoked_on = ?, revoke_reason = ? WHERE entry_id = ?")
                            .params(
                                    LocalDate.of(2026, 3, 1),
                                    "Kết quả không được duy trì, số liệu báo cáo chưa chính xác." + MARK,
                                    id)
                            .update();
                    entries.setStatus(id, "REVOKED");
                    jdbc.sql("UPDATE ex_entry SET public = false WHERE id = ?")
                            .param(id)
                            .update();
                    entries.event(id, null, "Dữ liệu minh họa", "REVOKED", null);
                }
            }
        }
    }

    /** 2023 models of the old district boards, recognised at district level. */
    private void oldHierarchy() {
        List<AdminUnitView> districts = units.search(UnitQuery.childrenOf("old-33"), PageRequest.of(0, 50))
                .getContent();
        int n = 300;
        for (AdminUnitView district : districts.subList(0, Math.min(4, districts.size()))) {
            OrgUnitView board = organisations.ofAdminUnit(district.id(), true).stream()
                    .filter(o -> o.kind() == OrgUnitKind.MASS_MOBILIZATION_BOARD)
                    .findFirst()
                    .orElse(null);
            if (board == null) {
                continue;
            }
            Template t = TEMPLATES.get(n % TEMPLATES.size());
            UUID id = entry(t, 2023, "DISTRICT", board, district, null, false, n);
            progress(id, t, 2023, "RECOGNISED", false, board, n);
            n++;
        }
    }

    /** A council per 2026 level with its candidates, scores and votes. */
    private void council2026(String level, Map<String, List<UUID>> byStage) {
        List<UUID> candidates = new ArrayList<>(byStage.getOrDefault("FOR_COUNCIL2026", List.of()));
        OrgUnitView org = organisations.ofAdminUnit("33", false).stream()
                .filter(o -> o.kind() == OrgUnitKind.MASS_MOBILIZATION_BOARD)
                .findFirst()
                .orElse(null);
        if (org == null) {
            return;
        }
        List<CouncilService.Member> members = List.of(
                new CouncilService.Member(1, "Nguyễn Văn Bình" + MARK, "Chủ tịch hội đồng"),
                new CouncilService.Member(2, "Trần Thị Mai" + MARK, "Thư ký"),
                new CouncilService.Member(3, "Lê Văn Cường" + MARK, "Thành viên"));
        UUID council = councils.insertCouncil(
                2026,
                level,
                "Hội đồng bình xét Dân vận khéo " + ("COMMUNE".equals(level) ? "cấp xã" : "cấp tỉnh") + " năm 2026"
                        + MARK,
                org,
                new BigDecimal("60"),
                members);
        if (!"COMMUNE".equals(level)) {
            return;
        }
        List<CouncilService.Criterion> criteria = councils.criteria(2026, level);
        int i = 0;
        for (UUID entry : candidates) {
            jdbc.sql("INSERT INTO ex_candidate (council_id, entry_id) VALUES (?, ?)")
                    .params(council, entry)
                    .update();
            entries.setStatus(entry, "UNDER_EVALUATION");
            entries.event(entry, null, "Dữ liệu minh họa", "UNDER_EVALUATION", null);
            if (i % 2 == 0) {
                for (CouncilService.Member m : members) {
                    for (CouncilService.Criterion c : criteria) {
                        jdbc.sql(
                                        "INSERT INTO ex_score (council_id, entry_id, member_position, criterion_id, points) VALUES (?, ?, ?, ?, ?)")
                                .params(
                                        council,
                                        entry,
                                        m.position(),
                                        c.id(),
                                        BigDecimal.valueOf(6 + (i + m.position() + c.position()) % 5))
                                .update();
                    }
                    jdbc.sql(
                                    "INSERT INTO ex_vote (council_id, entry_id, member_position, in_favour) VALUES (?, ?, ?, ?)")
                            .params(council, entry, m.position(), m.position() != 3 || i % 4 == 0)
                            .update();
                }
                entries.event(entry, null, "Dữ liệu minh họa", "SCORED", null);
            }
            if (i % 4 == 0) {
                jdbc.sql("UPDATE ex_candidate SET proposed = true WHERE council_id = ? AND entry_id = ?")
                        .params(council, entry)
                        .update();
                entries.setStatus(entry, "PROPOSED");
                entries.event(entry, null, "Dữ liệu minh họa", "PROPOSED", null);
            }
            i++;
        }
    }

    /** A small invented picture: a road between fields, in the colours of the commune's number. */
    static byte[] photo(int seed) {
        BufferedImage image = new BufferedImage(160, 120, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(new Color(120 + seed * 13 % 100, 180, 90 + seed * 7 % 100));
        g.fillRect(0, 0, 160, 120);
        g.setColor(new Color(200, 200, 190));
        g.fillPolygon(new int[] {60, 100, 130, 30}, new int[] {0, 0, 120, 120}, 4);
        g.setColor(new Color(140, 200, 240));
        g.fillRect(0, 0, 160, 25);
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
