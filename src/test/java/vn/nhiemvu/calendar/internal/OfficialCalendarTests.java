package vn.nhiemvu.calendar.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

import vn.nhiemvu.calendar.CalendarDay;
import vn.nhiemvu.calendar.DayKind;
import vn.nhiemvu.calendar.LunarCalendar;
import vn.nhiemvu.calendar.NewCalendarDay;
import vn.nhiemvu.calendar.Occasion;
import vn.nhiemvu.shared.InvalidInputException;

/**
 * The official tables 2020–2026 as the migration stores them, and the working-day arithmetic on
 * them. No Spring: the calendar migration runs alone on an in-memory H2 (PostgreSQL mode).
 */
class OfficialCalendarTests {

    /**
     * Weekdays off (MM-dd) as announced, typed from the notices and the Labour Code, not from the
     * migration: 2020 (Labour Code 2012; Tết 23–29/01); 2021 (Tết 10–16/02, Quốc khánh 2–5/9);
     * 2022 (245/VPCP-KGVX); 2023 (8056/VPCP-KGVX); 2024 (8662/VPCP-KGVX, 2450/VPCP-KGVX);
     * 2025 (8726/VPCP-KGVX); 2026 (12729/VPCP-KGVX; Tết 14–22/02 and Quốc khánh 29/8–2/9 as the
     * Government Office's letter of October 2025 was reported).
     */
    static final Map<Integer, List<String>> OFFICIAL_WEEKDAYS_OFF = Map.of(
            2020, List.of("01-01", "01-23", "01-24", "01-27", "01-28", "01-29", "04-02", "04-30", "05-01", "09-02"),
            2021, List.of("01-01", "02-10", "02-11", "02-12", "02-15", "02-16", "04-21", "04-30", "05-03", "09-02",
                    "09-03"),
            2022, List.of("01-03", "01-31", "02-01", "02-02", "02-03", "02-04", "04-11", "05-02", "05-03", "09-01",
                    "09-02"),
            2023, List.of("01-02", "01-20", "01-23", "01-24", "01-25", "01-26", "05-01", "05-02", "05-03", "09-01",
                    "09-04"),
            2024, List.of("01-01", "02-08", "02-09", "02-12", "02-13", "02-14", "04-18", "04-29", "04-30", "05-01",
                    "09-02", "09-03"),
            2025, List.of("01-01", "01-27", "01-28", "01-29", "01-30", "01-31", "04-07", "04-30", "05-01", "05-02",
                    "09-01", "09-02"),
            2026, List.of("01-01", "01-02", "02-16", "02-17", "02-18", "02-19", "02-20", "04-27", "04-30", "05-01",
                    "08-31", "09-01", "09-02"));

    /** Weekdays off by a swap (hoán đổi), repaid on the working weekend days below. */
    static final Map<Integer, List<String>> OFFICIAL_SWAPPED_DAYS_OFF = Map.of(
            2024, List.of("04-29"), 2025, List.of("05-02"), 2026, List.of("01-02", "08-31"));

    static final Map<Integer, List<String>> OFFICIAL_WORKING_WEEKEND_DAYS = Map.of(
            2024, List.of("05-04"), 2025, List.of("04-26"), 2026, List.of("01-10", "08-22"));

    static JdbcOfficialDays rows;
    static TableWorkingCalendar calendar;

    @BeforeAll
    static void migrate() {
        var dataSource = new DriverManagerDataSource("jdbc:h2:mem:calendar-" + UUID.randomUUID()
                + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1", "sa", "");
        Flyway.configure().dataSource(dataSource).locations("classpath:db/migration/calendar").load().migrate();
        rows = new JdbcOfficialDays(JdbcClient.create(dataSource), Clock.system(ZoneId.of("Asia/Ho_Chi_Minh")));
        calendar = new TableWorkingCalendar(rows);
    }

    @Test
    void everyOfficialYearHasTheAnnouncedDaysOffAndWorkingSaturdays() {
        for (int year = 2020; year <= 2026; year++) {
            List<String> off = new ArrayList<>();
            List<String> workedWeekend = new ArrayList<>();
            for (LocalDate d = LocalDate.of(year, 1, 1); d.getYear() == year; d = d.plusDays(1)) {
                boolean weekend = d.getDayOfWeek() == DayOfWeek.SATURDAY || d.getDayOfWeek() == DayOfWeek.SUNDAY;
                if (!weekend && !calendar.isWorkingDay(d)) {
                    off.add(d.toString().substring(5));
                } else if (weekend && calendar.isWorkingDay(d)) {
                    workedWeekend.add(d.toString().substring(5));
                }
            }
            assertThat(off).as("weekdays off in %d", year).containsExactlyElementsOf(OFFICIAL_WEEKDAYS_OFF.get(year));
            assertThat(workedWeekend).as("working weekend days in %d", year)
                    .containsExactlyElementsOf(OFFICIAL_WORKING_WEEKEND_DAYS.getOrDefault(year, List.of()));
            assertThat(calendar.official(year)).isTrue();
            assertThat(calendar.days(year)).as("%d has no proposal left", year).allMatch(CalendarDay::official);
        }
    }

    @Test
    void in2025TetThirtyAprilAndNationalDayAreAsAnnouncedIn8726() {
        // Tết 25/01–02/02/2025: nine days without a working day
        for (LocalDate d = date("2025-01-25"); !d.isAfter(date("2025-02-02")); d = d.plusDays(1)) {
            assertThat(calendar.isWorkingDay(d)).as("%s", d).isFalse();
        }
        assertThat(calendar.isWorkingDay(date("2025-01-24"))).isTrue();
        assertThat(calendar.isWorkingDay(date("2025-02-03"))).isTrue();
        // 30/4–04/5 off, Friday 02/5 repaid on Saturday 26/4
        assertThat(calendar.isWorkingDay(date("2025-04-26"))).isTrue();
        for (LocalDate d = date("2025-04-30"); !d.isAfter(date("2025-05-04")); d = d.plusDays(1)) {
            assertThat(calendar.isWorkingDay(d)).as("%s", d).isFalse();
        }
        assertThat(day(date("2025-05-02")).kind()).isEqualTo(DayKind.DAY_OFF);
        assertThat(day(date("2025-05-02")).source()).startsWith("8726/VPCP-KGVX");
        // Quốc khánh 30/8–02/9, the second day being Monday 01/9
        assertThat(day(date("2025-09-01"))).satisfies(d -> {
            assertThat(d.kind()).isEqualTo(DayKind.HOLIDAY);
            assertThat(d.occasion()).isEqualTo(Occasion.NATIONAL_DAY);
        });
        assertThat(calendar.workingDaysBetween(date("2025-08-29"), date("2025-09-03"))).isEqualTo(2);
    }

    @Test
    void theRowsNameTheLunarDaysTheComputationGives() {
        Pattern lunar = Pattern.compile("\\((?:mùng )?(\\d+) tháng (Chạp|Giêng)\\)");
        int checked = 0;
        for (CalendarDay d : rows.all()) {
            Matcher m = lunar.matcher(d.reason());
            if (m.find()) {
                var computed = LunarCalendar.toLunar(d.date());
                assertThat(computed.day()).as("%s %s", d.date(), d.reason()).isEqualTo(Integer.parseInt(m.group(1)));
                assertThat(computed.month()).as("%s %s", d.date(), d.reason()).isEqualTo(m.group(2).equals("Chạp") ? 12 : 1);
                checked++;
            }
        }
        assertThat(checked).isGreaterThanOrEqualTo(30);
    }

    @Test
    void unconfirmedRowsSaySoAndConfirmedOnesCiteTheirLetter() {
        for (CalendarDay d : rows.all()) {
            assertThat(d.source()).as("%s", d.date()).isNotBlank();
            if (d.source().contains("chưa xác minh")) {
                assertThat(d.reason()).as("%s", d.date()).contains("chưa xác minh");
                assertThat(d.date().getYear()).isIn(2020, 2021, 2026);
            }
        }
        assertThat(rows.year(2025)).filteredOn(d -> d.occasion() == Occasion.LUNAR_NEW_YEAR)
                .allMatch(d -> d.source().equals("8726/VPCP-KGVX (26/11/2024)"));
    }

    @ParameterizedTest(name = "{0} + {1} working days = {2}")
    @CsvSource({
            // across Tết Ất Tỵ (27–31/01/2025 off, then a weekend)
            "2025-01-24, 1, 2025-02-03", "2025-01-24, 5, 2025-02-07", "2025-02-03, -1, 2025-01-24",
            "2025-01-26, 0, 2025-02-03", "2025-01-27, -1, 2025-01-24",
            // across Tết Bính Ngọ (16–20/02/2026)
            "2026-02-13, 1, 2026-02-23", "2026-02-23, -1, 2026-02-13",
            // across the year end: 01/01/2026 holiday, 02/01 swapped, Saturday 10/01 worked
            "2025-12-31, 1, 2026-01-05", "2026-01-05, -1, 2025-12-31", "2026-01-09, 1, 2026-01-10",
            "2025-12-31, 8, 2026-01-13", "2024-12-31, 1, 2025-01-02", "2023-12-29, 1, 2024-01-02",
            // a working Saturday is a working day, also for zero
            "2025-04-26, 0, 2025-04-26", "2025-04-25, 1, 2025-04-26", "2025-04-29, -1, 2025-04-28",
            // a year without notices uses the proposal: Tết 2027 4–10/02
            "2027-02-03, 1, 2027-02-11",
            // ten working days: the civil-code count starts the day after
            "2024-02-05, 10, 2024-02-26" })
    void addsWorkingDays(LocalDate date, int days, LocalDate expected) {
        assertThat(calendar.addWorkingDays(date, days)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}..{1}: {2} working days")
    @CsvSource({
            "2025-01-01, 2025-01-31, 17", "2025-01-25, 2025-02-02, 0", "2025-12-29, 2026-01-11, 9",
            "2025-04-26, 2025-04-26, 1", "2025-05-04, 2025-04-26, 0", "2024-01-01, 2024-12-31, 251",
            "2025-01-01, 2025-12-31, 250", "2026-01-01, 2026-12-31, 250", "2023-01-01, 2023-12-31, 249" })
    void countsWorkingDaysBothEndsIncluded(LocalDate from, LocalDate to, long expected) {
        assertThat(calendar.workingDaysBetween(from, to)).isEqualTo(expected);
    }

    @Test
    void nextAndPreviousWorkingDays() {
        assertThat(calendar.nextWorkingDay(date("2025-04-25"))).isEqualTo("2025-04-26");
        assertThat(calendar.nextWorkingDay(date("2025-04-29"))).isEqualTo("2025-05-05");
        assertThat(calendar.previousWorkingDay(date("2025-05-05"))).isEqualTo("2025-04-29");
        assertThat(calendar.previousWorkingDay(date("2026-01-05"))).isEqualTo("2025-12-31");
        assertThat(calendar.nextWorkingDay(date("2199-12-30"))).isEqualTo("2199-12-31");
    }

    @Test
    void theTablesAgreeWithCountingDayByDay() {
        var random = new Random(20251123);
        LocalDate first = date("2018-06-01");
        for (int i = 0; i < 2000; i++) {
            LocalDate from = first.plusDays(random.nextInt(4000));
            LocalDate to = from.plusDays(random.nextInt(800));
            long naive = 0;
            for (LocalDate d = from; !d.isAfter(to); d = d.plusDays(1)) {
                naive += calendar.isWorkingDay(d) ? 1 : 0;
            }
            assertThat(calendar.workingDaysBetween(from, to)).as("%s..%s", from, to).isEqualTo(naive);
            int n = random.nextInt(601) - 300;
            LocalDate result = calendar.addWorkingDays(from, n);
            assertThat(calendar.isWorkingDay(result)).isTrue();
            if (n > 0) {
                assertThat(calendar.workingDaysBetween(from.plusDays(1), result)).isEqualTo(n);
            } else if (n < 0) {
                assertThat(calendar.workingDaysBetween(result, from.minusDays(1))).isEqualTo(-n);
            }
        }
    }

    @Test
    void datesOutside1900To2199AreRefusedInVietnamese() {
        assertThatThrownBy(() -> calendar.isWorkingDay(date("1899-12-31"))).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("nằm ngoài phạm vi của lịch làm việc");
        assertThatThrownBy(() -> calendar.workingDaysBetween(date("2025-01-01"), date("2200-01-01")))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.errors().get(0).field()).isEqualTo("to"));
        assertThatThrownBy(() -> calendar.addWorkingDays(date("2199-12-31"), 1))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("Kết quả nằm ngoài phạm vi");
        assertThatThrownBy(() -> calendar.addWorkingDays(date("2025-01-01"), Integer.MIN_VALUE))
                .isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> calendar.previousWorkingDay(date("1900-01-01")))
                .isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> calendar.days(2200)).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("Năm 2200");
    }

    @Test
    void recordingADayRebuildsItsYear() {
        LocalDate day = date("2031-06-13"); // a Friday in a year without notices
        assertThat(calendar.isWorkingDay(day)).isTrue();
        long before = calendar.workingDaysBetween(date("2031-01-01"), date("2031-12-31"));
        rows.insert(new NewCalendarDay(day, DayKind.DAY_OFF, Occasion.OTHER, "Nghỉ thử", "01/TB-THU"), "test");
        calendar.reload(2031);
        try {
            assertThat(calendar.isWorkingDay(day)).isFalse();
            assertThat(calendar.workingDaysBetween(date("2031-01-01"), date("2031-12-31"))).isEqualTo(before - 1);
            assertThat(calendar.addWorkingDays(date("2031-06-12"), 1)).isEqualTo("2031-06-16");
            assertThat(calendar.official(2031)).isTrue();
            // the other occasions of 2031 keep their proposal
            assertThat(calendar.days(2031)).anyMatch(d -> !d.official() && d.occasion() == Occasion.LUNAR_NEW_YEAR);
            // later years are counted from the new total
            assertThat(calendar.workingDaysBetween(date("2031-06-13"), date("2032-01-05")))
                    .isEqualTo(calendar.workingDaysBetween(date("2031-06-14"), date("2032-01-05")));
        } finally {
            rows.delete(day);
            calendar.reload(2031);
        }
        assertThat(calendar.isWorkingDay(day)).isTrue();
        assertThat(calendar.official(2031)).isFalse();
    }

    private static CalendarDay day(LocalDate date) {
        return calendar.days(date.getYear()).stream().filter(d -> d.date().equals(date)).findFirst().orElseThrow();
    }

    private static LocalDate date(String iso) {
        return LocalDate.parse(iso);
    }
}
