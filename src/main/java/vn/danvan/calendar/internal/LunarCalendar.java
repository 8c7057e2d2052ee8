package vn.danvan.calendar.internal;

import java.time.LocalDate;

/**
 * The Vietnamese lunisolar calendar, computed with Hồ Ngọc Đức's astronomical algorithm (new moons and major solar
 * terms after Meeus, "Astronomical Algorithms") at the time zone of Vietnam, UTC+7 (used since 1967 in the North and
 * 1975 nationally). Deliberately not ICU's {@code ChineseCalendar}, which is Beijing-based (UTC+8) and gives another
 * Tết in years such as 1985, 2007, 2030 and 2053.
 */
final class LunarCalendar {

    /** Time zone of Vietnam, in hours east of UTC. */
    static final double VIETNAM = 7.0;

    /** Julian day number of 1970-01-01. */
    private static final long JDN_EPOCH = 2_440_588L;

    private static final double SYNODIC = 29.530588853;

    private static final double NEW_MOON_1900 = 2415021.076998695;

    private final double timeZone;

    LunarCalendar(double timeZone) {
        this.timeZone = timeZone;
    }

    static LunarCalendar vietnam() {
        return new LunarCalendar(VIETNAM);
    }

    /** A lunar date: day, month (1..12), year (the solar year in which that lunar year begins), leap month. */
    record LunarDate(int day, int month, int year, boolean leap) {}

    static long jdn(LocalDate date) {
        return date.toEpochDay() + JDN_EPOCH;
    }

    static LocalDate date(long jdn) {
        return LocalDate.ofEpochDay(jdn - JDN_EPOCH);
    }

    /** The day (Julian day number, local time) of the k-th new moon after 1/1/1900. */
    long newMoonDay(long k) {
        double t = k / 1236.85;
        double t2 = t * t;
        double t3 = t2 * t;
        double dr = Math.PI / 180;
        double jd1 = 2415020.75933 + 29.53058868 * k + 0.0001178 * t2 - 0.000000155 * t3;
        jd1 = jd1 + 0.00033 * Math.sin((166.56 + 132.87 * t - 0.009173 * t2) * dr);
        double m = 359.2242 + 29.10535608 * k - 0.0000333 * t2 - 0.00000347 * t3;
        double mpr = 306.0253 + 385.81691806 * k + 0.0107306 * t2 + 0.00001236 * t3;
        double f = 21.2964 + 390.67050646 * k - 0.0016528 * t2 - 0.00000239 * t3;
        double c1 = (0.1734 - 0.000393 * t) * Math.sin(m * dr) + 0.0021 * Math.sin(2 * dr * m);
        c1 = c1 - 0.4068 * Math.sin(mpr * dr) + 0.0161 * Math.sin(dr * 2 * mpr);
        c1 = c1 - 0.0004 * Math.sin(dr * 3 * mpr);
        c1 = c1 + 0.0104 * Math.sin(dr * 2 * f) - 0.0051 * Math.sin(dr * (m + mpr));
        c1 = c1 - 0.0074 * Math.sin(dr * (m - mpr)) + 0.0004 * Math.sin(dr * (2 * f + m));
        c1 = c1 - 0.0004 * Math.sin(dr * (2 * f - m)) - 0.0006 * Math.sin(dr * (2 * f + mpr));
        c1 = c1 + 0.0010 * Math.sin(dr * (2 * f - mpr)) + 0.0005 * Math.sin(dr * (2 * mpr + m));
        double deltat;
        if (t < -11) {
            deltat = 0.001 + 0.000839 * t + 0.0002261 * t2 - 0.00000845 * t3 - 0.000000081 * t * t3;
        } else {
            deltat = -0.000278 + 0.000265 * t + 0.000262 * t2;
        }
        double jdNew = jd1 + c1 - deltat;
        return (long) Math.floor(jdNew + 0.5 + timeZone / 24);
    }

    /** The sun's longitude at the start of the local day, as a major-term index 0..11 (30° sectors). */
    int sunLongitude(long jdn) {
        double t = (jdn - 2451545.5 - timeZone / 24) / 36525;
        double t2 = t * t;
        double dr = Math.PI / 180;
        double m = 357.52910 + 35999.05030 * t - 0.0001559 * t2 - 0.00000048 * t * t2;
        double l0 = 280.46645 + 36000.76983 * t + 0.0003032 * t2;
        double dl = (1.914600 - 0.004817 * t - 0.000014 * t2) * Math.sin(dr * m);
        dl = dl + (0.019993 - 0.000101 * t) * Math.sin(dr * 2 * m) + 0.000290 * Math.sin(dr * 3 * m);
        double l = (l0 + dl) * dr;
        l = l - Math.PI * 2 * Math.floor(l / (Math.PI * 2));
        return (int) Math.floor(l / Math.PI * 6);
    }

    /** The first day of the 11th lunar month (the one containing the winter solstice) of the given solar year. */
    long lunarMonth11(int year) {
        long off = jdn(LocalDate.of(year, 12, 31)) - 2415021;
        long k = (long) Math.floor(off / SYNODIC);
        long nm = newMoonDay(k);
        if (sunLongitude(nm) >= 9) {
            nm = newMoonDay(k - 1);
        }
        return nm;
    }

    /** Offset (in months after month 11 starting at {@code a11}) of the leap month of a 13-month year. */
    int leapMonthOffset(long a11) {
        long k = (long) Math.floor((a11 - NEW_MOON_1900) / SYNODIC + 0.5);
        int last;
        int i = 1;
        int arc = sunLongitude(newMoonDay(k + i));
        do {
            last = arc;
            i++;
            arc = sunLongitude(newMoonDay(k + i));
        } while (arc != last && i < 14);
        return i - 1;
    }

    LunarDate toLunar(LocalDate day) {
        long dayNumber = jdn(day);
        int yy = day.getYear();
        long k = (long) Math.floor((dayNumber - NEW_MOON_1900) / SYNODIC);
        long monthStart = newMoonDay(k + 1);
        if (monthStart > dayNumber) {
            monthStart = newMoonDay(k);
        }
        long a11 = lunarMonth11(yy);
        long b11 = a11;
        int lunarYear;
        if (a11 >= monthStart) {
            lunarYear = yy;
            a11 = lunarMonth11(yy - 1);
        } else {
            lunarYear = yy + 1;
            b11 = lunarMonth11(yy + 1);
        }
        int lunarDay = (int) (dayNumber - monthStart + 1);
        int diff = (int) Math.floor((monthStart - a11) / 29.0);
        boolean leap = false;
        int lunarMonth = diff + 11;
        if (b11 - a11 > 365) {
            int leapMonthDiff = leapMonthOffset(a11);
            if (diff >= leapMonthDiff) {
                lunarMonth = diff + 10;
                if (diff == leapMonthDiff) {
                    leap = true;
                }
            }
        }
        if (lunarMonth > 12) {
            lunarMonth -= 12;
        }
        if (lunarMonth >= 11 && diff < 4) {
            lunarYear -= 1;
        }
        return new LunarDate(lunarDay, lunarMonth, lunarYear, leap);
    }

    /** The solar date of a lunar date; a leap month that the year does not have is an error. */
    LocalDate toSolar(int lunarDay, int lunarMonth, int lunarYear, boolean leap) {
        long a11;
        long b11;
        if (lunarMonth < 11) {
            a11 = lunarMonth11(lunarYear - 1);
            b11 = lunarMonth11(lunarYear);
        } else {
            a11 = lunarMonth11(lunarYear);
            b11 = lunarMonth11(lunarYear + 1);
        }
        long k = (long) Math.floor(0.5 + (a11 - NEW_MOON_1900) / SYNODIC);
        int off = lunarMonth - 11;
        if (off < 0) {
            off += 12;
        }
        if (b11 - a11 > 365) {
            int leapOff = leapMonthOffset(a11);
            int leapMonth = leapOff - 2;
            if (leapMonth < 0) {
                leapMonth += 12;
            }
            if (leap && lunarMonth != leapMonth) {
                throw new IllegalArgumentException("No leap month " + lunarMonth + " in lunar year " + lunarYear);
            } else if (leap || off >= leapOff) {
                off += 1;
            }
        } else if (leap) {
            throw new IllegalArgumentException("No leap month in lunar year " + lunarYear);
        }
        long monthStart = newMoonDay(k + off);
        return date(monthStart + lunarDay - 1);
    }

    /** Tết Nguyên đán: the first day of the lunar year that begins in the given solar year. */
    LocalDate newYear(int year) {
        return toSolar(1, 1, year, false);
    }
}
