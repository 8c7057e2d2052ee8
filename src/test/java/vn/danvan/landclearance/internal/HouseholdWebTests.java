package vn.danvan.landclearance.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.io.ByteArrayInputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/**
 * The household pages: list and page within the user's area, identity numbers masked for readers, the household form
 * refusing bad input and duplicate plots, the stage actions refusing a hand-over before consent, and the audited
 * export. Each test makes its own households of the fixture project, with a random code.
 */
@SpringBootTest(properties = "danvan.demo.enabled=true")
@AutoConfigureMockMvc
class HouseholdWebTests {

    static final String SPECIALIST = "chuyenvien.tinh";
    static final String LEADER = "lanhdao.tinh";
    static final String COMMUNE_OFFICER = "canbo.phohien";

    @Autowired
    MockMvcTester mvc;

    @Autowired
    UserDetailsService accounts;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Clock clock;

    final String word =
            "T" + UUID.randomUUID().toString().replace("-", "").substring(0, 8).toUpperCase();

    @BeforeEach
    void fixture() {
        HouseholdFixtures.insert(jdbc);
    }

    @Test
    void listsTheCommuneOfficersOwnHouseholdsWithMaskedIdNumbersFoundIgnoringDiacritics() {
        UUID mine = household(HouseholdFixtures.PHO_HIEN, "Lê Văn Đức " + word, "001234567789", "PLAN_POSTED");
        UUID other = household(HouseholdFixtures.HONG_CHAU, "Lê Văn Đức " + word, "001234567780", "PLAN_POSTED");

        MvcTestResult list = get(COMMUNE_OFFICER, listUrl(), "q", "le van duc " + word.toLowerCase());

        assertThat(list).hasStatusOk();
        assertThat(list)
                .bodyText()
                .contains("/landclearance/households/" + mine, "001******789")
                .doesNotContain("/landclearance/households/" + other, "001234567789");
    }

    @Test
    void filtersByStageAndCommune() {
        UUID agreed = household(HouseholdFixtures.PHO_HIEN, "Phạm Thị Hoa " + word, null, "AGREED");
        UUID posted = household(HouseholdFixtures.HONG_CHAU, "Phạm Thị Hoa " + word, null, "PLAN_POSTED");

        assertThat(get(SPECIALIST, listUrl() + "?q=" + word + "&stage=AGREED"))
                .bodyText()
                .contains(agreed.toString())
                .doesNotContain(posted.toString());
        assertThat(get(SPECIALIST, listUrl() + "?q=" + word + "&unit=" + HouseholdFixtures.HONG_CHAU))
                .bodyText()
                .contains(posted.toString())
                .doesNotContain(agreed.toString());
    }

    @Test
    void showsTheWholeIdNumberOnlyToThoseWhoRecord() {
        UUID id = household(HouseholdFixtures.PHO_HIEN, "Vũ Văn Bình " + word, "034987654321", "INVENTORIED");

        assertThat(get(SPECIALIST, "/landclearance/households/" + id))
                .bodyText()
                .contains("034987654321");
        assertThat(get(LEADER, "/landclearance/households/" + id))
                .bodyText()
                .contains("034******321")
                .doesNotContain("034987654321");
    }

    @Test
    void aCommuneOfficerCannotSeeOrChangeAHouseholdOfAnotherCommune() {
        UUID other = household(HouseholdFixtures.HONG_CHAU, "Đỗ Văn Cường " + word, null, "PLAN_POSTED");

        assertThat(get(COMMUNE_OFFICER, "/landclearance/households/" + other)).hasStatus(HttpStatus.NOT_FOUND);
        assertThat(get(COMMUNE_OFFICER, "/landclearance/households/" + other + "/edit"))
                .hasStatus(HttpStatus.NOT_FOUND);
        assertThat(post(
                        COMMUNE_OFFICER,
                        "/landclearance/households/" + other + "/stage",
                        "action",
                        "INVENTORY",
                        "on",
                        "2026-01-02"))
                .hasStatus(HttpStatus.NOT_FOUND);
        assertThat(post(
                        COMMUNE_OFFICER,
                        "/landclearance/households/" + other + "/visits",
                        "visitedOn",
                        "2026-01-02",
                        "visitors[0].name",
                        "A",
                        "visitors[0].kind",
                        "BOARD",
                        "metWhom",
                        "Chủ hộ",
                        "outcome",
                        "AGREED",
                        "clientKey",
                        UUID.randomUUID().toString()))
                .hasStatus(HttpStatus.NOT_FOUND);
        assertThat(stage(other)).isEqualTo("PLAN_POSTED");
        assertThat(count("SELECT count(*) FROM lc_visit WHERE household_id = ?", other))
                .isZero();
    }

    @Test
    void aCommuneOfficerCannotRecordAHouseholdInAnotherCommune() {
        MvcTestResult refused = post(
                COMMUNE_OFFICER,
                listUrl(),
                "code",
                word,
                "unitId",
                HouseholdFixtures.HONG_CHAU,
                "headName",
                "Hộ " + word,
                "address",
                "Thôn 1");

        assertThat(refused).hasStatusOk();
        assertThat(refused).bodyText().contains("thuộc địa bàn của anh/chị");
        assertThat(count("SELECT count(*) FROM lc_household WHERE code = ?", word))
                .isZero();
    }

    @Test
    void recordsAHouseholdWithMembersPlotsAndAssets() {
        MvcTestResult created = post(
                SPECIALIST,
                listUrl(),
                "code",
                word,
                "unitId",
                HouseholdFixtures.PHO_HIEN,
                "headName",
                "Hoàng Văn Em " + word,
                "idNumber",
                "123456789",
                "address",
                "Tổ 3, Phố Hiến",
                "phone",
                "0912 345 678",
                "members[0].name",
                "Hoàng Thị Lan",
                "members[0].relation",
                "Vợ",
                "members[0].birthYear",
                "1970",
                "plots[0].mapSheet",
                "T" + word,
                "plots[0].plotNumber",
                "12",
                "plots[0].landType",
                "LUA",
                "plots[0].recoveredArea",
                "250.5",
                "assets[0].item",
                "Nhà cấp 4",
                "assets[0].unit",
                "m2",
                "assets[0].quantity",
                "60",
                "assets[0].amount",
                "300000000");

        assertThat(created).hasStatus(HttpStatus.FOUND);
        String url = created.getResponse().getRedirectedUrl();
        assertThat(get(SPECIALIST, url))
                .bodyText()
                .contains("Hoàng Văn Em " + word, "Hoàng Thị Lan", "T" + word, "250,5", "Nhà cấp 4", "123456789");
        assertThat(count(
                        "SELECT count(*) FROM audit_entry WHERE action = 'landclearance.household.created'"
                                + " AND details->>'code' = ?",
                        word))
                .isOne();
        assertThat(jdbc.sql("SELECT search_text FROM lc_household WHERE code = ?")
                        .params(word)
                        .query(String.class)
                        .single())
                .contains("hoang van em");
    }

    @Test
    void refusesBadInputWithAClearMessageAndSavesNothing() {
        MvcTestResult refused = post(
                SPECIALIST,
                listUrl(),
                "code",
                word,
                "unitId",
                HouseholdFixtures.PHO_HIEN,
                "headName",
                "",
                "idNumber",
                "12345",
                "address",
                "Thôn 1",
                "latitude",
                "95",
                "plots[0].mapSheet",
                "1",
                "plots[0].plotNumber",
                "2",
                "plots[0].landType",
                "LUA",
                "plots[0].recoveredArea",
                "-3");

        assertThat(refused).hasStatusOk();
        assertThat(refused)
                .bodyText()
                .contains(
                        "Hãy nhập họ tên chủ hộ",
                        "9 hoặc 12 chữ số",
                        "Vĩ độ phải trong khoảng",
                        "Diện tích thu hồi phải lớn hơn 0");
        assertThat(count("SELECT count(*) FROM lc_household WHERE code = ?", word))
                .isZero();
    }

    @Test
    void refusesAPlotThatAnotherHouseholdOfTheProjectHas() {
        String sheet = "S" + word;
        assertThat(post(
                        SPECIALIST,
                        listUrl(),
                        "code",
                        word,
                        "unitId",
                        HouseholdFixtures.PHO_HIEN,
                        "headName",
                        "Hộ một",
                        "address",
                        "Thôn 1",
                        "plots[0].mapSheet",
                        sheet,
                        "plots[0].plotNumber",
                        "7",
                        "plots[0].landType",
                        "LUA",
                        "plots[0].recoveredArea",
                        "100"))
                .hasStatus(HttpStatus.FOUND);

        MvcTestResult refused = post(
                SPECIALIST,
                listUrl(),
                "code",
                word + "B",
                "unitId",
                HouseholdFixtures.HONG_CHAU,
                "headName",
                "Hộ hai",
                "address",
                "Thôn 2",
                "plots[0].mapSheet",
                sheet,
                "plots[0].plotNumber",
                "7",
                "plots[0].landType",
                "HNK",
                "plots[0].recoveredArea",
                "80");

        assertThat(refused).hasStatusOk();
        assertThat(refused).bodyText().contains("Thửa đất số 7, tờ bản đồ " + sheet + " đã thuộc một hộ khác");
        assertThat(count("SELECT count(*) FROM lc_household WHERE code = ?", word + "B"))
                .isZero();
        assertThat(count("SELECT count(*) FROM lc_plot WHERE map_sheet = ?", sheet))
                .isOne();
    }

    @Test
    void refusesAHandOverBeforeConsentAndChangesNothing() {
        UUID id = household(HouseholdFixtures.PHO_HIEN, "Bùi Văn Giang " + word, null, "PLAN_POSTED");

        MvcTestResult refused = post(
                COMMUNE_OFFICER,
                "/landclearance/households/" + id + "/stage",
                "action",
                "HANDOVER",
                "on",
                LocalDate.now(clock).minusDays(1).toString());

        assertThat(refused).hasStatus(HttpStatus.FOUND);
        assertThat(refused).flash().containsKey("flash");
        assertThat(stage(id)).isEqualTo("PLAN_POSTED");
        assertThat(count("SELECT count(*) FROM lc_household WHERE id = ? AND handed_over_on IS NOT NULL", id))
                .isZero();
        assertThat(count("SELECT count(*) FROM lc_stage_change WHERE household_id = ?", id))
                .isZero();
    }

    @Test
    void movesTheStageForwardWithHistoryAndBackOnlyWithAReason() {
        UUID id = household(HouseholdFixtures.PHO_HIEN, "Ngô Văn Hải " + word, null, "PLAN_POSTED");
        String day = LocalDate.now(clock).minusDays(2).toString();

        post(COMMUNE_OFFICER, "/landclearance/households/" + id + "/stage", "action", "CONSENT", "on", day);
        post(
                COMMUNE_OFFICER,
                "/landclearance/households/" + id + "/stage",
                "action",
                "PAYMENT",
                "on",
                day,
                "amount",
                "120000000");
        post(COMMUNE_OFFICER, "/landclearance/households/" + id + "/stage", "action", "HANDOVER", "on", day);
        assertThat(stage(id)).isEqualTo("HANDED_OVER");
        assertThat(count("SELECT count(*) FROM lc_stage_change WHERE household_id = ?", id))
                .isEqualTo(3);

        post(
                COMMUNE_OFFICER,
                "/landclearance/households/" + id + "/stage",
                "action",
                "CORRECTION",
                "stage",
                "AGREED",
                "on",
                day,
                "text",
                "");
        assertThat(stage(id)).isEqualTo("HANDED_OVER");

        post(
                COMMUNE_OFFICER,
                "/landclearance/households/" + id + "/stage",
                "action",
                "CORRECTION",
                "stage",
                "AGREED",
                "on",
                day,
                "text",
                "Ghi nhầm ngày bàn giao");
        assertThat(stage(id)).isEqualTo("AGREED");
        assertThat(jdbc.sql("SELECT reason FROM lc_stage_change WHERE household_id = ? AND to_stage = 'AGREED'"
                                + " AND from_stage = 'HANDED_OVER'")
                        .params(id)
                        .query(String.class)
                        .single())
                .isEqualTo("Ghi nhầm ngày bàn giao");
        assertThat(get(COMMUNE_OFFICER, "/landclearance/households/" + id))
                .bodyText()
                .contains("Ghi nhầm ngày bàn giao", "Đã bàn giao mặt bằng");
    }

    @Test
    void refusesAPaymentAmountThatIsNotANumber() {
        UUID id = household(HouseholdFixtures.PHO_HIEN, "Tạ Văn Lâm " + word, null, "AGREED");

        MvcTestResult refused = post(
                COMMUNE_OFFICER,
                "/landclearance/households/" + id + "/stage",
                "action",
                "PAYMENT",
                "on",
                LocalDate.now(clock).toString(),
                "amount",
                "mười triệu");

        assertThat(refused).hasStatus(HttpStatus.FOUND);
        assertThat(refused).flash().containsKey("flash");
        assertThat(stage(id)).isEqualTo("AGREED");
    }

    @Test
    void refusesAStageDateInTheFuture() {
        UUID id = household(HouseholdFixtures.PHO_HIEN, "Đinh Văn Khoa " + word, null, "NOT_INVENTORIED");

        post(
                COMMUNE_OFFICER,
                "/landclearance/households/" + id + "/stage",
                "action",
                "INVENTORY",
                "on",
                LocalDate.now(clock).plusDays(3).toString());

        assertThat(stage(id)).isEqualTo("NOT_INVENTORIED");
    }

    @Test
    void exportsTheScopedHouseholdsWithMaskedIdNumbersAndAuditsIt() throws Exception {
        household(HouseholdFixtures.PHO_HIEN, "Lý Văn Long " + word, "001122334455", "PLAN_POSTED");
        household(HouseholdFixtures.HONG_CHAU, "Lý Văn Minh " + word, "009988776655", "PLAN_POSTED");
        long before = count(
                "SELECT count(*) FROM audit_entry WHERE action = 'landclearance.households.exported'"
                        + " AND actor_name IS NOT NULL AND target_id = ?",
                HouseholdFixtures.PROJECT.toString());

        MvcTestResult leaders =
                get(LEADER, "/landclearance/projects/" + HouseholdFixtures.PROJECT + "/households.xlsx");

        assertThat(leaders).hasStatusOk();
        String sheet = text(leaders.getResponse().getContentAsByteArray());
        assertThat(sheet)
                .contains("Lý Văn Long " + word, "001******455", "Lý Văn Minh " + word)
                .doesNotContain("001122334455", "009988776655");
        assertThat(count(
                        "SELECT count(*) FROM audit_entry WHERE action = 'landclearance.households.exported'"
                                + " AND target_id = ?",
                        HouseholdFixtures.PROJECT.toString()))
                .isEqualTo(before + 1);

        String communes =
                text(get(COMMUNE_OFFICER, "/landclearance/projects/" + HouseholdFixtures.PROJECT + "/households.xlsx")
                        .getResponse()
                        .getContentAsByteArray());
        assertThat(communes).contains("Lý Văn Long " + word, "001122334455").doesNotContain("Lý Văn Minh " + word);
    }

    private static String text(byte[] xlsx) throws Exception {
        StringBuilder out = new StringBuilder();
        DataFormatter format = new DataFormatter();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet sheet = workbook.getSheetAt(0);
            for (Row row : sheet) {
                row.forEach(cell -> out.append(format.formatCellValue(cell)).append('\t'));
                out.append('\n');
            }
        }
        return out.toString();
    }

    private UUID household(String unit, String head, String idNumber, String stage) {
        UUID id = UUID.randomUUID();
        HouseholdFixtures.household(
                jdbc,
                id,
                unit,
                word + "-" + id.toString().substring(0, 6),
                head,
                idNumber,
                stage,
                stage.equals("AGREED") ? LocalDate.of(2026, 1, 1) : null);
        return id;
    }

    private String stage(UUID id) {
        return jdbc.sql("SELECT stage FROM lc_household WHERE id = ?")
                .params(id)
                .query(String.class)
                .single();
    }

    private long count(String sql, Object value) {
        return jdbc.sql(sql).params(value).query(Long.class).single();
    }

    private long count(String sql) {
        return jdbc.sql(sql).query(Long.class).single();
    }

    private String listUrl() {
        return "/landclearance/projects/" + HouseholdFixtures.PROJECT + "/households";
    }

    private MvcTestResult get(String username, String url, String... params) {
        var request = mvc.get().uri(url).with(user(accounts.loadUserByUsername(username)));
        for (int i = 0; i < params.length; i += 2) {
            request.param(params[i], params[i + 1]);
        }
        return request.exchange();
    }

    private MvcTestResult post(String username, String url, String... fields) {
        var request = mvc.post()
                .uri(url)
                .with(user(accounts.loadUserByUsername(username)))
                .with(csrf());
        for (int i = 0; i < fields.length; i += 2) {
            request.param(fields[i], fields[i + 1]);
        }
        return request.exchange();
    }
}
