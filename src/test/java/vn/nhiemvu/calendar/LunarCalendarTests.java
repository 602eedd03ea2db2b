package vn.nhiemvu.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The lunar calendar against dates people know: Tết and Giỗ Tổ as the Government announced them
 * and as Vietnamese calendars print them.
 *
 * <p>Sources of the reference tables: for 2000–2026 the lunar dates named in the annual holiday
 * notices of Bộ LĐTBXH / Bộ Nội vụ and the Government Office (e.g. 8662/VPCP-KGVX: Tết Giáp Thìn
 * = 10/02/2024; 8726/VPCP-KGVX: Tết Ất Tỵ = 29/01/2025; Tết Bính Ngọ = 17/02/2026) and the press
 * reports of each year's Giỗ Tổ holiday; for 2027–2050 Hồ Ngọc Đức's published Vietnamese calendar
 * (informatik.uni-leipzig.de/~duc/amlich, its year tables for UTC+7), which also agrees with every
 * date above. Where China's new year differs (UTC+8), the Chinese date is noted: the test fails if
 * the Chinese one comes out.
 */
class LunarCalendarTests {

    /** Tết Nguyên đán (mùng 1 tháng Giêng), every year 2000–2050. */
    private static final Map<Integer, String> TET = new TreeMap<>(Map.ofEntries(
            Map.entry(2000, "2000-02-05"), Map.entry(2001, "2001-01-24"), Map.entry(2002, "2002-02-12"),
            Map.entry(2003, "2003-02-01"), Map.entry(2004, "2004-01-22"), Map.entry(2005, "2005-02-09"),
            Map.entry(2006, "2006-01-29"), Map.entry(2007, "2007-02-17"), // China: 2007-02-18
            Map.entry(2008, "2008-02-07"), Map.entry(2009, "2009-01-26"), Map.entry(2010, "2010-02-14"),
            Map.entry(2011, "2011-02-03"), Map.entry(2012, "2012-01-23"), Map.entry(2013, "2013-02-10"),
            Map.entry(2014, "2014-01-31"), Map.entry(2015, "2015-02-19"), Map.entry(2016, "2016-02-08"),
            Map.entry(2017, "2017-01-28"), Map.entry(2018, "2018-02-16"), Map.entry(2019, "2019-02-05"),
            Map.entry(2020, "2020-01-25"), Map.entry(2021, "2021-02-12"), Map.entry(2022, "2022-02-01"),
            Map.entry(2023, "2023-01-22"), Map.entry(2024, "2024-02-10"), Map.entry(2025, "2025-01-29"),
            Map.entry(2026, "2026-02-17"), Map.entry(2027, "2027-02-06"), Map.entry(2028, "2028-01-26"),
            Map.entry(2029, "2029-02-13"), Map.entry(2030, "2030-02-02"), // China: 2030-02-03
            Map.entry(2031, "2031-01-23"), Map.entry(2032, "2032-02-11"), Map.entry(2033, "2033-01-31"),
            Map.entry(2034, "2034-02-19"), Map.entry(2035, "2035-02-08"), Map.entry(2036, "2036-01-28"),
            Map.entry(2037, "2037-02-15"), Map.entry(2038, "2038-02-04"), Map.entry(2039, "2039-01-24"),
            Map.entry(2040, "2040-02-12"), Map.entry(2041, "2041-02-01"), Map.entry(2042, "2042-01-22"),
            Map.entry(2043, "2043-02-10"), Map.entry(2044, "2044-01-30"), Map.entry(2045, "2045-02-17"),
            Map.entry(2046, "2046-02-06"), Map.entry(2047, "2047-01-26"), Map.entry(2048, "2048-02-14"),
            Map.entry(2049, "2049-02-02"), Map.entry(2050, "2050-01-23")));

    @Test
    void tetFallsOnThePublishedDayEveryYearFrom2000To2050() {
        assertThat(TET).hasSize(51);
        TET.forEach((year, date) -> {
            assertThat(LunarCalendar.newYear(year)).as("Tết %d", year).isEqualTo(LocalDate.parse(date));
            assertThat(LunarCalendar.toLunar(LocalDate.parse(date))).isEqualTo(new LunarDate(year, 1, 1, false));
            assertThat(LunarCalendar.toLunar(LocalDate.parse(date).minusDays(1)).month()).isEqualTo(12);
        });
    }

    @ParameterizedTest(name = "Tết {0}: Viet Nam {1}, not China''s {2}")
    @CsvSource({
            // the month 11 of 1984 differs, so the whole year 1985 starts a month apart
            "1985, 1985-01-21, 1985-02-20",
            // new moon 23:14 UTC+7 = 00:14 UTC+8
            "2007, 2007-02-17, 2007-02-18",
            // new moon 23:07 UTC+7 = 00:07 UTC+8
            "2030, 2030-02-02, 2030-02-03",
            // the first Tết after the North adopted UTC+7 (Tết Mậu Thân; the South kept UTC+8)
            "1968, 1968-01-29, 1968-01-30" })
    void tetIsVietnameseWhereTheChineseNewYearDiffers(int year, LocalDate vietnam, LocalDate china) {
        assertThat(LunarCalendar.newYear(year)).isEqualTo(vietnam).isNotEqualTo(china);
    }

    /** Giỗ Tổ Hùng Vương, 10/3 âm lịch: the holidays announced 2009–2026 and published dates after. */
    @ParameterizedTest(name = "Giỗ Tổ {0}")
    @CsvSource({
            "2009-04-04", "2010-04-23", "2011-04-12", "2012-03-31", "2013-04-19", "2014-04-09", "2015-04-28",
            "2016-04-16", "2017-04-06", "2018-04-25", "2019-04-14", "2020-04-02", "2021-04-21", "2022-04-10",
            "2023-04-29", "2024-04-18", "2025-04-07", "2026-04-26", "2027-04-16", "2028-04-04", "2030-04-12",
            "2033-04-09", "2037-04-24", "2038-04-13", "2040-04-20", "2045-04-26", "2050-04-01" })
    void hungKingsDayIsTheTenthOfTheThirdMonth(LocalDate expected) {
        assertThat(LunarCalendar.toSolar(expected.getYear(), 3, 10)).isEqualTo(expected);
        assertThat(LunarCalendar.toLunar(expected)).isEqualTo(new LunarDate(expected.getYear(), 3, 10, false));
    }

    @ParameterizedTest(name = "{0} has leap month {1}")
    @CsvSource({
            "2001, 4", "2004, 2", "2006, 7", "2009, 5", "2012, 4", "2014, 9", "2017, 6", "2020, 4", "2023, 2",
            "2025, 6", "2028, 5", "2031, 3", "2033, 11", "2024, 0", "2026, 0" })
    void leapMonths(int year, int month) {
        assertThat(LunarCalendar.leapMonth(year)).isEqualTo(month);
    }

    @Test
    void aLeapMonthFollowsTheMonthItRepeats() {
        // 2025: tháng 6 nhuận Ất Tỵ began on 2025-07-25, after tháng 6 (2025-06-25)
        assertThat(LunarCalendar.toSolar(new LunarDate(2025, 6, 1, false))).isEqualTo("2025-06-25");
        assertThat(LunarCalendar.toSolar(new LunarDate(2025, 6, 1, true))).isEqualTo("2025-07-25");
        assertThat(LunarCalendar.toSolar(new LunarDate(2025, 7, 1, false))).isEqualTo("2025-08-23");
        assertThat(LunarCalendar.toLunar(LocalDate.of(2025, 8, 1))).isEqualTo(new LunarDate(2025, 6, 8, true));
        // 2033: the leap month 11 lies after the solstice and belongs to lunar year 2033
        assertThat(LunarCalendar.toLunar(LunarCalendar.toSolar(new LunarDate(2033, 11, 15, true))))
                .isEqualTo(new LunarDate(2033, 11, 15, true));
    }

    @Test
    void theLastDayOfTheYearIsThe29thOrThe30th() {
        // the notices name these days: 8662/VPCP-KGVX "08/02/2024 (tức 29 tháng Chạp)"; 2025 had no 30 Tết
        assertThat(LunarCalendar.toLunar(LocalDate.of(2024, 2, 8))).isEqualTo(new LunarDate(2023, 12, 29, false));
        assertThat(LunarCalendar.toLunar(LocalDate.of(2024, 2, 9))).isEqualTo(new LunarDate(2023, 12, 30, false));
        assertThat(LunarCalendar.monthLength(2024, 12, false)).isEqualTo(29);
        assertThat(LunarCalendar.toLunar(LocalDate.of(2020, 1, 23))).isEqualTo(new LunarDate(2019, 12, 29, false));
        assertThat(LunarCalendar.toLunar(LocalDate.of(2026, 2, 14))).isEqualTo(new LunarDate(2025, 12, 27, false));
        assertThat(LunarCalendar.toLunar(LocalDate.of(2026, 2, 22))).isEqualTo(new LunarDate(2026, 1, 6, false));
    }

    @Test
    void everyDayFrom1900To2199GoesToTheLunarCalendarAndBack() {
        LocalDate day = LunarCalendar.FIRST_DAY;
        LunarDate previous = null;
        int months = 0;
        while (!day.isAfter(LunarCalendar.LAST_DAY)) {
            LunarDate lunar = LunarCalendar.toLunar(day);
            assertThat(LunarCalendar.toSolar(lunar)).isEqualTo(day);
            if (previous != null && lunar.day() != previous.day() + 1) {
                assertThat(lunar.day()).as("%s after %s", lunar, previous).isEqualTo(1);
                assertThat(previous.day()).isBetween(29, 30);
                months++;
            }
            previous = lunar;
            day = day.plusDays(1);
        }
        assertThat(months).isBetween(3700, 3720);
    }

    @Test
    void refusesWhatDoesNotExist() {
        assertThatThrownBy(() -> LunarCalendar.toSolar(new LunarDate(2024, 3, 1, true)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no leap month 3");
        assertThatThrownBy(() -> LunarCalendar.toSolar(new LunarDate(2025, 12, 30, false)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("29 days");
        assertThatThrownBy(() -> LunarCalendar.toLunar(LocalDate.of(1899, 12, 31)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> LunarCalendar.toLunar(LocalDate.of(2200, 1, 1)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new LunarDate(2024, 13, 1, false)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void namesTheYear() {
        assertThat(LunarCalendar.toLunar(LocalDate.of(2026, 2, 17)).yearName()).isEqualTo("Bính Ngọ");
        assertThat(new LunarDate(2024, 1, 1, false).yearName()).isEqualTo("Giáp Thìn");
        assertThat(new LunarDate(1968, 1, 1, false).yearName()).isEqualTo("Mậu Thân");
        assertThat(new LunarDate(2025, 3, 10, false)).hasToString("10/3 năm Ất Tỵ");
    }
}
