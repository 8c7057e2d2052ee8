package vn.danvan.calendar.internal;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * One year of the working-day calendar, built once and then read by index: {@link #isWorkingDay(int)} is an array
 * read, and {@link #workingDaysUpTo(int)} a prefix sum.
 *
 * <p>Computed rules: Saturdays and Sundays off (QĐ 188/1999/QĐ-TTg); 1/1; Tết = the last day of the lunar year and
 * the first four days of the new one (as in the 2026 notice); 10/3 lunar; 30/4; 1/5; 2/9 and one adjacent day — the
 * one that joins the holiday to a weekend (1/9 when 2/9 is a Tuesday, Friday or Saturday; 3/9 otherwise), which is
 * what the notices of 2021–2025 chose; 24/11 from the date the administrator switched it on. A computed holiday on a
 * Saturday or Sunday gives a compensatory day off on the next working day (Labour Code Art. 111(3)).
 *
 * <p>The notice: with a complete notice, its days off replace every computed holiday; otherwise its entries replace
 * the computed days (and their compensatory days) of the holidays they name. Its swapped working days are working.
 */
final class YearCalendar {

    private final int year;
    private final DayInfo[] days;
    private final boolean[] working;
    private final int[] prefix;

    private YearCalendar(int year, DayInfo[] days) {
        this.year = year;
        this.days = days;
        this.working = new boolean[days.length];
        this.prefix = new int[days.length + 1];
        for (int i = 0; i < days.length; i++) {
            working[i] = days[i].status().working();
            prefix[i + 1] = prefix[i] + (working[i] ? 1 : 0);
        }
    }

    int year() {
        return year;
    }

    /** Whether the day of the year (1-based) is a working day. */
    boolean isWorkingDay(int dayOfYear) {
        return working[dayOfYear - 1];
    }

    /** Working days among the first {@code dayOfYear} days of the year (0 for 0). */
    int workingDaysUpTo(int dayOfYear) {
        return prefix[dayOfYear];
    }

    int workingDays() {
        return prefix[days.length];
    }

    DayInfo day(LocalDate date) {
        return days[date.getDayOfYear() - 1];
    }

    List<DayInfo> days() {
        return List.of(days);
    }

    /** The year's days off other than plain weekends (holidays and compensatory days), in date order. */
    List<DayInfo> daysOff() {
        List<DayInfo> out = new ArrayList<>();
        for (DayInfo d : days) {
            if (d.status() == DayStatus.HOLIDAY || d.status() == DayStatus.COMPENSATORY) {
                out.add(d);
            }
        }
        return out;
    }

    /** The swapped working days (làm bù) of the year. */
    List<DayInfo> swappedWorkingDays() {
        List<DayInfo> out = new ArrayList<>();
        for (DayInfo d : days) {
            if (d.status() == DayStatus.SWAPPED_WORKING) {
                out.add(d);
            }
        }
        return out;
    }

    static boolean weekend(LocalDate d) {
        DayOfWeek w = d.getDayOfWeek();
        return w == DayOfWeek.SATURDAY || w == DayOfWeek.SUNDAY;
    }

    /** The computed holidays of a year, before any notice and without compensatory days. */
    static Map<LocalDate, Holiday> computedHolidays(int year, LunarCalendar lunar, @Nullable LocalDate cultureDayFrom) {
        Map<LocalDate, Holiday> out = new TreeMap<>();
        out.put(LocalDate.of(year, 1, 1), Holiday.NEW_YEAR);
        LocalDate tet = lunar.newYear(year);
        for (int i = -1; i <= 3; i++) {
            out.put(tet.plusDays(i), Holiday.TET);
        }
        out.put(lunar.toSolar(10, 3, year, false), Holiday.HUNG_KINGS);
        out.put(LocalDate.of(year, 4, 30), Holiday.REUNIFICATION);
        out.put(LocalDate.of(year, 5, 1), Holiday.LABOUR_DAY);
        LocalDate national = LocalDate.of(year, 9, 2);
        out.put(national, Holiday.NATIONAL_DAY);
        out.put(nationalDayNeighbour(national), Holiday.NATIONAL_DAY);
        LocalDate culture = MonthDay.of(11, 24).atYear(year);
        if (cultureDayFrom != null && !culture.isBefore(cultureDayFrom)) {
            out.put(culture, Holiday.CULTURE_DAY);
        }
        return out;
    }

    /** The day added to 2 September: the one that joins the holiday to a weekend, else the following day. */
    static LocalDate nationalDayNeighbour(LocalDate secondSeptember) {
        return switch (secondSeptember.getDayOfWeek()) {
            case TUESDAY, FRIDAY, SATURDAY -> secondSeptember.minusDays(1);
            default -> secondSeptember.plusDays(1);
        };
    }

    static YearCalendar build(int year, LunarCalendar lunar, YearNotice notice, @Nullable LocalDate cultureDayFrom) {
        Map<LocalDate, Holiday> computed = computedHolidays(year, lunar, cultureDayFrom);
        Map<LocalDate, NoticeEntry> entries = new HashMap<>();
        Set<Holiday> replaced = EnumSet.noneOf(Holiday.class);
        for (NoticeEntry e : notice.entries()) {
            if (e.day().getYear() != year) {
                continue;
            }
            entries.put(e.day(), e);
            if (e.kind() != EntryKind.WORKING_DAY && e.holiday() != null) {
                replaced.add(e.holiday());
            }
        }
        if (notice.complete()) {
            computed.clear();
        } else {
            computed.values().removeIf(replaced::contains);
        }
        // Compensatory days for computed holidays on a weekly rest day, in date order.
        Map<LocalDate, Holiday> compensatory = new HashMap<>();
        for (Map.Entry<LocalDate, Holiday> h : computed.entrySet()) {
            if (!weekend(h.getKey())) {
                continue;
            }
            LocalDate d = h.getKey().plusDays(1);
            while (weekend(d)
                    || computed.containsKey(d)
                    || compensatory.containsKey(d)
                    || (entries.containsKey(d) && entries.get(d).kind() != EntryKind.WORKING_DAY)) {
                d = d.plusDays(1);
            }
            compensatory.put(d, h.getValue());
        }
        LocalDate first = LocalDate.of(year, 1, 1);
        int length = first.lengthOfYear();
        DayInfo[] days = new DayInfo[length];
        for (int i = 0; i < length; i++) {
            LocalDate d = first.plusDays(i);
            NoticeEntry e = entries.get(d);
            DayInfo info;
            if (e != null) {
                DayStatus status = switch (e.kind()) {
                    case DAY_OFF -> DayStatus.HOLIDAY;
                    case COMPENSATORY -> DayStatus.COMPENSATORY;
                    case WORKING_DAY -> DayStatus.SWAPPED_WORKING;
                };
                info = new DayInfo(d, status, e.holiday(), e.name(), e.source());
            } else if (computed.containsKey(d)) {
                info = new DayInfo(d, DayStatus.HOLIDAY, computed.get(d), null, null);
            } else if (compensatory.containsKey(d)) {
                info = new DayInfo(d, DayStatus.COMPENSATORY, compensatory.get(d), null, null);
            } else if (weekend(d)) {
                info = new DayInfo(d, DayStatus.WEEKEND, null, null, null);
            } else {
                info = new DayInfo(d, DayStatus.WORKING, null, null, null);
            }
            days[i] = info;
        }
        return new YearCalendar(year, days);
    }
}
