package vn.nhiemvu.calendar;

import java.time.LocalDate;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The Vietnamese lunar calendar, computed for meridian 105°E (UTC+7), by the rules Hồ Ngọc Đức
 * describes for it ("Thuật toán tính âm lịch"):
 * <ol>
 * <li>a month begins on the day (UTC+7) that contains the new moon (ngày Sóc);</li>
 * <li>the month that contains the December solstice (Đông chí) is month 11;</li>
 * <li>when 13 new moons separate two months 11, the first month after the first of them that
 * contains no major solar term (Trung khí: the Sun's longitude reaching a multiple of 30°) is
 * the leap month, and takes the number of the month before it.</li>
 * </ol>
 * China computes the same rules for 120°E (UTC+8); a new moon or a solar term shortly after
 * 23:00 Beijing time falls on different days in the two countries, which is why Tết 1985,
 * 2007 and 2030 differ (and why ICU4J's {@code ChineseCalendar} does not do here).
 *
 * <p>Defined for solar dates from 1900-01-01 to 2199-12-31. Plain Java: no clock, no I/O; each
 * span of months between two winter solstices is computed once and kept.
 */
public final class LunarCalendar {

    public static final LocalDate FIRST_DAY = LocalDate.of(1900, 1, 1);
    public static final LocalDate LAST_DAY = LocalDate.of(2199, 12, 31);

    /** Viet Nam's time zone, as a fraction of a day. */
    private static final double UTC_OFFSET_DAYS = 7.0 / 24;
    /** Julian day number of 1970-01-01 (epoch day 0). */
    private static final long JDN_OF_EPOCH = 2440588;

    private static final Map<Integer, Span> SPANS = new ConcurrentHashMap<>();

    private LunarCalendar() {
    }

    /** The lunar date of a solar date. */
    public static LunarDate toLunar(LocalDate date) {
        checkRange(date);
        long day = date.toEpochDay();
        Span span = span(date.getYear());
        if (day >= span.end()) {
            span = span(date.getYear() + 1);
        }
        int i = span.months() - 1;
        while (span.starts[i] > day) {
            i--;
        }
        return new LunarDate(span.years[i], span.numbers[i], (int) (day - span.starts[i]) + 1, span.leaps[i]);
    }

    /** The solar date of a lunar date; refuses days and leap months the year does not have. */
    public static LocalDate toSolar(LunarDate date) {
        Span span = spanOfMonth(date.year(), date.month());
        int i = span.indexOf(date.year(), date.month(), date.leap());
        if (i < 0) {
            throw new IllegalArgumentException("lunar year " + date.year() + " has no " + (date.leap() ? "leap " : "")
                    + "month " + date.month());
        }
        long length = span.starts[i + 1] - span.starts[i];
        if (date.day() > length) {
            throw new IllegalArgumentException("lunar month " + date.month() + (date.leap() ? " (leap)" : "") + " of "
                    + date.year() + " has " + length + " days, not " + date.day());
        }
        LocalDate solar = LocalDate.ofEpochDay(span.starts[i] + date.day() - 1);
        checkRange(solar);
        return solar;
    }

    public static LocalDate toSolar(int year, int month, int day) {
        return toSolar(new LunarDate(year, month, day, false));
    }

    /** Tết Nguyên đán: the first day of the lunar year that begins in the given solar year. */
    public static LocalDate newYear(int year) {
        return toSolar(year, 1, 1);
    }

    /** The leap month of a lunar year, or 0 if it has none. */
    public static int leapMonth(int year) {
        for (Span span : new Span[] { spanOfMonth(year, 1), spanOfMonth(year, 12) }) {
            for (int i = 0; i < span.months(); i++) {
                if (span.years[i] == year && span.leaps[i]) {
                    return span.numbers[i];
                }
            }
        }
        return 0;
    }

    /** Days in a lunar month: 29 (tháng thiếu) or 30 (tháng đủ). */
    public static int monthLength(int year, int month, boolean leap) {
        Span span = spanOfMonth(year, month);
        int i = span.indexOf(year, month, leap);
        if (i < 0) {
            throw new IllegalArgumentException("lunar year " + year + " has no " + (leap ? "leap " : "") + "month "
                    + month);
        }
        return (int) (span.starts[i + 1] - span.starts[i]);
    }

    private static void checkRange(LocalDate date) {
        if (date.isBefore(FIRST_DAY) || date.isAfter(LAST_DAY)) {
            throw new IllegalArgumentException("outside " + FIRST_DAY + ".." + LAST_DAY + ": " + date);
        }
    }

    /** Months 11 and 12 of lunar year Y lie after the winter solstice of solar year Y. */
    private static Span spanOfMonth(int lunarYear, int month) {
        if (lunarYear < FIRST_DAY.getYear() - 1 || lunarYear > LAST_DAY.getYear()) {
            throw new IllegalArgumentException("lunar year outside 1899..2199: " + lunarYear);
        }
        return span(month >= 11 ? lunarYear + 1 : lunarYear);
    }

    /** The months from month 11 of lunar year Y−1 up to (not including) month 11 of year Y. */
    private static Span span(int solarYear) {
        return SPANS.computeIfAbsent(solarYear, Span::compute);
    }

    /**
     * The months between two consecutive months 11.
     *
     * @param starts  epoch day of each month's first day, plus the first day of the next month 11
     * @param numbers month numbers, {@code years} the lunar year each month belongs to
     */
    private record Span(long[] starts, int[] numbers, int[] years, boolean[] leaps) {

        int months() {
            return numbers.length;
        }

        long end() {
            return starts[numbers.length];
        }

        int indexOf(int year, int month, boolean leap) {
            for (int i = 0; i < numbers.length; i++) {
                if (years[i] == year && numbers[i] == month && leaps[i] == leap) {
                    return i;
                }
            }
            return -1;
        }

        static Span compute(int solarYear) {
            long first = monthElevenLunation(solarYear - 1);
            long last = monthElevenLunation(solarYear);
            int count = (int) (last - first);
            long[] starts = new long[count + 1];
            for (int i = 0; i <= count; i++) {
                starts[i] = newMoonDay(first + i);
            }
            int leapIndex = -1;
            if (count == 13) {
                for (int i = 1; i < count; i++) {
                    if (!containsMajorTerm(starts[i], starts[i + 1])) {
                        leapIndex = i;
                        break;
                    }
                }
                if (leapIndex < 0) {
                    throw new IllegalStateException("13 months without a leap month after solstice " + (solarYear - 1));
                }
            } else if (count != 12) {
                throw new IllegalStateException(count + " months between the solstices of " + (solarYear - 1)
                        + " and " + solarYear);
            }
            int[] numbers = new int[count];
            int[] years = new int[count];
            boolean[] leaps = new boolean[count];
            int month = 11;
            int year = solarYear - 1;
            for (int i = 0; i < count; i++) {
                if (i == leapIndex) {
                    leaps[i] = true;
                } else if (i > 0) {
                    month = month % 12 + 1;
                    if (month == 1) {
                        year = solarYear;
                    }
                }
                numbers[i] = month;
                years[i] = year;
            }
            return new Span(starts, numbers, years, leaps);
        }
    }

    /** The lunation whose month contains the December solstice of a solar year. */
    private static long monthElevenLunation(int solarYear) {
        double guess = jdn(LocalDate.of(solarYear, 12, 21).toEpochDay());
        long solstice = localDay(Astronomy.sunReaches(270, guess));
        long k = Astronomy.lunationNear(jdn(solstice));
        while (newMoonDay(k) > solstice) {
            k--;
        }
        while (newMoonDay(k + 1) <= solstice) {
            k++;
        }
        return k;
    }

    /**
     * Whether a major solar term falls on a day from {@code start} to the day before {@code next}:
     * the Sun's 30° sector at the beginning (00:00 UTC+7) of the two days differs.
     */
    private static boolean containsMajorTerm(long start, long next) {
        return sunSector(start) != sunSector(next);
    }

    private static int sunSector(long epochDay) {
        double startUt = jdn(epochDay) - 0.5 - UTC_OFFSET_DAYS;
        return (int) (Astronomy.sunLongitude(startUt + Astronomy.deltaT(startUt)) / 30);
    }

    /** The day (UTC+7, as epoch day) of true new moon number k. */
    private static long newMoonDay(long k) {
        return localDay(Astronomy.newMoon(k));
    }

    /** The UTC+7 calendar day (epoch day) of a moment given in Terrestrial Time. */
    private static long localDay(double jde) {
        double ut = jde - Astronomy.deltaT(jde);
        return (long) Math.floor(ut + UTC_OFFSET_DAYS + 0.5) - JDN_OF_EPOCH;
    }

    private static double jdn(long epochDay) {
        return epochDay + JDN_OF_EPOCH;
    }
}
