package vn.danvan.benchmark;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import vn.danvan.shared.Ids;
import vn.danvan.shared.text.VietnameseText;

/**
 * Ten years (2017–2026) of one province's directive work, written into a running DanVan database: the demo
 * province Hưng Yên (code {@value #PROVINCE}), which the app loads in demo mode. About 200 documents of the
 * provincial Party Committee (Tỉnh ủy) and its mass-mobilization board, one implementation plan each, about 20,000
 * tasks (a few themes per document led by provincial organisations, each split into sub-tasks for the communes'
 * Party committees, People's Committees and Fronts, and before the 2025 reform partly for the old district boards),
 * about 200,000 progress reports (≈ 10 per task), and the interim/final reviews of the older documents with one
 * report row per unit. Dates are spread so that every task status occurs: completed on time, completed late, in
 * progress, overdue, with deadlines before and after today.
 *
 * <p>Simplification: the communes are today's (after the July 2025 reform) for all ten years; the pre-2025 communes
 * are not in the organisation register. Only the old provincial and district boards are, and they get a share of
 * the pre-reform tasks.
 *
 * <p>Every row goes in with {@code COPY} in one transaction. The documents' titles start with {@value #MARK}; a second
 * run finds them and does nothing.
 *
 * <p>Usage: {@code ProvinceDirectiveDataset [jdbcUrl] [documents] [tasks] [reportsPerTask]}.
 */
public final class ProvinceDirectiveDataset {

    static final String MARK = "[bench] ";
    static final String PROVINCE = "33";
    static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");
    static final LocalDate REFORM = LocalDate.of(2025, 7, 1);
    static final int FIRST_YEAR = 2017;
    static final int LAST_YEAR = 2026;

    // ---- Organisations ----

    record Org(UUID id, String kind, String name, String path) {}

    // ---- What gets written ----

    record Doc(
            UUID id,
            String kind,
            String number,
            LocalDate issuedOn,
            Org issuer,
            String issuerName,
            String title,
            String topic,
            String summary,
            List<UUID> implementsIds) {}

    private static final class Task {
        UUID id;
        UUID planId;
        Doc doc;
        UUID parentId;
        String title;
        String content;
        Org lead;
        LocalDate start;
        LocalDate deadline;
        String expectedOutput;
        Theme theme;
        BigDecimal target;
        BigDecimal value;
        int percent;
        LocalDate completedOn;
        List<UUID> coordinators = List.of();
    }

    /** A kind of task: title, what it says, what it should produce, and an optional numeric indicator. */
    record Theme(String title, String content, String output, String indicator, String unit, int min, int max) {}

    /** A kind of document: the word, the symbol after the number, who issues it, and how much work it assigns. */
    record DocKind(String kind, String symbol, boolean board, double weight) {}

    private static final List<DocKind> DOC_KINDS = List.of(
            new DocKind("CHI_THI", "CT/TU", false, 3.0),
            new DocKind("NGHI_QUYET", "NQ/TU", false, 3.0),
            new DocKind("KET_LUAN", "KL/TU", false, 1.5),
            new DocKind("KE_HOACH", "KH/BTGDVTU", true, 3.0),
            new DocKind("HUONG_DAN", "HD/BTGDVTU", true, 1.5),
            new DocKind("QUYET_DINH", "QĐ/TU", false, 0.5),
            new DocKind("QUY_DINH", "QĐi/TU", false, 0.5),
            new DocKind("THONG_BAO", "TB/TU", false, 0.5),
            new DocKind("CONG_VAN", "CV/BTGDVTU", true, 0.4));

    /** How often each kind is issued (same order as DOC_KINDS). */
    private static final int[] DOC_KIND_FREQUENCY = {4, 2, 2, 5, 2, 1, 1, 2, 1};

    private static final String[] TOPICS = {
        "tăng cường sự lãnh đạo của Đảng đối với công tác dân vận trong tình hình mới",
        "nâng cao chất lượng, hiệu quả phong trào thi đua \"Dân vận khéo\"",
        "thực hiện dân chủ ở cơ sở",
        "công tác tiếp công dân, giải quyết khiếu nại, tố cáo",
        "đẩy mạnh xây dựng nông thôn mới nâng cao, nông thôn mới kiểu mẫu",
        "vận động Nhân dân tham gia giải phóng mặt bằng các dự án trọng điểm",
        "công tác dân tộc, tôn giáo trên địa bàn tỉnh",
        "phát huy vai trò giám sát, phản biện xã hội của Mặt trận Tổ quốc và các đoàn thể",
        "tăng cường công tác nắm tình hình Nhân dân",
        "chuyển đổi số trong công tác dân vận",
        "xây dựng đô thị văn minh, nếp sống văn hóa ở khu dân cư",
        "nâng cao hiệu quả công tác hòa giải ở cơ sở",
        "vận động Nhân dân bảo vệ môi trường, phân loại rác thải tại nguồn",
        "vận động xây dựng Quỹ \"Vì người nghèo\", xóa nhà tạm, nhà dột nát",
        "công tác dân vận của chính quyền các cấp",
        "phát huy vai trò của người có uy tín trong cộng đồng dân cư"
    };

    private static final String[] YEAR_TOPICS = {
        "công tác dân vận năm %d",
        "tổ chức Tháng hành động vì người nghèo năm %d",
        "tuyên truyền, vận động Nhân dân thực hiện các nhiệm vụ chính trị năm %d"
    };

    private static final List<Theme> THEMES = List.of(
            new Theme(
                    "Quán triệt, tuyên truyền %s",
                    "Tổ chức hội nghị quán triệt đến cán bộ, đảng viên; tuyên truyền sâu rộng trong Nhân dân qua hệ "
                            + "thống truyền thanh cơ sở và mạng xã hội.",
                    "Báo cáo kết quả quán triệt",
                    "Số cán bộ, đảng viên được quán triệt", "người", 100, 3_000),
            new Theme(
                    "Xây dựng kế hoạch thực hiện %s ở cơ sở",
                    "Cụ thể hóa nội dung thành kế hoạch, chương trình hành động của cấp ủy; phân công rõ người, rõ "
                            + "việc, rõ thời gian.",
                    "Kế hoạch của cấp ủy cơ sở", null, null, 0, 0),
            new Theme(
                    "Đăng ký, xây dựng mô hình \"Dân vận khéo\" gắn với %s",
                    "Lựa chọn, đăng ký mô hình; hướng dẫn, theo dõi, đánh giá và nhân rộng các mô hình hiệu quả.",
                    "Danh sách mô hình được công nhận",
                    "Số mô hình được công nhận", "mô hình", 1, 12),
            new Theme(
                    "Tổ chức đối thoại giữa người đứng đầu cấp ủy, chính quyền với Nhân dân về %s",
                    "Chuẩn bị nội dung, tổ chức đối thoại trực tiếp; tiếp thu, giải quyết kiến nghị sau đối thoại.",
                    "Biên bản, báo cáo kết quả đối thoại",
                    "Số cuộc đối thoại", "cuộc", 1, 8),
            new Theme(
                    "Vận động hộ dân bàn giao mặt bằng thực hiện %s",
                    "Phối hợp với chính quyền tuyên truyền chính sách bồi thường, hỗ trợ, tái định cư; vận động hộ "
                            + "dân bàn giao mặt bằng đúng tiến độ.",
                    "Báo cáo kết quả vận động",
                    "Số hộ đã bàn giao mặt bằng", "hộ", 10, 400),
            new Theme(
                    "Nắm tình hình tư tưởng Nhân dân liên quan đến %s",
                    "Theo dõi dư luận xã hội, tâm trạng Nhân dân; kịp thời báo cáo những vấn đề mới nảy sinh.",
                    "Báo cáo tình hình định kỳ", null, null, 0, 0),
            new Theme(
                    "Tổng hợp ý kiến, kiến nghị của cử tri và Nhân dân về %s",
                    "Tiếp nhận, phân loại, chuyển cơ quan có thẩm quyền giải quyết và theo dõi kết quả trả lời.",
                    "Báo cáo tổng hợp ý kiến, kiến nghị",
                    "Số ý kiến, kiến nghị được tổng hợp", "ý kiến", 5, 200),
            new Theme(
                    "Kiện toàn tổ hòa giải ở cơ sở phục vụ %s",
                    "Rà soát, kiện toàn, bồi dưỡng kỹ năng cho hòa giải viên; giải quyết mâu thuẫn ngay từ cơ sở.",
                    "Quyết định kiện toàn tổ hòa giải",
                    "Số tổ hòa giải được kiện toàn", "tổ", 3, 40),
            new Theme(
                    "Vận động Nhân dân hiến đất mở đường theo %s",
                    "Vận động hộ dân hiến đất, tháo dỡ công trình, mở rộng đường giao thông nông thôn.",
                    "Báo cáo kết quả hiến đất",
                    "Diện tích đất được hiến", "m²", 100, 8_000),
            new Theme(
                    "Vận động ủng hộ Quỹ \"Vì người nghèo\" theo %s",
                    "Phát động, tiếp nhận và công khai các khoản ủng hộ; hỗ trợ hộ nghèo, hộ có hoàn cảnh khó khăn.",
                    "Báo cáo kết quả vận động",
                    "Số tiền vận động được", "triệu đồng", 50, 3_000),
            new Theme(
                    "Hỗ trợ xóa nhà tạm, nhà dột nát theo %s",
                    "Rà soát hộ có nhà tạm, nhà dột nát; vận động nguồn lực, ngày công hỗ trợ xây mới, sửa chữa.",
                    "Danh sách nhà được hỗ trợ",
                    "Số nhà được hỗ trợ", "nhà", 1, 40),
            new Theme(
                    "Vận động phân loại rác thải sinh hoạt tại nguồn theo %s",
                    "Tuyên truyền, hướng dẫn hộ gia đình phân loại rác; xây dựng tuyến đường, khu dân cư xanh - sạch.",
                    "Báo cáo kết quả thực hiện",
                    "Số hộ thực hiện phân loại rác", "hộ", 100, 5_000),
            new Theme(
                    "Thực hiện dân chủ ở cơ sở, công khai các khoản đóng góp theo %s",
                    "Công khai chủ trương, chính sách, các khoản huy động đóng góp; lấy ý kiến Nhân dân trước khi "
                            + "quyết định.",
                    "Báo cáo thực hiện dân chủ ở cơ sở", null, null, 0, 0),
            new Theme(
                    "Giám sát việc giải quyết đơn thư liên quan đến %s",
                    "Phối hợp với Mặt trận giám sát việc tiếp nhận, giải quyết đơn thư khiếu nại, tố cáo của công dân.",
                    "Báo cáo kết quả giám sát",
                    "Số đơn thư được giám sát", "đơn", 5, 120),
            new Theme(
                    "Hỗ trợ người dân sử dụng dịch vụ công trực tuyến phục vụ %s",
                    "Cập nhật dữ liệu dân cư, hướng dẫn kích hoạt định danh điện tử, nộp hồ sơ trực tuyến.",
                    "Báo cáo kết quả hỗ trợ",
                    "Số tài khoản định danh điện tử được kích hoạt", "tài khoản", 500, 12_000),
            new Theme(
                    "Sơ kết, đánh giá kết quả thực hiện %s",
                    "Đánh giá kết quả, chỉ ra hạn chế, nguyên nhân; đề xuất giải pháp, báo cáo Ban Thường vụ.",
                    "Báo cáo sơ kết", null, null, 0, 0));

    private static final String[] PROGRESS_OPENINGS = {
        "Đã triển khai đến các chi bộ, tổ dân phố",
        "Đã tổ chức hội nghị triển khai với các thôn, tổ dân phố",
        "Phối hợp với Ủy ban MTTQ và các đoàn thể vận động Nhân dân",
        "Đã rà soát, tổng hợp tình hình tại các khu dân cư",
        "Đã giao cho các đồng chí cấp ủy viên phụ trách địa bàn theo dõi",
        "Đã tuyên truyền trên hệ thống truyền thanh cơ sở và nhóm Zalo khu dân cư",
        "Tiếp tục đôn đốc các chi bộ thực hiện",
        "Đã làm việc với các hộ còn băn khoăn, giải thích chính sách"
    };
    private static final String[] PROGRESS_DIFFICULTIES = {
        "",
        "",
        " Một số hộ chưa đồng thuận, tiếp tục vận động.",
        " Kinh phí thực hiện còn hạn chế.",
        " Cán bộ kiêm nhiệm nhiều việc nên tiến độ còn chậm.",
        " Thời tiết ảnh hưởng đến việc tổ chức các hoạt động.",
        " Đề nghị cấp trên hướng dẫn thêm về cách đánh giá kết quả."
    };

    private final Random random;
    private final LocalDate today;
    private final Instant now;

    private Org partyCommittee;
    private Org board;
    private Org oldBoard;
    private final List<Org> provincial = new ArrayList<>();
    private final List<Org> oldDistrictBoards = new ArrayList<>();
    private final Map<String, List<Org>> communeByKind = new HashMap<>();
    private final List<Org> communeOther = new ArrayList<>();

    private ProvinceDirectiveDataset(Random random, LocalDate today) {
        this.random = random;
        this.today = today;
        this.now = Instant.now();
    }

    public static void main(String[] args) throws Exception {
        String url = args.length > 0 ? args[0] : NationDataset.DEFAULT_URL;
        int documents = args.length > 1 ? Integer.parseInt(args[1]) : 200;
        int tasks = args.length > 2 ? Integer.parseInt(args[2]) : 20_000;
        int reportsPerTask = args.length > 3 ? Integer.parseInt(args[3]) : 10;
        LocalDate today = LocalDate.now(VIETNAM);
        try (Connection db = DriverManager.getConnection(url, "postgres", "postgres")) {
            db.setAutoCommit(false);
            if (count(db, "SELECT count(*) FROM directive_document WHERE title LIKE '" + MARK + "%'") > 0) {
                System.out.println("Province directive dataset already present; nothing generated.");
                db.rollback();
                printSizes(db, today);
                return;
            }
            long started = System.nanoTime();
            new ProvinceDirectiveDataset(new Random(20_170_101L), today).generate(db, documents, tasks, reportsPerTask);
            db.commit();
            long written = System.nanoTime();
            db.setAutoCommit(true);
            try (Statement s = db.createStatement()) {
                s.execute("ANALYZE directive_document, directive_document_link, directive_plan, directive_task, "
                        + "directive_task_coordinator, directive_progress, directive_review, directive_review_unit");
            }
            System.out.printf(
                    "Generated in %d ms (+ ANALYZE %d ms), one transaction%n",
                    (written - started) / 1_000_000, (System.nanoTime() - written) / 1_000_000);
            printSizes(db, today);
        }
    }

    private void generate(Connection db, int documentCount, int taskCount, int reportsPerTask) throws SQLException {
        loadOrganisations(db);
        long t0 = System.nanoTime();
        List<Doc> docs = documents(documentCount);
        Map<UUID, UUID> supersededBy = new HashMap<>();
        Map<UUID, String> states = states(docs, supersededBy);
        Map<UUID, UUID> plans = new LinkedHashMap<>();
        List<Task> tasks = new ArrayList<>(taskCount + 500);
        double weightSum = docs.stream().mapToDouble(this::weight).sum();
        for (Doc d : docs) {
            int target = Math.max(3, (int) Math.round(taskCount * weight(d) / weightSum));
            UUID planId = Ids.newId();
            plans.put(d.id(), planId);
            tasks.addAll(tasksOf(d, planId, target));
        }
        System.out.printf(
                "Planned %d documents, %d plans, %d tasks in %d ms%n",
                docs.size(), plans.size(), tasks.size(), (System.nanoTime() - t0) / 1_000_000);

        long t1 = System.nanoTime();
        try (Copy c = new Copy(db, "directive_document (id, kind, family, number, issued_on, issuing_org_unit_id, "
                + "issuer_name, title, summary, state, superseded_by_id, path, province_code, search_text, demo, "
                + "created_at, updated_at, version)")) {
            for (Doc d : docs) {
                Instant created = at(d.issuedOn().plusDays(2), 9);
                c.row(
                        d.id(), d.kind(), "PARTY", d.number(), d.issuedOn(), d.issuer().id(), d.issuerName(),
                        d.title(), d.summary(), states.get(d.id()), supersededBy.get(d.id()), d.issuer().path(),
                        PROVINCE, VietnameseText.fold(d.number() + " " + d.title() + " " + d.summary()), false,
                        created, created, 0);
            }
        }
        try (Copy c = new Copy(db, "directive_document_link (document_id, implements_id)")) {
            for (Doc d : docs) {
                for (UUID target : d.implementsIds()) {
                    c.row(d.id(), target);
                }
            }
        }
        try (Copy c = new Copy(db, "directive_plan (id, document_id, title, owner_org_unit_id, open, path, "
                + "province_code, demo, created_at, version)")) {
            for (Doc d : docs) {
                Org owner = d.issuedOn().isBefore(REFORM) ? oldBoard : board;
                c.row(
                        plans.get(d.id()), d.id(), "Kế hoạch triển khai thực hiện " + word(d.kind()) + " số "
                                + d.number(), owner.id(), d.issuedOn().getYear() >= today.getYear() - 1, owner.path(),
                        PROVINCE, false, at(d.issuedOn().plusDays(7), 10), 0);
            }
        }
        System.out.printf("documents, links, plans: %d ms%n", (System.nanoTime() - t1) / 1_000_000);

        long t2 = System.nanoTime();
        long coordinators = 0;
        try (Copy c = new Copy(db, "directive_task (id, plan_id, document_id, parent_task_id, title, content, "
                + "lead_org_unit_id, start_on, deadline, expected_output, indicator_name, indicator_unit, "
                + "indicator_target, indicator_value, percent_complete, completed_on, path, province_code, "
                + "search_text, demo, created_at, updated_at, version)")) {
            for (Task t : tasks) {
                Instant created = at(t.start.minusDays(random.nextInt(5)), 8 + random.nextInt(9));
                LocalDate lastChange = t.completedOn != null ? t.completedOn : t.start.plusDays(1);
                c.row(
                        t.id, t.planId, t.doc.id(), t.parentId, t.title, t.content, t.lead.id(), t.start, t.deadline,
                        t.expectedOutput, t.theme.indicator(), t.theme.unit(), t.target, t.value, t.percent,
                        t.completedOn, t.lead.path(), PROVINCE, VietnameseText.fold(t.title + " " + t.content),
                        false, created, at(lastChange, 16), 0);
            }
        }
        try (Copy c = new Copy(db, "directive_task_coordinator (task_id, org_unit_id)")) {
            for (Task t : tasks) {
                for (UUID o : t.coordinators) {
                    c.row(t.id, o);
                    coordinators++;
                }
            }
        }
        System.out.printf(
                "directive_task: %d rows, coordinators %d rows in %d ms%n",
                tasks.size(), coordinators, (System.nanoTime() - t2) / 1_000_000);

        long t3 = System.nanoTime();
        long reports;
        try (Copy c = new Copy(db, "directive_progress (id, task_id, reported_on, percent_complete, narrative, "
                + "indicator_value, completed, reported_by, path, demo, created_at)")) {
            for (Task t : tasks) {
                progress(c, t, reportsPerTask);
            }
            reports = c.rows();
        }
        System.out.printf(
                "directive_progress: %d rows (%.1f per task) in %d ms%n",
                reports, reports / (double) tasks.size(), (System.nanoTime() - t3) / 1_000_000);

        long t4 = System.nanoTime();
        long[] reviewRows = reviews(db, docs, tasks, plans);
        System.out.printf(
                "directive_review: %d rows (%d open), directive_review_unit: %d rows in %d ms%n",
                reviewRows[0], reviewRows[1], reviewRows[2], (System.nanoTime() - t4) / 1_000_000);
    }

    // ---- Organisations of the province, as the demo province loaded them ----

    private void loadOrganisations(Connection db) throws SQLException {
        try (Statement s = db.createStatement();
                ResultSet rs = s.executeQuery("SELECT id, kind, name, path, valid_to IS NULL FROM org_unit "
                        + "WHERE province_code = '" + PROVINCE + "' ORDER BY path, kind, created_at, id")) {
            while (rs.next()) {
                Org o = new Org(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3), rs.getString(4));
                boolean current = rs.getBoolean(5);
                if (o.path().equals(PROVINCE + "/old-" + PROVINCE)) {
                    if (o.kind().equals("MASS_MOBILIZATION_BOARD") && oldBoard == null) {
                        oldBoard = o;
                    }
                } else if (o.path().startsWith(PROVINCE + "/old-")) {
                    if (o.kind().equals("MASS_MOBILIZATION_BOARD")) {
                        oldDistrictBoards.add(o);
                    }
                } else if (!current) {
                    continue;
                } else if (o.path().equals(PROVINCE)) {
                    provincial.add(o);
                    if (o.kind().equals("PARTY_COMMITTEE") && partyCommittee == null) {
                        partyCommittee = o;
                    }
                    if (o.kind().equals("MASS_MOBILIZATION_BOARD") && board == null) {
                        board = o;
                    }
                } else if (List.of("PARTY_COMMITTEE", "PEOPLES_COMMITTEE", "FATHERLAND_FRONT").contains(o.kind())) {
                    communeByKind.computeIfAbsent(o.kind(), k -> new ArrayList<>()).add(o);
                } else if (!o.kind().equals("VILLAGE_FRONT_TEAM")) {
                    communeOther.add(o);
                }
            }
        }
        if (partyCommittee == null || board == null || communeByKind.getOrDefault("PARTY_COMMITTEE", List.of()).size() < 10) {
            throw new IllegalStateException("The demo province " + PROVINCE + " is missing (is the app in demo mode?)");
        }
        if (oldBoard == null) {
            oldBoard = board;
        }
        System.out.printf(
                "Province %s: %d provincial organisations, %d commune Party committees, %d People's Committees, %d "
                        + "Fronts, %d other commune organisations, %d old district boards%n",
                PROVINCE, provincial.size(), communeByKind.get("PARTY_COMMITTEE").size(),
                communeByKind.getOrDefault("PEOPLES_COMMITTEE", List.of()).size(),
                communeByKind.getOrDefault("FATHERLAND_FRONT", List.of()).size(), communeOther.size(),
                oldDistrictBoards.size());
    }

    // ---- Documents ----

    private List<Doc> documents(int count) {
        int years = LAST_YEAR - FIRST_YEAR + 1;
        List<LocalDate> dates = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            int year = FIRST_YEAR + i % years;
            LocalDate first = LocalDate.of(year, 1, 5);
            LocalDate last = year == today.getYear() ? today.minusDays(20) : LocalDate.of(year, 12, 28);
            if (year > today.getYear() || last.isBefore(first)) {
                year = today.getYear() - 1;
                first = LocalDate.of(year, 1, 5);
                last = LocalDate.of(year, 12, 28);
            }
            dates.add(first.plusDays(random.nextInt((int) ChronoUnit.DAYS.between(first, last) + 1)));
        }
        dates.sort(Comparator.naturalOrder());
        int totalFrequency = 0;
        for (int f : DOC_KIND_FREQUENCY) {
            totalFrequency += f;
        }
        Map<String, Integer> numbers = new HashMap<>();
        List<Doc> docs = new ArrayList<>();
        Doc lastDirective = null;
        for (LocalDate issued : dates) {
            int pick = random.nextInt(totalFrequency);
            DocKind kind = DOC_KINDS.get(0);
            for (int k = 0; k < DOC_KINDS.size(); k++) {
                pick -= DOC_KIND_FREQUENCY[k];
                if (pick < 0) {
                    kind = DOC_KINDS.get(k);
                    break;
                }
            }
            boolean beforeReform = issued.isBefore(REFORM);
            Org issuer = kind.board() ? (beforeReform ? oldBoard : board) : partyCommittee;
            String symbol = kind.board() && beforeReform ? kind.symbol().replace("BTGDVTU", "BDVTU") : kind.symbol();
            // Party documents are numbered within a term of the Party Committee (2015–2020, 2020–2025, 2025–2030).
            int term = issued.isBefore(LocalDate.of(2020, 10, 15)) ? 2015 : issued.isBefore(LocalDate.of(2025, 10, 1)) ? 2020 : 2025;
            int n = numbers.merge(symbol + "@" + term, 1 + random.nextInt(kind.board() ? 4 : 2), Integer::sum);
            String number = n + "-" + symbol;
            String issuerName = kind.board()
                    ? (beforeReform ? "Ban Dân vận Tỉnh ủy Hưng Yên" : "Ban Tuyên giáo và Dân vận Tỉnh ủy Hưng Yên")
                    : kind.kind().equals("NGHI_QUYET") ? "Ban Chấp hành Đảng bộ tỉnh Hưng Yên"
                    : "Ban Thường vụ Tỉnh ủy Hưng Yên";
            List<UUID> implementsIds = new ArrayList<>();
            String topic;
            String title;
            if ((kind.kind().equals("KE_HOACH") || kind.kind().equals("HUONG_DAN"))
                    && lastDirective != null
                    && random.nextInt(10) < 7) {
                implementsIds.add(lastDirective.id());
                topic = word(lastDirective.kind()).toLowerCase() + " số " + lastDirective.number();
                title = (kind.kind().equals("KE_HOACH") ? "Triển khai thực hiện " : "Hướng dẫn thực hiện ")
                        + word(lastDirective.kind()) + " số " + lastDirective.number() + " về " + lastDirective.topic();
            } else if (kind.kind().equals("KE_HOACH") && random.nextInt(3) == 0) {
                topic = YEAR_TOPICS[random.nextInt(YEAR_TOPICS.length)].formatted(issued.getYear());
                title = "Về " + topic;
            } else {
                topic = TOPICS[random.nextInt(TOPICS.length)];
                title = "Về " + topic;
            }
            String summary = word(kind.kind()) + " của " + issuerName + " " + title.substring(0, 1).toLowerCase()
                    + title.substring(1) + ". Dữ liệu sinh cho đo hiệu năng (benchmark), không phải văn bản thật.";
            Doc doc = new Doc(Ids.newId(), kind.kind(), number, issued, issuer, issuerName, MARK + title,
                    topic.length() > 120 ? topic.substring(0, 120) : topic, summary, implementsIds);
            docs.add(doc);
            if (List.of("CHI_THI", "NGHI_QUYET", "KET_LUAN").contains(kind.kind())) {
                lastDirective = doc;
            }
        }
        return docs;
    }

    /** Older documents are sometimes amended or replaced by a later one of the same issuer. */
    private Map<UUID, String> states(List<Doc> docs, Map<UUID, UUID> supersededBy) {
        Map<UUID, String> states = new HashMap<>();
        for (int i = 0; i < docs.size(); i++) {
            Doc d = docs.get(i);
            String state = "IN_FORCE";
            if (d.issuedOn().getYear() < today.getYear() - 2) {
                int r = random.nextInt(100);
                List<Doc> later = new ArrayList<>();
                for (int j = i + 1; j < docs.size(); j++) {
                    Doc o = docs.get(j);
                    if (o.issuer().equals(d.issuer()) && o.kind().equals(d.kind())) {
                        later.add(o);
                    }
                }
                if (!later.isEmpty() && r < 25) {
                    state = r < 15 ? "REPLACED" : "AMENDED";
                    supersededBy.put(d.id(), later.get(random.nextInt(Math.min(3, later.size()))).id());
                }
            }
            states.put(d.id(), state);
        }
        return states;
    }

    private double weight(Doc d) {
        for (DocKind k : DOC_KINDS) {
            if (k.kind().equals(d.kind())) {
                // Same seed for the same document: the weight is drawn from its id's bits.
                double jitter = 0.5 + (d.id().getLeastSignificantBits() >>> 40) / (double) (1L << 24);
                return k.weight() * jitter;
            }
        }
        return 1;
    }

    // ---- Tasks ----

    private List<Task> tasksOf(Doc doc, UUID planId, int target) {
        List<Task> result = new ArrayList<>(target);
        int themes = Math.max(1, Math.min(8, target / 25));
        boolean beforeReform = doc.issuedOn().isBefore(REFORM);
        LocalDate planned = doc.issuedOn().plusDays(5 + random.nextInt(20));
        List<Theme> chosen = new ArrayList<>(THEMES);
        java.util.Collections.shuffle(chosen, random);
        int children = target - themes;
        for (int k = 0; k < themes; k++) {
            Theme theme = chosen.get(k % chosen.size());
            Task parent = new Task();
            parent.id = Ids.newId();
            parent.planId = planId;
            parent.doc = doc;
            parent.theme = theme;
            parent.title = theme.title().formatted(shortName(doc));
            parent.content = theme.content();
            parent.expectedOutput = theme.output();
            int r = random.nextInt(10);
            parent.lead = r < 4 ? (beforeReform ? oldBoard : board) : provincial.get(random.nextInt(provincial.size()));
            parent.start = min(planned.plusDays(random.nextInt(30)), today);
            parent.deadline = parent.start.plusMonths(duration());
            finish(parent);
            result.add(parent);
            int mine = children / themes + (k < children % themes ? 1 : 0);
            Set<UUID> taken = new HashSet<>();
            for (int c = 0; c < mine; c++) {
                Task child = new Task();
                child.id = Ids.newId();
                child.planId = planId;
                child.doc = doc;
                child.parentId = parent.id;
                child.theme = theme;
                child.title = parent.title;
                child.content = parent.content;
                child.expectedOutput = parent.expectedOutput;
                child.lead = childLead(beforeReform, taken);
                child.start = parent.start;
                long days = ChronoUnit.DAYS.between(parent.start, parent.deadline);
                // A split may give the lower units an earlier deadline than the parent's.
                child.deadline = random.nextInt(10) < 3
                        ? parent.start.plusDays(Math.max(1, days - random.nextInt((int) Math.max(1, days / 3))))
                        : parent.deadline;
                if (random.nextInt(10) < 3) {
                    child.coordinators = coordinatorsOf(child.lead);
                }
                finish(child);
                result.add(child);
            }
        }
        return result;
    }

    /** Months from start to deadline: mostly a quarter to a year, some multi-year targets. */
    private int duration() {
        int[] months = {1, 2, 3, 3, 6, 6, 6, 9, 12, 12, 12, 18, 24, 36, 60};
        return months[random.nextInt(months.length)];
    }

    private Org childLead(boolean beforeReform, Set<UUID> taken) {
        for (int attempt = 0; ; attempt++) {
            Org o;
            int r = random.nextInt(100);
            if (beforeReform && r < 12 && !oldDistrictBoards.isEmpty()) {
                o = oldDistrictBoards.get(random.nextInt(oldDistrictBoards.size()));
            } else if (r >= 12 && r < 20) {
                // Provincial bodies take part too: the Front, the unions, the People's Committee's departments.
                o = provincial.get(random.nextInt(provincial.size()));
            } else if (r >= 20 && r < 22 && !communeOther.isEmpty()) {
                o = communeOther.get(random.nextInt(communeOther.size()));
            } else {
                int k = random.nextInt(100);
                String kind = k < 55 ? "PARTY_COMMITTEE" : k < 80 ? "PEOPLES_COMMITTEE" : "FATHERLAND_FRONT";
                List<Org> pool = communeByKind.getOrDefault(kind, communeByKind.get("PARTY_COMMITTEE"));
                o = pool.get(random.nextInt(pool.size()));
            }
            if (taken.add(o.id()) || attempt > 20) {
                return o;
            }
        }
    }

    /** The same commune's Front and People's Committee coordinate with its Party committee, and so on. */
    private List<UUID> coordinatorsOf(Org lead) {
        List<UUID> result = new ArrayList<>();
        for (List<Org> pool : communeByKind.values()) {
            for (Org o : pool) {
                if (o.path().equals(lead.path()) && !o.id().equals(lead.id()) && result.size() < 2) {
                    result.add(o.id());
                }
            }
        }
        if (result.isEmpty()) {
            result.add(provincial.get(random.nextInt(provincial.size())).id());
            result.remove(lead.id());
        }
        return result;
    }

    /** Decides completion and the latest figures, so that every status occurs with realistic shares. */
    private void finish(Task t) {
        if (t.theme.indicator() != null) {
            int span = t.theme.max() - t.theme.min();
            t.target = BigDecimal.valueOf(t.theme.min() + random.nextInt(span + 1)).setScale(2);
        }
        long total = Math.max(1, ChronoUnit.DAYS.between(t.start, t.deadline));
        if (t.deadline.isBefore(today)) {
            long ago = ChronoUnit.DAYS.between(t.deadline, today);
            int open = ago > 3 * 365 ? 3 : ago > 365 ? 7 : 18;
            int r = random.nextInt(100);
            if (r < open) {
                t.completedOn = null;
            } else if (r < open + 16) {
                LocalDate late = t.deadline.plusDays(1 + random.nextInt(120));
                t.completedOn = late.isAfter(today) ? null : late;
            } else {
                t.completedOn = t.start.plusDays(total / 2 + random.nextInt((int) (total - total / 2) + 1));
            }
        } else {
            long elapsed = ChronoUnit.DAYS.between(t.start, today);
            if (elapsed > 0 && random.nextInt(100) < 40 * elapsed / total) {
                t.completedOn = t.start.plusDays(1 + random.nextInt((int) elapsed));
            }
        }
        if (t.completedOn != null) {
            t.percent = 100;
        } else {
            long elapsed = Math.max(0, ChronoUnit.DAYS.between(t.start, today));
            double share = Math.min(1.0, elapsed / (double) total);
            t.percent = (int) Math.max(0, Math.min(95, Math.round(share * 90 - 10 + random.nextInt(20))));
        }
        if (t.target != null && t.percent > 0) {
            t.value = t.target.multiply(BigDecimal.valueOf(t.percent)).divide(BigDecimal.valueOf(100), 0,
                    java.math.RoundingMode.HALF_UP).setScale(2);
        }
    }

    // ---- Progress reports ----

    private void progress(Copy c, Task t, int perTask) throws SQLException {
        LocalDate end = t.completedOn != null ? t.completedOn : today;
        long span = ChronoUnit.DAYS.between(t.start, end);
        if (span < 0) {
            return;
        }
        int n = perTask / 2 + random.nextInt(perTask + 1);
        n = (int) Math.max(1, Math.min(n, span / 3 + 1));
        String reporter = t.lead.path().equals(PROVINCE) ? "chuyenvien.tinh"
                : t.lead.path().equals(PROVINCE + "/11953") ? "canbo.phohien" : "canbo." + t.lead.path().substring(t.lead.path().lastIndexOf('/') + 1);
        int previous = 0;
        for (int i = 1; i <= n; i++) {
            boolean last = i == n;
            long step = span / n;
            LocalDate on = last ? end : t.start.plusDays(Math.max(1, span * i / n - random.nextInt((int) (step / 2 + 1))));
            if (on.isAfter(end)) {
                on = end;
            }
            boolean completed = last && t.completedOn != null;
            int percent = completed ? 100 : last ? t.percent : Math.max(previous, t.percent * i / n);
            previous = percent;
            BigDecimal value = t.target == null ? null
                    : t.target.multiply(BigDecimal.valueOf(percent)).divide(BigDecimal.valueOf(100), 0,
                            java.math.RoundingMode.HALF_UP).setScale(2);
            String narrative = completed
                    ? "Đã hoàn thành nhiệm vụ, gửi báo cáo kết quả về Ban Tuyên giáo và Dân vận Tỉnh ủy."
                            + (value == null ? "" : " Đạt " + value.toBigInteger() + " " + t.theme.unit() + ".")
                    : PROGRESS_OPENINGS[random.nextInt(PROGRESS_OPENINGS.length)] + "; ước đạt " + percent
                            + "% khối lượng công việc."
                            + PROGRESS_DIFFICULTIES[random.nextInt(PROGRESS_DIFFICULTIES.length)];
            c.row(Ids.newId(), t.id, on, percent, narrative, value, completed, reporter, t.lead.path(), false,
                    at(on, 8 + random.nextInt(10)));
        }
    }

    // ---- Reviews (sơ kết, tổng kết) ----

    private long[] reviews(Connection db, List<Doc> docs, List<Task> tasks, Map<UUID, UUID> plans)
            throws SQLException {
        Map<UUID, List<Task>> byDoc = new HashMap<>();
        for (Task t : tasks) {
            byDoc.computeIfAbsent(t.doc.id(), k -> new ArrayList<>()).add(t);
        }
        record Review(UUID id, Doc doc, String kind, LocalDate from, LocalDate to, LocalDate due, boolean open) {}
        List<Review> reviews = new ArrayList<>();
        Map<String, Integer> reportNumbers = new HashMap<>();
        for (Doc d : docs) {
            LocalDate interimTo = d.issuedOn().plusMonths(6 + 6L * random.nextInt(2));
            if (interimTo.isBefore(today.minusDays(30))) {
                reviews.add(new Review(Ids.newId(), d, "INTERIM", d.issuedOn(), interimTo, interimTo.minusDays(5), false));
            } else if (d.issuedOn().isBefore(today.minusDays(90))) {
                // Open now: the units' reports are being collected around today.
                reviews.add(new Review(Ids.newId(), d, "INTERIM", d.issuedOn(), min(interimTo, today),
                        today.plusDays(random.nextInt(25) - 10), true));
            }
            LocalDate finalTo = d.issuedOn().plusYears(5);
            if (finalTo.isBefore(today.minusDays(30))) {
                reviews.add(new Review(Ids.newId(), d, "FINAL", d.issuedOn(), finalTo, finalTo.minusDays(5), false));
            }
        }
        long units = 0;
        long open = reviews.stream().filter(Review::open).count();
        try (Copy c = new Copy(db, "directive_review (id, document_id, kind, title, period_from, period_to, due_on, "
                + "owner_org_unit_id, state, report_number, report_issued_on, signer_name, path, province_code, "
                + "demo, created_at, closed_at, version)")) {
            for (Review r : reviews) {
                Org owner = r.doc().issuedOn().isBefore(REFORM) ? oldBoard : board;
                String what = r.kind().equals("INTERIM") ? "Sơ kết" : "Tổng kết";
                String number = null;
                LocalDate issued = null;
                if (!r.open()) {
                    String symbol = r.to().isBefore(REFORM) ? "BC/BDVTU" : "BC/BTGDVTU";
                    number = reportNumbers.merge(symbol + r.to().getYear(), 1 + random.nextInt(5), Integer::sum)
                            + "-" + symbol;
                    issued = r.due().plusDays(3 + random.nextInt(10));
                }
                c.row(
                        r.id(), r.doc().id(), r.kind(), what + " thực hiện " + word(r.doc().kind()) + " số "
                                + r.doc().number(), r.from(), r.to(), r.due(), owner.id(), r.open() ? "OPEN" : "CLOSED",
                        number, issued, r.open() ? null : "Trần Thị Minh Hằng", owner.path(), PROVINCE, false,
                        at(r.to().minusDays(20), 9), r.open() ? null : at(issued, 15), 0);
            }
        }
        try (Copy c = new Copy(db, "directive_review_unit (id, review_id, org_unit_id, path, submitted_on, "
                + "submitted_by, on_time, late, in_progress, overdue, results, shortcomings, causes, proposals, "
                + "version)")) {
            for (Review r : reviews) {
                Map<UUID, int[]> figures = new LinkedHashMap<>();
                Map<UUID, Org> leads = new HashMap<>();
                for (Task t : byDoc.getOrDefault(r.doc().id(), List.of())) {
                    int[] f = figures.computeIfAbsent(t.lead.id(), k -> new int[4]);
                    leads.put(t.lead.id(), t.lead);
                    LocalDate at = r.to();
                    if (t.completedOn != null && !t.completedOn.isAfter(at)) {
                        f[t.completedOn.isAfter(t.deadline) ? 1 : 0]++;
                    } else {
                        f[t.deadline.isBefore(at) ? 3 : 2]++;
                    }
                }
                for (var e : figures.entrySet()) {
                    Org lead = leads.get(e.getKey());
                    boolean submitted = !r.open() ? random.nextInt(100) < 97 : random.nextInt(100) < 55;
                    int[] f = e.getValue();
                    c.row(
                            Ids.newId(), r.id(), lead.id(), lead.path(),
                            submitted ? min(r.due().minusDays(random.nextInt(10) - 3), today) : null,
                            submitted ? "canbo." + lead.path().substring(lead.path().lastIndexOf('/') + 1) : null,
                            f[0], f[1], f[2], f[3],
                            submitted ? "Đã triển khai các nhiệm vụ được giao; hoàn thành " + (f[0] + f[1]) + "/"
                                    + (f[0] + f[1] + f[2] + f[3]) + " nhiệm vụ." : null,
                            submitted && f[3] > 0 ? "Còn " + f[3] + " nhiệm vụ quá hạn." : null,
                            submitted && f[3] > 0 ? "Cán bộ kiêm nhiệm nhiều việc; một bộ phận Nhân dân chưa đồng thuận."
                                    : null,
                            submitted ? "Đề nghị tiếp tục hướng dẫn, hỗ trợ cơ sở." : null,
                            0);
                    units++;
                }
            }
        }
        return new long[] {reviews.size(), open, units};
    }

    // ---- Helpers ----

    private static String shortName(Doc d) {
        return word(d.kind()).toLowerCase() + " số " + d.number();
    }

    static String word(String kind) {
        return switch (kind) {
            case "CHI_THI" -> "Chỉ thị";
            case "NGHI_QUYET" -> "Nghị quyết";
            case "KET_LUAN" -> "Kết luận";
            case "KE_HOACH" -> "Kế hoạch";
            case "HUONG_DAN" -> "Hướng dẫn";
            case "QUY_DINH" -> "Quy định";
            case "QUYET_DINH" -> "Quyết định";
            case "THONG_BAO" -> "Thông báo";
            default -> "Công văn";
        };
    }

    private Instant at(LocalDate day, int hour) {
        return day.atTime(hour, random.nextInt(60)).atZone(VIETNAM).toInstant();
    }

    private static LocalDate min(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }

    private static long count(Connection db, String sql) throws SQLException {
        try (Statement s = db.createStatement();
                ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    static void printSizes(Connection db, LocalDate today) throws SQLException {
        for (String table : List.of(
                "directive_document", "directive_document_link", "directive_plan", "directive_task",
                "directive_task_coordinator", "directive_progress", "directive_review", "directive_review_unit")) {
            System.out.printf("  %-27s %,9d rows%n", table, count(db, "SELECT count(*) FROM " + table));
        }
        try (Statement s = db.createStatement();
                ResultSet rs = s.executeQuery("SELECT CASE WHEN completed_on IS NOT NULL AND completed_on <= deadline "
                        + "THEN 'COMPLETED_ON_TIME' WHEN completed_on IS NOT NULL THEN 'COMPLETED_LATE' WHEN deadline < "
                        + "DATE '" + today + "' THEN 'OVERDUE' ELSE 'IN_PROGRESS' END AS status, count(*) "
                        + "FROM directive_task WHERE province_code = '" + PROVINCE + "' GROUP BY 1 ORDER BY 1")) {
            StringBuilder line = new StringBuilder("  tasks of province " + PROVINCE + " by status today (" + today + "):");
            while (rs.next()) {
                line.append(' ').append(rs.getString(1)).append(' ').append(rs.getLong(2));
            }
            System.out.println(line);
        }
        try (Statement s = db.createStatement();
                ResultSet rs = s.executeQuery("SELECT state, count(*) FROM directive_document GROUP BY 1 ORDER BY 1")) {
            StringBuilder line = new StringBuilder("  documents by state:");
            while (rs.next()) {
                line.append(' ').append(rs.getString(1)).append(' ').append(rs.getLong(2));
            }
            System.out.println(line);
        }
    }
}
