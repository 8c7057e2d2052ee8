package vn.danvan.petition.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import vn.danvan.calendar.DayKind;
import vn.danvan.calendar.WorkingCalendar;
import vn.danvan.organisation.DemoMode;
import vn.danvan.organisation.OrgUnitKind;
import vn.danvan.organisation.OrgUnitView;
import vn.danvan.organisation.Organisations;
import vn.danvan.petition.NewPetition;
import vn.danvan.petition.PetitionChannel;
import vn.danvan.petition.PetitionIntake;
import vn.danvan.petition.PetitionKind;
import vn.danvan.petition.Receipt;
import vn.danvan.shared.Ids;

/**
 * Demo data, loaded once in demo mode: ten categories, routing rows for the province and Phường Phố Hiến, and about
 * sixty cases over 2026 in four communes (Phố Hiến 11953, 11980, 11983, 11977), filed through {@link PetitionIntake}
 * by every channel, a few denunciations, some answered and closed with ratings, some overdue. Every sender is
 * invented and marked "(Dữ liệu minh họa)"; the cases are marked {@code demo}. Their dates are then moved back over
 * the year by SQL (the intake stamps today's date). No Open311 client is created: an administrator creates one at
 * /petitions/admin/api-clients and copies its key.
 */
@Component
@Order(DemoMode.DEMO_PROVINCE_ORDER + 50)
class PetitionDemo implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(PetitionDemo.class);

    static final String MARK = " (Dữ liệu minh họa)";
    static final String PHO_HIEN = "11953";
    static final List<String> COMMUNES = List.of(PHO_HIEN, "11980", "11983", "11977");

    /** code, name, English name, offered through Open311. */
    static final String[][] CATEGORIES = {
        {"dat-dai", "Đất đai", "Land", "false"},
        {"boi-thuong-gpmb", "Bồi thường, giải phóng mặt bằng", "Compensation, land clearance", "false"},
        {"moi-truong", "Môi trường", "Environment", "true"},
        {"trat-tu-do-thi", "Trật tự đô thị", "Urban order", "true"},
        {"an-sinh-xa-hoi", "An sinh xã hội", "Social welfare", "true"},
        {"y-te", "Y tế", "Health", "true"},
        {"giao-duc", "Giáo dục", "Education", "true"},
        {"ha-tang-giao-thong", "Hạ tầng, giao thông", "Infrastructure, traffic", "true"},
        {"thu-tuc-hanh-chinh", "Thủ tục hành chính", "Administrative procedures", "true"},
        {"can-bo-cong-chuc", "Cán bộ, công chức", "Officials and civil servants", "false"},
    };

    static final String[] SUBJECTS = {
        "Đèn chiếu sáng ngõ xóm hỏng nhiều ngày",
        "Rác thải tồn đọng tại điểm tập kết đầu thôn",
        "Mặt đường liên xã xuống cấp, nhiều ổ gà",
        "Chậm giải quyết hồ sơ cấp giấy chứng nhận quyền sử dụng đất",
        "Đề nghị xem xét mức hỗ trợ bồi thường khi thu hồi đất",
        "Lấn chiếm vỉa hè để kinh doanh",
        "Tiếng ồn từ xưởng sản xuất ban đêm",
        "Đề nghị bổ sung đối tượng hưởng trợ cấp xã hội",
        "Khói bụi từ lò đốt rác tự phát",
        "Trạm y tế thiếu thuốc thông thường",
        "Đề nghị lắp biển báo giao thông gần trường học",
        "Thái độ tiếp dân của cán bộ một cửa chưa đúng mực",
    };

    static final String[] NAMES = {
        "Nguyễn Văn An", "Trần Thị Bình", "Lê Văn Cường", "Phạm Thị Dung", "Hoàng Văn Em", "Vũ Thị Giang",
    };

    private final DemoMode demo;
    private final PetitionIntake intake;
    private final Organisations organisations;
    private final WorkingCalendar calendar;
    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;
    private final Clock clock;

    PetitionDemo(
            DemoMode demo,
            PetitionIntake intake,
            Organisations organisations,
            WorkingCalendar calendar,
            JdbcClient jdbc,
            TransactionTemplate transactions,
            Clock clock) {
        this.demo = demo;
        this.intake = intake;
        this.organisations = organisations;
        this.calendar = calendar;
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!demo.enabled()) {
            return;
        }
        transactions.executeWithoutResult(s -> categories());
        transactions.executeWithoutResult(s -> routing());
        boolean loaded = jdbc.sql("SELECT count(*) FROM pt_case WHERE demo")
                        .query(Long.class)
                        .single()
                > 0;
        if (!loaded) {
            transactions.executeWithoutResult(s -> cases());
        }
    }

    private void categories() {
        for (int i = 0; i < CATEGORIES.length; i++) {
            String[] c = CATEGORIES[i];
            jdbc.sql("INSERT INTO pt_category (id, code, name, name_en, open311, active, position)"
                            + " VALUES (:id, :code, :name, :en, :o, true, :p) ON CONFLICT (code) DO NOTHING")
                    .param("id", Ids.newId())
                    .param("code", c[0])
                    .param("name", c[1])
                    .param("en", c[2])
                    .param("o", Boolean.parseBoolean(c[3]))
                    .param("p", (i + 1) * 10)
                    .update();
        }
    }

    private void routing() {
        if (jdbc.sql("SELECT count(*) FROM pt_routing").query(Long.class).single() > 0) {
            return;
        }
        OrgUnitView reception = organisations.ofAdminUnit("33", false).stream()
                .filter(o ->
                        o.kind() == OrgUnitKind.GOVERNMENT_AGENCY && o.name().contains("Tiếp công dân"))
                .findFirst()
                .orElse(null);
        OrgUnitView phoHien = organisations.ofAdminUnit(PHO_HIEN, false).stream()
                .filter(o -> o.kind() == OrgUnitKind.PEOPLES_COMMITTEE)
                .findFirst()
                .orElse(null);
        if (reception != null) {
            route("DENUNCIATION", null, "33", reception);
            route("COMPLAINT_SECOND", null, "33", reception);
            route(null, categoryId("can-bo-cong-chuc"), "33", reception);
        }
        if (phoHien != null) {
            route("REFLECTION", null, "33/" + PHO_HIEN, phoHien);
            route("COMPLAINT", null, "33/" + PHO_HIEN, phoHien);
        }
    }

    private UUID categoryId(String code) {
        return jdbc.sql("SELECT id FROM pt_category WHERE code = :c")
                .param("c", code)
                .query(UUID.class)
                .single();
    }

    private void route(@Nullable String kind, @Nullable UUID categoryId, String unitPath, OrgUnitView org) {
        jdbc.sql("INSERT INTO pt_routing (id, kind, category_id, unit_path, handling_org_id, handling_org_name,"
                        + " handling_path, created_at) VALUES (:id, :k, :c, :p, :o, :on, :op, now())")
                .param("id", Ids.newId())
                .param("k", kind, java.sql.Types.VARCHAR)
                .param("c", categoryId, java.sql.Types.OTHER)
                .param("p", unitPath)
                .param("o", org.id())
                .param("on", org.name())
                .param("op", org.path())
                .update();
    }

    private void cases() {
        LocalDate today = LocalDate.now(clock);
        LocalDate start = LocalDate.of(today.getYear(), 1, 5);
        long span = Math.max(1, java.time.temporal.ChronoUnit.DAYS.between(start, today));
        PetitionChannel[] channels = PetitionChannel.values();
        int n = 60;
        for (int i = 0; i < n; i++) {
            PetitionKind kind = i % 12 == 5
                    ? PetitionKind.DENUNCIATION
                    : i % 7 == 3
                            ? PetitionKind.COMPLAINT
                            : i % 19 == 11 ? PetitionKind.COMPLAINT_SECOND : PetitionKind.REFLECTION;
            PetitionChannel channel = kind == PetitionKind.REFLECTION
                    ? channels[i % channels.length]
                    : i % 2 == 0 ? PetitionChannel.LETTER : PetitionChannel.RECEPTION;
            String subject = SUBJECTS[i % SUBJECTS.length] + MARK;
            String commune = COMMUNES.get(i % COMMUNES.size());
            String[] category = CATEGORIES[(i * 3) % CATEGORIES.length];
            String name = NAMES[i % NAMES.length] + MARK;
            NewPetition.Sender sender = i % 9 == 4
                    ? NewPetition.Sender.anonymous()
                    : new NewPetition.Sender(
                            name,
                            null,
                            "Tổ dân phố " + (i % 8 + 1) + MARK,
                            "09" + String.format("%08d", 10_000_000 + i * 7919),
                            null);
            Receipt receipt = intake.receive(new NewPetition(
                    kind,
                    channel,
                    category[0],
                    subject,
                    "Nội dung phản ánh minh họa số " + (i + 1) + ": " + SUBJECTS[i % SUBJECTS.length].toLowerCase()
                            + ". Đề nghị cơ quan có thẩm quyền xem xét, giải quyết." + MARK,
                    commune,
                    "Khu vực minh họa " + (i % 5 + 1) + MARK,
                    null,
                    null,
                    sender,
                    List.of(),
                    null,
                    null));
            // Spread the cases over the year, the oldest first; then answer and close some of them.
            LocalDate received = start.plusDays(span * i / n);
            LocalDate due = calendar.addDays(received, 10, DayKind.WORKING_DAY, false);
            String status = "RECEIVED";
            LocalDate closed = null;
            Integer rating = null;
            if (i % 3 == 0 && received.isBefore(today.minusDays(20))) {
                status = "CLOSED";
                closed = calendar.addDays(received, i % 2 == 0 ? 8 : 14, DayKind.WORKING_DAY, false);
                rating = 2 + i % 4;
            } else if (i % 3 == 1) {
                status = "ACCEPTED";
            }
            jdbc.sql("UPDATE pt_case SET demo = true, received_on = :r, received_at = :at, step_due_on = :due,"
                            + " resolution_due_on = :due, status = :s, current_step = :s, closed_on = :c, answered_on = :c,"
                            + " public_answer = CASE WHEN CAST(:c AS date) IS NULL THEN NULL ELSE :answer END, rating = :rating"
                            + " WHERE id = :id")
                    .param("r", received)
                    .param("at", received.atTime(8 + i % 9, 15).atOffset(ZoneOffset.ofHours(7)))
                    .param("due", due)
                    .param("s", status)
                    .param("c", closed, java.sql.Types.DATE)
                    .param("answer", "Đã kiểm tra và xử lý; kết quả thông báo cho người gửi." + MARK)
                    .param("rating", rating, java.sql.Types.SMALLINT)
                    .param("id", receipt.caseId())
                    .update();
            jdbc.sql("UPDATE pt_step SET started_on = :r, due_on = :due WHERE case_id = :id")
                    .param("r", received)
                    .param("due", due)
                    .param("id", receipt.caseId())
                    .update();
        }
        log.info("Petition demo: {} cases", n);
    }
}
