package vn.nhiemvu.calendar.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import vn.nhiemvu.calendar.CalendarDay;
import vn.nhiemvu.calendar.DayKind;
import vn.nhiemvu.calendar.Occasion;

/** The statutory proposal: Labour Code 2019 Art. 112 and 111(3), and how official rows replace it. */
class StatutoryHolidaysTests {

    @Test
    void aYearWithoutNoticesGetsTheElevenHolidaysOfTheLabourCode() {
        List<CalendarDay> holidays = StatutoryHolidays.holidays(2027);
        assertThat(holidays).hasSize(11).allMatch(d -> d.kind() == DayKind.HOLIDAY && !d.official())
                .allMatch(d -> d.source().contains("45/2019/QH14") && d.source().contains("chưa có thông báo chính thức"));
        assertThat(holidays).extracting(CalendarDay::date).containsExactly(
                date("2027-01-01"),
                // Tết Đinh Mùi is Saturday 06/02/2027: the last two days of the old year and the first three
                date("2027-02-04"), date("2027-02-05"), date("2027-02-06"), date("2027-02-07"), date("2027-02-08"),
                date("2027-04-16"), // Giỗ Tổ, 10/3 âm lịch
                date("2027-04-30"), date("2027-05-01"),
                date("2027-09-02"), date("2027-09-03")); // 2/9 is a Thursday: Friday joins it to the weekend
    }

    @Test
    void holidaysOnAWeekendGiveCompensatoryDaysOnTheNextWorkingDays() {
        List<CalendarDay> year = StatutoryHolidays.schedule(2027, List.of());
        assertThat(year).filteredOn(d -> d.kind() == DayKind.COMPENSATORY).extracting(CalendarDay::date)
                // Tết Saturday and Sunday → Tuesday and Wednesday (Monday is mùng 3); 1/5 Saturday → Monday 3/5
                .containsExactly(date("2027-02-09"), date("2027-02-10"), date("2027-05-03"));
        assertThat(year).filteredOn(d -> d.kind() == DayKind.COMPENSATORY).first()
                .satisfies(d -> assertThat(d.reason()).startsWith("Nghỉ bù Tết Nguyên đán").contains("thứ Bảy 06/02/2027"));
    }

    @Test
    void holidaysFollowingEachOtherPushTheirCompensatoryDaysFurther() {
        // 2023: Giỗ Tổ Saturday 29/4, 30/4 Sunday, 1/5 Monday → 2/5 and 3/5 off (as it happened)
        assertThat(StatutoryHolidays.schedule(2023, List.of())).filteredOn(d -> d.kind() == DayKind.COMPENSATORY)
                .extracting(CalendarDay::date)
                .contains(date("2023-05-02"), date("2023-05-03"));
    }

    @ParameterizedTest(name = "2/9/{0} ({1}) → {2}")
    @CsvSource({
            "2024, MONDAY, 2024-09-03", "2025, TUESDAY, 2025-09-01", "2026, WEDNESDAY, 2026-09-01",
            "2021, THURSDAY, 2021-09-03", "2022, FRIDAY, 2022-09-01", "2023, SATURDAY, 2023-09-01",
            "2029, SUNDAY, 2029-09-03" })
    void theSecondNationalDayJoinsTheHolidayToAWeekend(int year, String weekday, LocalDate expected) {
        assertThat(LocalDate.of(year, 9, 2).getDayOfWeek().name()).isEqualTo(weekday);
        assertThat(StatutoryHolidays.secondNationalDay(year)).isEqualTo(expected);
    }

    @Test
    void theLawInForceDecides() {
        // Labour Code 2012: one day for Quốc khánh
        assertThat(StatutoryHolidays.holidays(2020)).filteredOn(d -> d.occasion() == Occasion.NATIONAL_DAY).hasSize(1);
        assertThat(StatutoryHolidays.holidays(2020)).allMatch(d -> d.source().contains("10/2012/QH13"));
        // Labour Code 1994 as amended in 2007: Tết four days, Giỗ Tổ from 2007
        assertThat(StatutoryHolidays.holidays(2010)).filteredOn(d -> d.occasion() == Occasion.LUNAR_NEW_YEAR).hasSize(4);
        assertThat(StatutoryHolidays.holidays(2005)).noneMatch(d -> d.occasion() == Occasion.HUNG_KINGS);
    }

    @Test
    void officialRowsOfAnOccasionReplaceItsProposalOnly() {
        var tet = List.of(
                official("2027-02-05", DayKind.HOLIDAY, Occasion.LUNAR_NEW_YEAR),
                official("2027-02-08", DayKind.HOLIDAY, Occasion.LUNAR_NEW_YEAR),
                official("2027-02-09", DayKind.HOLIDAY, Occasion.LUNAR_NEW_YEAR),
                official("2027-02-10", DayKind.HOLIDAY, Occasion.LUNAR_NEW_YEAR),
                official("2027-02-11", DayKind.HOLIDAY, Occasion.LUNAR_NEW_YEAR));
        List<CalendarDay> year = StatutoryHolidays.schedule(2027, tet);
        assertThat(year).filteredOn(d -> d.occasion() == Occasion.LUNAR_NEW_YEAR).containsExactlyElementsOf(tet);
        assertThat(year).filteredOn(CalendarDay::official).hasSize(5);
        assertThat(year).anyMatch(d -> d.date().equals(date("2027-04-16")) && !d.official());
        // a one-off day off ("OTHER") replaces nothing, and a proposed compensatory day steps over it
        var oneOff = List.of(official("2027-05-03", DayKind.DAY_OFF, Occasion.OTHER));
        assertThat(StatutoryHolidays.schedule(2027, oneOff)).filteredOn(d -> d.occasion() == Occasion.LABOUR_DAY)
                .extracting(CalendarDay::date).containsExactly(date("2027-05-01"), date("2027-05-04"));
    }

    @Test
    void theProposalOfEachOfficialYearDiffersFromTheNoticesOnlyByTheirSwaps() {
        // The proposal (2 days before Tết, 3 after; compensatory days; the 2/9 rule) gives the same
        // weekdays off as the notices of 2020–2026, once the notices' swapped days are set aside.
        for (int year = 2020; year <= 2026; year++) {
            var officialYear = OfficialCalendarTests.OFFICIAL_WEEKDAYS_OFF.get(year);
            var proposed = StatutoryHolidays.schedule(year, List.of()).stream()
                    .filter(d -> !d.weekend() && !d.working()).map(d -> d.date().toString().substring(5)).toList();
            var swapped = OfficialCalendarTests.OFFICIAL_SWAPPED_DAYS_OFF.getOrDefault(year, List.of());
            assertThat(proposed).as("%d", year)
                    .containsExactlyElementsOf(officialYear.stream().filter(d -> !swapped.contains(d)).toList());
        }
    }

    private static CalendarDay official(String date, DayKind kind, Occasion occasion) {
        return new CalendarDay(date(date), kind, occasion, "Tết Nguyên đán", "số/VPCP-KGVX", true);
    }

    private static LocalDate date(String iso) {
        return LocalDate.parse(iso);
    }
}
