package vn.danvan.calendar.internal;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import vn.danvan.shared.web.RecordNotFound;

/** {@code GET /api/v1/calendar/{year}}: the year's days off (weekends included) and swapped working days. */
@RestController
class CalendarApiController {

    private final CalendarService calendar;

    CalendarApiController(CalendarService calendar) {
        this.calendar = calendar;
    }

    @GetMapping("/api/v1/calendar/{year}")
    YearJson year(@PathVariable int year) {
        if (year < CalendarController.FIRST_YEAR || year > CalendarController.LAST_YEAR) {
            throw new RecordNotFound("calendar year", year);
        }
        YearCalendar y = calendar.year(year);
        List<DayJson> off = y.days().stream()
                .filter(d -> !d.status().working())
                .map(DayJson::of)
                .toList();
        List<DayJson> swapped = y.swappedWorkingDays().stream().map(DayJson::of).toList();
        return new YearJson(year, y.workingDays(), off, swapped);
    }

    /** The year: its number of working days, its non-working days and its swapped working days. */
    record YearJson(int year, int workingDays, List<DayJson> nonWorkingDays, List<DayJson> swappedWorkingDays) {}

    /** A day: status, holiday code, the notice's name and source (null for computed days). */
    record DayJson(
            LocalDate date,
            DayStatus status,
            @Nullable Holiday holiday,
            @Nullable String name,
            @Nullable String source) {

        static DayJson of(DayInfo d) {
            return new DayJson(d.date(), d.status(), d.holiday(), d.name(), d.noticeSource());
        }
    }
}
