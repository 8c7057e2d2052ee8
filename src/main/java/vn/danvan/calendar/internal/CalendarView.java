package vn.danvan.calendar.internal;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;

/** A year as the calendar page shows it: twelve month grids (Monday first) and the list of days off. */
record CalendarView(int year, List<Month> months, List<Cell> daysOff, List<Cell> swappedWorkingDays) {

    /** One month: weeks of seven cells, {@code null} outside the month. */
    record Month(int month, List<List<@Nullable Cell>> weeks) {}

    /**
     * One day: its status (for the CSS class), a description for screen readers and the tooltip, the holiday's
     * name, the lunar date when shown, and the source (the notice's document, or the computed rule).
     */
    record Cell(
            LocalDate date,
            DayStatus status,
            String description,
            @Nullable String holidayName,
            @Nullable String lunar,
            @Nullable String source) {

        public String cssClass() {
            return "cal-" + status.name().toLowerCase(Locale.ROOT).replace('_', '-');
        }

        public boolean marked() {
            return status != DayStatus.WORKING && status != DayStatus.WEEKEND;
        }
    }

    static CalendarView of(YearCalendar year, LunarCalendar lunar, MessageSource messages, Locale locale) {
        List<Cell> cells = new ArrayList<>();
        for (DayInfo d : year.days()) {
            cells.add(cell(d, lunar, messages, locale));
        }
        List<Month> months = new ArrayList<>();
        for (int m = 1; m <= 12; m++) {
            LocalDate first = LocalDate.of(year.year(), m, 1);
            List<List<@Nullable Cell>> weeks = new ArrayList<>();
            @Nullable Cell[] week = new Cell[7];
            int column = first.getDayOfWeek().getValue() - 1;
            for (LocalDate d = first; d.getMonthValue() == m; d = d.plusDays(1)) {
                week[column] = cells.get(d.getDayOfYear() - 1);
                column++;
                if (column == 7) {
                    weeks.add(Arrays.asList(week));
                    week = new Cell[7];
                    column = 0;
                }
            }
            if (column > 0) {
                weeks.add(Arrays.asList(week));
            }
            months.add(new Month(m, weeks));
        }
        List<Cell> off = cells.stream()
                .filter(c -> c.status() == DayStatus.HOLIDAY || c.status() == DayStatus.COMPENSATORY)
                .toList();
        List<Cell> swapped = cells.stream()
                .filter(c -> c.status() == DayStatus.SWAPPED_WORKING)
                .toList();
        return new CalendarView(year.year(), months, off, swapped);
    }

    private static Cell cell(DayInfo d, LunarCalendar lunar, MessageSource messages, Locale locale) {
        String status = messages.getMessage("cal.status." + d.status().name(), null, locale);
        String holidayName = null;
        if (d.holiday() != null) {
            holidayName = d.name() != null && !d.name().isBlank()
                    ? d.name()
                    : messages.getMessage("cal.holiday." + d.holiday().name(), null, locale);
        }
        String source = null;
        if (d.fromNotice()) {
            source = d.noticeSource();
        } else if (d.status() == DayStatus.HOLIDAY) {
            source = messages.getMessage("cal.source.computed", null, locale);
        } else if (d.status() == DayStatus.COMPENSATORY) {
            source = messages.getMessage("cal.source.compensatory", null, locale);
        }
        LunarCalendar.LunarDate l = lunar.toLunar(d.date());
        String lunarText = null;
        if (l.day() == 1 || l.day() == 15 || d.holiday() != null) {
            lunarText = messages.getMessage(
                    l.leap() ? "cal.lunar.leap" : "cal.lunar", new Object[] {l.day(), l.month()}, locale);
        }
        String weekday =
                messages.getMessage("cal.weekday." + d.date().getDayOfWeek().getValue(), null, locale);
        String description = messages.getMessage(
                "cal.day.description", new Object[] {weekday, NoticeService.DAY.format(d.date()), status}, locale);
        if (holidayName != null) {
            description = description + " — " + holidayName;
        }
        return new Cell(d.date(), d.status(), description, holidayName, lunarText, source);
    }

    /** Monday to Sunday, for the grid's header. */
    static List<Integer> weekdays() {
        return Arrays.stream(DayOfWeek.values()).map(DayOfWeek::getValue).toList();
    }
}
