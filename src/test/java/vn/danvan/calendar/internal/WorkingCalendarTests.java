package vn.danvan.calendar.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import vn.danvan.calendar.DayKind;

class WorkingCalendarTests {

    /** Notices held in memory. */
    static final class Notices implements NoticeSource {
        final Map<Integer, YearNotice> byYear = new HashMap<>();

        @Nullable
        LocalDate cultureFrom;

        @Override
        public YearNotice notice(int year) {
            return byYear.getOrDefault(year, YearNotice.none(year));
        }

        @Override
        public Optional<LocalDate> cultureDayFrom() {
            return Optional.ofNullable(cultureFrom);
        }

        void put(int year, boolean complete, NoticeEntry... entries) {
            byYear.put(year, new YearNotice(year, complete, "Thông báo thử", List.of(entries)));
        }
    }

    static NoticeEntry off(String day, Holiday holiday) {
        return new NoticeEntry(UUID.randomUUID(), LocalDate.parse(day), EntryKind.DAY_OFF, holiday, "", "TB thử");
    }

    static NoticeEntry work(String day) {
        return new NoticeEntry(UUID.randomUUID(), LocalDate.parse(day), EntryKind.WORKING_DAY, null, "", "TB thử");
    }

    private final Notices notices = new Notices();
    private final CalendarService calendar = new CalendarService(notices);

    private static LocalDate d(String iso) {
        return LocalDate.parse(iso);
    }

    private boolean working(String iso) {
        return calendar.isWorkingDay(d(iso));
    }

    @Test
    void weekendsAreOffAndWeekdaysWork() {
        assertThat(working("2026-03-06")).isTrue(); // Friday
        assertThat(working("2026-03-07")).isFalse(); // Saturday
        assertThat(working("2026-03-08")).isFalse(); // Sunday
        assertThat(working("2026-03-09")).isTrue(); // Monday
    }

    @Test
    void fixedSolarHolidays() {
        assertThat(working("2027-01-01")).isFalse();
        assertThat(working("2027-04-30")).isFalse();
        assertThat(working("2026-04-30")).isFalse();
        assertThat(working("2026-05-01")).isFalse();
        assertThat(working("2026-09-02")).isFalse();
        assertThat(working("2026-09-03")).isFalse(); // 2/9/2026 is a Wednesday: the following day
        assertThat(working("2026-09-01")).isTrue();
    }

    @Test
    void nationalDayNeighbourJoinsTheWeekendAsTheNoticesOf2021To2025Did() {
        assertThat(YearCalendar.nationalDayNeighbour(d("2021-09-02"))).isEqualTo(d("2021-09-03")); // Thu → Fri
        assertThat(YearCalendar.nationalDayNeighbour(d("2022-09-02"))).isEqualTo(d("2022-09-01")); // Fri → Thu
        assertThat(YearCalendar.nationalDayNeighbour(d("2023-09-02"))).isEqualTo(d("2023-09-01")); // Sat → Fri
        assertThat(YearCalendar.nationalDayNeighbour(d("2024-09-02"))).isEqualTo(d("2024-09-03")); // Mon → Tue
        assertThat(YearCalendar.nationalDayNeighbour(d("2025-09-02"))).isEqualTo(d("2025-09-01")); // Tue → Mon
        // 2023: 2/9 on Saturday → compensatory Monday 4/9, as the 2023 notice gave.
        assertThat(working("2023-09-01")).isFalse();
        assertThat(working("2023-09-04")).isFalse();
        assertThat(working("2023-09-05")).isTrue();
    }

    @Test
    void tetIsTheLastDayOfTheLunarYearAndTheFirstFourOfTheNew() {
        // 2026 computed, without the notice: Mon 16/2 – Fri 20/2, the same days as Thông báo 9441/TB-BNV.
        assertThat(working("2026-02-13")).isTrue();
        for (int day = 14; day <= 22; day++) {
            assertThat(working("2026-02-" + day)).as("February %d", day).isFalse();
        }
        assertThat(working("2026-02-23")).isTrue();
        // 2030: Tết on Saturday 2/2 (Vietnam; China has Sunday 3/2). Fri 1/2 – Tue 5/2, compensatory Wed 6, Thu 7.
        assertThat(calendar.year(2030).day(d("2030-02-01")).holiday()).isEqualTo(Holiday.TET);
        assertThat(calendar.year(2030).day(d("2030-02-05")).holiday()).isEqualTo(Holiday.TET);
        assertThat(calendar.year(2030).day(d("2030-02-06")).status()).isEqualTo(DayStatus.COMPENSATORY);
        assertThat(calendar.year(2030).day(d("2030-02-07")).status()).isEqualTo(DayStatus.COMPENSATORY);
        assertThat(working("2030-02-08")).isTrue();
        assertThat(calendar.year(2053).day(d("2053-02-18")).holiday()).isEqualTo(Holiday.TET);
        assertThat(calendar.year(1985).day(d("1985-01-21")).holiday()).isEqualTo(Holiday.TET);
        assertThat(calendar.year(1985).day(d("1985-02-20")).holiday()).isNull();
    }

    @Test
    void hungKingsDayOnASundayGivesTheMondayOff() {
        assertThat(calendar.year(2026).day(d("2026-04-26")).holiday()).isEqualTo(Holiday.HUNG_KINGS);
        DayInfo monday = calendar.year(2026).day(d("2026-04-27"));
        assertThat(monday.status()).isEqualTo(DayStatus.COMPENSATORY);
        assertThat(monday.holiday()).isEqualTo(Holiday.HUNG_KINGS);
        assertThat(working("2026-04-28")).isTrue();
        assertThat(working("2027-04-16")).isFalse(); // Friday
    }

    @Test
    void compensatoryDaysSkipOtherHolidays() {
        // 2023: Giỗ Tổ Sat 29/4, 30/4 Sun, 1/5 Mon → compensatory Tue 2/5 and Wed 3/5 (as the 2023 notice).
        assertThat(working("2023-04-28")).isTrue();
        assertThat(working("2023-05-01")).isFalse();
        assertThat(calendar.year(2023).day(d("2023-05-02")).status()).isEqualTo(DayStatus.COMPENSATORY);
        assertThat(calendar.year(2023).day(d("2023-05-03")).status()).isEqualTo(DayStatus.COMPENSATORY);
        assertThat(working("2023-05-04")).isTrue();
        // 1/1/2028 is a Saturday → Monday 3/1/2028.
        assertThat(working("2028-01-03")).isFalse();
        assertThat(working("2028-01-04")).isTrue();
    }

    @Test
    void workingDaysAcrossTet2026AndAWeekend() {
        LocalDate friday = d("2026-02-13");
        assertThat(calendar.addDays(friday, 1, DayKind.WORKING_DAY, false)).isEqualTo(d("2026-02-23"));
        assertThat(calendar.addDays(friday, 5, DayKind.WORKING_DAY, false)).isEqualTo(d("2026-02-27"));
        assertThat(calendar.addDays(friday, 6, DayKind.WORKING_DAY, false)).isEqualTo(d("2026-03-02"));
        assertThat(calendar.addDays(friday, 0, DayKind.WORKING_DAY, false)).isEqualTo(friday);
        assertThat(calendar.workingDaysBetween(friday, d("2026-02-23"))).isEqualTo(1);
        assertThat(calendar.workingDaysBetween(friday, d("2026-02-22"))).isZero();
        assertThat(calendar.workingDaysBetween(d("2026-02-23"), friday)).isZero();
        assertThat(calendar.workingDaysBetween(d("2026-02-10"), d("2026-03-02")))
                .isEqualTo(9);
    }

    @Test
    void civilCodeEndRuleMovesTheLastDayToTheNextWorkingDay() {
        LocalDate start = d("2026-02-10");
        assertThat(calendar.addDays(start, 4, DayKind.CALENDAR_DAY, false)).isEqualTo(d("2026-02-14"));
        assertThat(calendar.addDays(start, 4, DayKind.CALENDAR_DAY, true)).isEqualTo(d("2026-02-23"));
        assertThat(calendar.addDays(start, 2, DayKind.CALENDAR_DAY, true)).isEqualTo(d("2026-02-12"));
        assertThat(calendar.addDays(d("2026-02-14"), 0, DayKind.CALENDAR_DAY, true))
                .isEqualTo(d("2026-02-23"));
        assertThat(calendar.addDays(d("2026-02-14"), 0, DayKind.CALENDAR_DAY, false))
                .isEqualTo(d("2026-02-14"));
        assertThatThrownBy(() -> calendar.addDays(start, -1, DayKind.CALENDAR_DAY, false))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void workingDaysAcrossYears() {
        // 31/12/2025 (Wed) → 2/1/2026 (Fri): 1/1 is a holiday, 2/1 works.
        assertThat(calendar.workingDaysBetween(d("2025-12-31"), d("2026-01-02")))
                .isEqualTo(1);
        assertThat(calendar.addDays(d("2025-12-31"), 1, DayKind.WORKING_DAY, false))
                .isEqualTo(d("2026-01-02"));
        int total = 0;
        for (LocalDate x = d("2024-06-01"); x.isBefore(d("2027-03-01")); x = x.plusDays(1)) {
            if (calendar.isWorkingDay(x.plusDays(1))) {
                total++;
            }
        }
        assertThat(calendar.workingDaysBetween(d("2024-06-01"), d("2027-03-01")))
                .isEqualTo(total);
    }

    @Test
    void aNoticeReplacesTheHolidaysItNamesAndKeepsTheOthersComputed() {
        // An imagined 2027 notice: Tết Thu 4/2 – Wed 10/2 with Saturday 30/1 worked in exchange.
        notices.put(
                2027,
                false,
                off("2027-02-04", Holiday.TET),
                off("2027-02-05", Holiday.TET),
                off("2027-02-08", Holiday.TET),
                off("2027-02-09", Holiday.TET),
                off("2027-02-10", Holiday.TET),
                work("2027-01-30"));
        calendar.evictAll();
        assertThat(working("2027-02-04")).isFalse();
        assertThat(working("2027-02-11")).isTrue(); // computed compensatory days for Tết are gone
        assertThat(working("2027-01-30")).isTrue();
        assertThat(calendar.year(2027).day(d("2027-01-30")).status()).isEqualTo(DayStatus.SWAPPED_WORKING);
        assertThat(calendar.year(2027).day(d("2027-02-04")).noticeSource()).isEqualTo("TB thử");
        assertThat(working("2027-04-16")).isFalse(); // Giỗ Tổ still computed
    }

    @Test
    void aCompleteNoticeReplacesEveryComputedHoliday() {
        notices.put(2027, true, off("2027-02-05", Holiday.TET), off("2027-02-08", Holiday.TET));
        calendar.evictAll();
        assertThat(working("2027-02-05")).isFalse();
        assertThat(working("2027-02-09")).isTrue();
        assertThat(working("2027-04-16")).isTrue(); // the notice does not list Giỗ Tổ
        assertThat(working("2027-04-17")).isFalse(); // Saturday stays off
    }

    @Test
    void cultureDayIsOffOnlyOnceSwitchedOn() {
        assertThat(working("2027-11-24")).isTrue();
        notices.cultureFrom = d("2027-01-01");
        calendar.evictAll();
        assertThat(working("2026-11-24")).isTrue();
        assertThat(working("2027-11-24")).isFalse();
        assertThat(calendar.year(2027).day(d("2027-11-24")).holiday()).isEqualTo(Holiday.CULTURE_DAY);
    }

    @Test
    void theCacheServesTheBuiltYearUntilEvicted() {
        assertThat(working("2027-03-01")).isTrue();
        notices.put(2027, false, off("2027-03-01", Holiday.OTHER));
        assertThat(working("2027-03-01")).isTrue();
        calendar.evictAll();
        assertThat(working("2027-03-01")).isFalse();
        List<LocalDate> off = new ArrayList<>();
        calendar.year(2027).daysOff().forEach(x -> off.add(x.date()));
        assertThat(off).contains(d("2027-03-01"), d("2027-01-01"));
    }
}
