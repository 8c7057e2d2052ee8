package vn.danvan.calendar.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import vn.danvan.calendar.DayKind;
import vn.danvan.calendar.WorkingCalendar;

/**
 * The calendar page, the administrator's notice entries and their effect on the working-day arithmetic. Tests that
 * change notices use years far in the future that nothing else reads, and remove what they add.
 */
@SpringBootTest(properties = "danvan.demo.enabled=true")
@AutoConfigureMockMvc
class CalendarWebTests {

    static final String ADMIN = "quantri";
    static final String SPECIALIST = "chuyenvien.tinh";
    static final String COMMUNE_OFFICER = "canbo.phohien";

    @Autowired
    MockMvcTester mvc;

    @Autowired
    UserDetailsService accounts;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    WorkingCalendar calendar;

    @Test
    void thePageShowsTet2026FromTheNoticeWithItsSourceAndLunarDates() {
        MvcTestResult page = get(COMMUNE_OFFICER, "/calendar?year=2026");
        assertThat(page).hasStatusOk();
        assertThat(page)
                .bodyText()
                .contains(
                        "Lịch làm việc năm 2026",
                        "Tết Nguyên đán (mùng 1)",
                        "Tết Nguyên đán (29 tháng Chạp)",
                        "Thông báo 9441/TB-BNV ngày 16/10/2025",
                        "16/02/2026",
                        "20/02/2026",
                        "1/1 ÂL",
                        "29/12 ÂL",
                        "Giỗ Tổ Hùng Vương",
                        "10/3 ÂL",
                        "Tính theo quy định",
                        "Nghỉ bù",
                        "27/04/2026",
                        "Đã nhập thông báo")
                .doesNotContain("add-entry", "/calendar/notices");
        // 12 accessible month tables with a caption each, plus the list.
        assertThat(page).bodyText().contains("<caption class=\"caption-top fw-semibold\">Tháng 12</caption>");
    }

    @Test
    void theAdministratorSeesTheNoticeForms() {
        MvcTestResult page = get(ADMIN, "/calendar?year=2026");
        assertThat(page).hasStatusOk();
        assertThat(page).bodyText().contains("id=\"add-entry\"", "id=\"notice-year\"", "id=\"culture\"");
    }

    @Test
    void aYearOutOfRangeIsNotFound() {
        assertThat(get(SPECIALIST, "/calendar?year=3000")).hasStatus(HttpStatus.NOT_FOUND);
        assertThat(get(SPECIALIST, "/calendar?year=abc")).hasStatus(HttpStatus.NOT_FOUND);
    }

    @Test
    void badEntriesAreRefusedWithAMessageAndNothingIsSaved() {
        long before = entries();
        assertRefused(
                post(
                        ADMIN,
                        "/calendar/notices",
                        "year",
                        "2150",
                        "day",
                        "03/03/2151",
                        "kind",
                        "DAY_OFF",
                        "holiday",
                        "OTHER",
                        "name",
                        "x",
                        "source",
                        "TB 1"),
                "Ngày phải thuộc năm 2150");
        // 4/3/2150 is a Wednesday.
        assertRefused(
                post(
                        ADMIN,
                        "/calendar/notices",
                        "year",
                        "2150",
                        "day",
                        "04/03/2150",
                        "kind",
                        "WORKING_DAY",
                        "name",
                        "x",
                        "source",
                        "TB 1"),
                "Ngày làm bù phải là thứ Bảy hoặc Chủ nhật");
        assertRefused(
                post(
                        ADMIN,
                        "/calendar/notices",
                        "year",
                        "2150",
                        "day",
                        "07/03/2150",
                        "kind",
                        "DAY_OFF",
                        "holiday",
                        "OTHER",
                        "name",
                        "x",
                        "source",
                        "TB 1"),
                "Thứ Bảy, Chủ nhật đã là ngày nghỉ hằng tuần");
        assertRefused(
                post(
                        ADMIN,
                        "/calendar/notices",
                        "year",
                        "2150",
                        "day",
                        "04/03/2150",
                        "kind",
                        "DAY_OFF",
                        "name",
                        "x",
                        "source",
                        "TB 1"),
                "Chọn ngày lễ mà ngày nghỉ này thuộc về");
        // 30/4/2150 (Thursday) is already Victory Day.
        assertRefused(
                post(
                        ADMIN,
                        "/calendar/notices",
                        "year",
                        "2150",
                        "day",
                        "30/04/2150",
                        "kind",
                        "DAY_OFF",
                        "holiday",
                        "OTHER",
                        "name",
                        "x",
                        "source",
                        "TB 1"),
                "Ngày này đã là ngày nghỉ của một ngày lễ khác");
        assertRefused(
                post(
                        ADMIN,
                        "/calendar/notices",
                        "year",
                        "2150",
                        "day",
                        "31/02/2150",
                        "kind",
                        "DAY_OFF",
                        "holiday",
                        "OTHER",
                        "name",
                        "x",
                        "source",
                        "TB 1"),
                "Ngày không hợp lệ");
        assertRefused(
                post(
                        ADMIN,
                        "/calendar/notices",
                        "year",
                        "2150",
                        "day",
                        "04/03/2150",
                        "kind",
                        "DAY_OFF",
                        "holiday",
                        "OTHER",
                        "name",
                        "",
                        "source",
                        " "),
                "Nhập văn bản căn cứ");
        // The seeded 2026 Tết day is already in the notice.
        assertRefused(
                post(
                        ADMIN,
                        "/calendar/notices",
                        "year",
                        "2026",
                        "day",
                        "16/02/2026",
                        "kind",
                        "DAY_OFF",
                        "holiday",
                        "TET",
                        "name",
                        "x",
                        "source",
                        "TB 1"),
                "Ngày 16/02/2026 đã có trong thông báo");
        assertThat(entries()).isEqualTo(before);
        assertThat(jdbc.sql("SELECT count(*) FROM cal_notice_year WHERE year = 2150")
                        .query(Long.class)
                        .single())
                .isZero();
    }

    @Test
    void onlyTheAdministratorEntersNotices() {
        long before = entries();
        assertThat(post(
                        SPECIALIST,
                        "/calendar/notices",
                        "year",
                        "2152",
                        "day",
                        "04/03/2152",
                        "kind",
                        "DAY_OFF",
                        "holiday",
                        "OTHER",
                        "name",
                        "x",
                        "source",
                        "TB 1"))
                .hasStatus(HttpStatus.FORBIDDEN);
        assertThat(post(COMMUNE_OFFICER, "/calendar/culture-day", "action", "on", "from", "01/01/2027"))
                .hasStatus(HttpStatus.FORBIDDEN);
        assertThat(entries()).isEqualTo(before);
    }

    @Test
    void aNoticeDayOffAndASwappedSaturdayChangeTheWorkingDaysUntilRemoved() {
        LocalDate wednesday = LocalDate.of(2153, 3, 7);
        LocalDate saturday = LocalDate.of(2153, 3, 10);
        assertThat(wednesday.getDayOfWeek().getValue()).isEqualTo(3);
        assertThat(calendar.isWorkingDay(wednesday)).isTrue();
        assertThat(calendar.isWorkingDay(saturday)).isFalse();
        long audited = audited("calendar.noticeEntry.added");

        assertThat(post(
                        ADMIN,
                        "/calendar/notices",
                        "year",
                        "2153",
                        "day",
                        "07/03/2153",
                        "kind",
                        "DAY_OFF",
                        "holiday",
                        "OTHER",
                        "name",
                        "Nghỉ thử",
                        "source",
                        "Thông báo thử 1/TB"))
                .hasStatus(HttpStatus.FOUND);
        assertThat(post(
                        ADMIN,
                        "/calendar/notices",
                        "year",
                        "2153",
                        "day",
                        "10/03/2153",
                        "kind",
                        "WORKING_DAY",
                        "name",
                        "Làm bù",
                        "source",
                        "Thông báo thử 1/TB"))
                .hasStatus(HttpStatus.FOUND);
        assertThat(calendar.isWorkingDay(wednesday)).isFalse();
        assertThat(calendar.isWorkingDay(saturday)).isTrue();
        assertThat(calendar.addDays(LocalDate.of(2153, 3, 6), 1, DayKind.WORKING_DAY, false))
                .isEqualTo(LocalDate.of(2153, 3, 8));
        assertThat(audited("calendar.noticeEntry.added")).isEqualTo(audited + 2);
        assertThat(get(SPECIALIST, "/calendar?year=2153"))
                .bodyText()
                .contains("Nghỉ thử", "Thông báo thử 1/TB", "Làm bù", "cal-swapped-working");

        for (String id : jdbc.sql("SELECT id::text FROM cal_notice_entry WHERE year = 2153")
                .query(String.class)
                .list()) {
            assertThat(post(ADMIN, "/calendar/notices/" + id + "/delete")).hasStatus(HttpStatus.FOUND);
        }
        assertThat(calendar.isWorkingDay(wednesday)).isTrue();
        assertThat(calendar.isWorkingDay(saturday)).isFalse();
        assertThat(audited("calendar.noticeEntry.removed")).isGreaterThanOrEqualTo(2);
    }

    @Test
    void aTetEntryReplacesTheComputedTetDaysOfThatYear() {
        // Computed Tết 2154 covers the day before the lunar new year and the first four days.
        LocalDate tet = LunarCalendar.vietnam().newYear(2154);
        LocalDate lastComputed = tet.plusDays(3);
        while (YearCalendar.weekend(lastComputed)) {
            lastComputed = lastComputed.minusDays(1);
        }
        LocalDate entry = tet.plusDays(-1);
        while (YearCalendar.weekend(entry)) {
            entry = entry.minusDays(1);
        }
        assertThat(calendar.isWorkingDay(lastComputed)).isFalse();
        assertThat(post(
                        ADMIN,
                        "/calendar/notices",
                        "year",
                        "2154",
                        "day",
                        entry.format(NoticeService.DAY),
                        "kind",
                        "DAY_OFF",
                        "holiday",
                        "TET",
                        "name",
                        "Tết",
                        "source",
                        "Thông báo thử 2/TB"))
                .hasStatus(HttpStatus.FOUND);
        try {
            assertThat(calendar.isWorkingDay(entry)).isFalse();
            if (!lastComputed.equals(entry)) {
                assertThat(calendar.isWorkingDay(lastComputed)).isTrue();
            }
            // Giỗ Tổ of 2154 stays computed.
            LocalDate hungKings = LunarCalendar.vietnam().toSolar(10, 3, 2154, false);
            assertThat(calendar.isWorkingDay(hungKings)).isFalse();
        } finally {
            jdbc.sql("DELETE FROM cal_notice_entry WHERE year = 2154").update();
            jdbc.sql("DELETE FROM cal_notice_year WHERE year = 2154").update();
            post(ADMIN, "/calendar/years/2154", "source", "x"); // evicts the cache
            jdbc.sql("DELETE FROM cal_notice_year WHERE year = 2154").update();
        }
    }

    @Test
    void aCompleteNoticeReplacesEveryComputedHolidayOfTheYear() {
        LocalDate victory = LocalDate.of(2155, 4, 30); // a Wednesday
        assertThat(calendar.isWorkingDay(victory)).isFalse();
        assertThat(post(ADMIN, "/calendar/years/2155", "complete", "true", "source", "Thông báo thử 3/TB"))
                .hasStatus(HttpStatus.FOUND);
        try {
            assertThat(calendar.isWorkingDay(victory)).isTrue();
            assertThat(get(ADMIN, "/calendar?year=2155")).bodyText().contains("Đã nhập đầy đủ thông báo");
        } finally {
            post(ADMIN, "/calendar/years/2155", "source", "Thông báo thử 3/TB");
        }
        assertThat(calendar.isWorkingDay(victory)).isFalse();
        assertThat(post(ADMIN, "/calendar/years/2155", "complete", "true", "source", ""))
                .hasStatus(HttpStatus.FOUND);
        assertThat(calendar.isWorkingDay(victory)).isFalse();
    }

    @Test
    void cultureDayIsOffByDefaultAndCanBeSwitchedOn() {
        LocalDate culture = LocalDate.of(2156, 11, 24); // a Wednesday
        assertThat(calendar.isWorkingDay(culture)).isTrue();
        assertThat(post(ADMIN, "/calendar/culture-day", "action", "on")).hasStatus(HttpStatus.FOUND);
        assertThat(calendar.isWorkingDay(culture)).isTrue();
        try {
            assertThat(post(ADMIN, "/calendar/culture-day", "action", "on", "from", "01/01/2156"))
                    .hasStatus(HttpStatus.FOUND);
            assertThat(calendar.isWorkingDay(culture)).isFalse();
            assertThat(calendar.isWorkingDay(LocalDate.of(2155, 11, 24))).isTrue();
        } finally {
            post(ADMIN, "/calendar/culture-day", "action", "off");
        }
        assertThat(calendar.isWorkingDay(culture)).isTrue();
    }

    @Test
    void theApiListsTheNonWorkingDays() {
        MvcTestResult json = get(COMMUNE_OFFICER, "/api/v1/calendar/2026");
        assertThat(json).hasStatusOk();
        assertThat(json)
                .bodyText()
                .contains(
                        "\"date\":\"2026-02-16\"",
                        "\"holiday\":\"TET\"",
                        "Thông báo 9441/TB-BNV ngày 16/10/2025",
                        "\"date\":\"2026-04-27\",\"status\":\"COMPENSATORY\"");
    }

    private void assertRefused(MvcTestResult result, String message) {
        assertThat(result).hasStatusOk();
        assertThat(result).bodyText().contains(message);
    }

    private long entries() {
        return jdbc.sql("SELECT count(*) FROM cal_notice_entry")
                .query(Long.class)
                .single();
    }

    private long audited(String action) {
        return jdbc.sql("SELECT count(*) FROM audit_entry WHERE action = :a")
                .param("a", action)
                .query(Long.class)
                .single();
    }

    private MvcTestResult get(String username, String url) {
        return mvc.get()
                .uri(url)
                .with(user(accounts.loadUserByUsername(username)))
                .exchange();
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
