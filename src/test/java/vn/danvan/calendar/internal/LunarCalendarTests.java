package vn.danvan.calendar.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LunarCalendarTests {

    private final LunarCalendar vietnam = LunarCalendar.vietnam();
    private final LunarCalendar beijing = new LunarCalendar(8.0);

    @ParameterizedTest(name = "Tết {0} = {1}")
    @CsvSource({
        "1968, 1968-01-29",
        "1969, 1969-02-16",
        "1985, 1985-01-21",
        "2007, 2007-02-17",
        "2023, 2023-01-22",
        "2024, 2024-02-10",
        "2025, 2025-01-29",
        "2026, 2026-02-17",
        "2027, 2027-02-06",
        "2028, 2028-01-26",
        "2029, 2029-02-13",
        "2030, 2030-02-02",
        "2053, 2053-02-18"
    })
    void tetAtUtcPlusSeven(int year, LocalDate expected) {
        assertThat(vietnam.newYear(year)).isEqualTo(expected);
        assertThat(vietnam.toLunar(expected)).isEqualTo(new LunarCalendar.LunarDate(1, 1, year, false));
    }

    @ParameterizedTest(name = "Chinese New Year {0} = {1}")
    @CsvSource({"1985, 1985-02-20", "2007, 2007-02-18", "2030, 2030-02-03", "2053, 2053-02-19", "2026, 2026-02-17"})
    void theSameAlgorithmAtUtcPlusEightGivesBeijingsDate(int year, LocalDate expected) {
        assertThat(beijing.newYear(year)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "Giỗ Tổ {0} = {1}")
    @CsvSource({
        "2023, 2023-04-29",
        "2024, 2024-04-18",
        "2025, 2025-04-07",
        "2026, 2026-04-26",
        "2027, 2027-04-16",
        "2028, 2028-04-04",
        "2029, 2029-04-23",
        "2030, 2030-04-12"
    })
    void hungKingsDay(int year, LocalDate expected) {
        assertThat(vietnam.toSolar(10, 3, year, false)).isEqualTo(expected);
        assertThat(vietnam.toLunar(expected)).isEqualTo(new LunarCalendar.LunarDate(10, 3, year, false));
    }

    @Test
    void theDayBeforeTetIsTheLastDayOfTheOldLunarYear() {
        LunarCalendar.LunarDate eve = vietnam.toLunar(LocalDate.of(2026, 2, 16));
        assertThat(eve.month()).isEqualTo(12);
        assertThat(eve.day()).isEqualTo(29);
        assertThat(eve.year()).isEqualTo(2025);
    }

    @Test
    void leapMonthsRoundTrip() {
        // 2023 has a leap 2nd month (tháng 2 nhuận) starting 22/3/2023.
        LunarCalendar.LunarDate leap = vietnam.toLunar(LocalDate.of(2023, 3, 22));
        assertThat(leap).isEqualTo(new LunarCalendar.LunarDate(1, 2, 2023, true));
        assertThat(vietnam.toSolar(1, 2, 2023, true)).isEqualTo(LocalDate.of(2023, 3, 22));
        for (LocalDate d = LocalDate.of(2020, 1, 1); d.isBefore(LocalDate.of(2031, 1, 1)); d = d.plusDays(1)) {
            LunarCalendar.LunarDate l = vietnam.toLunar(d);
            assertThat(vietnam.toSolar(l.day(), l.month(), l.year(), l.leap()))
                    .as(d.toString())
                    .isEqualTo(d);
        }
    }
}
