package vn.danvan.calendar.internal;

import java.time.LocalDate;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReferenceArray;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import vn.danvan.calendar.DayKind;
import vn.danvan.calendar.WorkingCalendar;

/**
 * The working calendar. Each year is built once from the computed rules and the year's notice, kept in memory, and
 * evicted when the administrator changes something; after that {@link #isWorkingDay} is an array read.
 */
@Service
class CalendarService implements WorkingCalendar {

    private static final int FIRST_CACHED = 1900;
    private static final int LAST_CACHED = 2199;

    private final NoticeSource source;
    private final LunarCalendar lunar = LunarCalendar.vietnam();
    private final AtomicReferenceArray<YearCalendar> years = new AtomicReferenceArray<>(LAST_CACHED - FIRST_CACHED + 1);
    private final ConcurrentHashMap<Integer, YearCalendar> otherYears = new ConcurrentHashMap<>();
    private final AtomicLong generation = new AtomicLong();

    CalendarService(NoticeSource source) {
        this.source = source;
    }

    /** The built year (from the cache, or built now). */
    YearCalendar year(int year) {
        YearCalendar cached = cached(year);
        if (cached != null) {
            return cached;
        }
        long before = generation.get();
        YearCalendar built = YearCalendar.build(
                year, lunar, source.notice(year), source.cultureDayFrom().orElse(null));
        if (generation.get() == before) {
            if (year >= FIRST_CACHED && year <= LAST_CACHED) {
                years.compareAndSet(year - FIRST_CACHED, null, built);
            } else {
                otherYears.putIfAbsent(year, built);
            }
        }
        return built;
    }

    private @Nullable YearCalendar cached(int year) {
        if (year >= FIRST_CACHED && year <= LAST_CACHED) {
            return years.get(year - FIRST_CACHED);
        }
        return otherYears.get(year);
    }

    /** Forgets every built year; the next read rebuilds from the notices. */
    void evictAll() {
        generation.incrementAndGet();
        for (int i = 0; i < years.length(); i++) {
            years.set(i, null);
        }
        otherYears.clear();
    }

    LunarCalendar lunar() {
        return lunar;
    }

    @Override
    public boolean isWorkingDay(LocalDate day) {
        return year(day.getYear()).isWorkingDay(day.getDayOfYear());
    }

    @Override
    public LocalDate addDays(LocalDate start, int amount, DayKind kind, boolean civilCodeEnd) {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(kind, "kind");
        if (amount < 0) {
            throw new IllegalArgumentException("A period cannot be negative: " + amount);
        }
        LocalDate end;
        if (kind == DayKind.CALENDAR_DAY) {
            end = start.plusDays(amount);
        } else {
            end = start;
            int left = amount;
            while (left > 0) {
                end = end.plusDays(1);
                if (isWorkingDay(end)) {
                    left--;
                }
            }
        }
        if (civilCodeEnd) {
            while (!isWorkingDay(end)) {
                end = end.plusDays(1);
            }
        }
        return end;
    }

    @Override
    public int workingDaysBetween(LocalDate from, LocalDate to) {
        if (!to.isAfter(from)) {
            return 0;
        }
        YearCalendar first = year(from.getYear());
        if (from.getYear() == to.getYear()) {
            return first.workingDaysUpTo(to.getDayOfYear()) - first.workingDaysUpTo(from.getDayOfYear());
        }
        int count = first.workingDays() - first.workingDaysUpTo(from.getDayOfYear());
        for (int y = from.getYear() + 1; y < to.getYear(); y++) {
            count += year(y).workingDays();
        }
        return count + year(to.getYear()).workingDaysUpTo(to.getDayOfYear());
    }
}
