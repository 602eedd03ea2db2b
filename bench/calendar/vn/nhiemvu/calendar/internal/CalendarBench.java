package vn.nhiemvu.calendar.internal;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.function.IntSupplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import vn.nhiemvu.calendar.CalendarDay;
import vn.nhiemvu.calendar.DayKind;
import vn.nhiemvu.calendar.NewCalendarDay;
import vn.nhiemvu.calendar.Occasion;

/**
 * Throughput of the working-day calendar, plain Java (no JMH, no Spring, no database): the rows of
 * the calendar migration are parsed from the SQL file and served from memory. Each measurement
 * runs warm-up rounds, then 7 rounds of about one second; the median is printed.
 * Run with bench/calendar.sh.
 */
public final class CalendarBench {

    private static volatile long sink;

    public static void main(String[] args) throws Exception {
        Path sql = Path.of(args.length > 0 ? args[0] : "src/main/resources/db/migration/calendar/V2_1__calendar.sql");
        var rows = new MemoryRows(parse(Files.readString(sql)));

        long t0 = System.nanoTime();
        var calendar = new TableWorkingCalendar(rows);
        calendar.isWorkingDay(LocalDate.of(2025, 1, 1)); // builds the tables 1900–2199, lunar calendar included
        System.out.printf("first build of the tables 1900–2199 (cold JVM, lunar calendar included): %.1f ms%n",
                (System.nanoTime() - t0) / 1e6);
        for (int i = 0; i < 200; i++) {
            calendar.reload(2025);
        }
        long t1 = System.nanoTime();
        for (int i = 0; i < 200; i++) {
            calendar.reload(2000 + i % 100);
        }
        System.out.printf("rebuild of one year after a change (warm): %.3f ms%n", (System.nanoTime() - t1) / 1e6 / 200);

        var random = new Random(42);
        int n = 1 << 16;
        LocalDate[] dates = new LocalDate[n];
        LocalDate[] later = new LocalDate[n];
        int[] small = new int[n];
        int[] large = new int[n];
        LocalDate base = LocalDate.of(2020, 1, 1);
        for (int i = 0; i < n; i++) {
            dates[i] = base.plusDays(random.nextInt(3650));
            later[i] = dates[i].plusDays(random.nextInt(730));
            small[i] = 1 + random.nextInt(60);
            large[i] = random.nextInt(4001) - 2000;
        }
        int mask = n - 1;
        int[] k = { 0 };
        measure("isWorkingDay", () -> calendar.isWorkingDay(dates[k[0]++ & mask]) ? 1 : 0);
        measure("addWorkingDays(date, 1..60)", () -> {
            int i = k[0]++ & mask;
            return calendar.addWorkingDays(dates[i], small[i]).getDayOfMonth();
        });
        measure("addWorkingDays(date, -2000..2000)", () -> {
            int i = k[0]++ & mask;
            return calendar.addWorkingDays(dates[i], large[i]).getDayOfMonth();
        });
        measure("workingDaysBetween(date, date + 0..730)", () -> {
            int i = k[0]++ & mask;
            return (int) calendar.workingDaysBetween(dates[i], later[i]);
        });
        measure("baseline: LocalDate.plusDays(1..60)", () -> {
            int i = k[0]++ & mask;
            return dates[i].plusDays(small[i]).getDayOfMonth();
        });
    }

    private static void measure(String name, IntSupplier operation) {
        for (int round = 0; round < 5; round++) { // warm-up
            run(operation, 300_000_000L);
        }
        double[] rates = new double[7];
        for (int round = 0; round < rates.length; round++) {
            rates[round] = run(operation, 1_000_000_000L);
        }
        Arrays.sort(rates);
        System.out.printf("%-42s %8.1f M ops/s  (median of 7; min %.1f, max %.1f)%n", name, rates[3] / 1e6, rates[0] / 1e6,
                rates[6] / 1e6);
    }

    /** Operations per second over about {@code nanos}. */
    private static double run(IntSupplier operation, long nanos) {
        long count = 0;
        long acc = 0;
        long start = System.nanoTime();
        long elapsed;
        do {
            for (int i = 0; i < 10_000; i++) {
                acc += operation.getAsInt();
            }
            count += 10_000;
            elapsed = System.nanoTime() - start;
        } while (elapsed < nanos);
        sink += acc;
        return count * 1e9 / elapsed;
    }

    static List<CalendarDay> parse(String sql) {
        var days = new ArrayList<CalendarDay>();
        Matcher m = Pattern.compile("\\(date '([0-9-]+)', '(\\w+)', '(\\w+)', '([^']*)', '([^']*)'").matcher(sql);
        while (m.find()) {
            days.add(new CalendarDay(LocalDate.parse(m.group(1)), DayKind.valueOf(m.group(2)),
                    Occasion.valueOf(m.group(3)), m.group(4), m.group(5), true));
        }
        return days;
    }

    record MemoryRows(List<CalendarDay> rows) implements OfficialDays {

        @Override
        public List<CalendarDay> all() {
            return rows;
        }

        @Override
        public List<CalendarDay> year(int year) {
            return rows.stream().filter(d -> d.date().getYear() == year).toList();
        }

        @Override
        public Optional<CalendarDay> find(LocalDate date) {
            return rows.stream().filter(d -> d.date().equals(date)).findFirst();
        }

        @Override
        public void insert(NewCalendarDay day, String by) {
            throw new UnsupportedOperationException();
        }

        @Override
        public boolean delete(LocalDate date) {
            throw new UnsupportedOperationException();
        }
    }
}
