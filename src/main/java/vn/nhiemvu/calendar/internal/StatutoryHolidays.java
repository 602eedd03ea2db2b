package vn.nhiemvu.calendar.internal;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import vn.nhiemvu.calendar.CalendarDay;
import vn.nhiemvu.calendar.DayKind;
import vn.nhiemvu.calendar.LunarCalendar;
import vn.nhiemvu.calendar.LunarDate;
import vn.nhiemvu.calendar.Occasion;
import vn.nhiemvu.shared.DisplayDates;

/**
 * What the law alone says about a year, as a proposal for the occasions the Government has not
 * announced yet, and how a year's table is put together from official rows and that proposal.
 *
 * <ul>
 * <li>Bộ luật Lao động 2019, Điều 112(1): 01/01; Tết Âm lịch 5 days; 30/4; 01/5; 02/9 and one
 * day before or after; Giỗ Tổ Hùng Vương 10/3 âm lịch. Điều 111(3): a holiday on a weekly rest
 * day gives a compensatory day off on the next working day.</li>
 * <li>Điều 112(3) leaves the exact Tết days and the second Quốc khánh day to the Prime Minister.
 * The proposal takes [ours, from practice 2020–2026] the last two days of the old year and the
 * first three of the new, and the second Quốc khánh day that joins 2/9 to a weekend (the day
 * before when neither or both do).</li>
 * <li>Earlier years follow the law then in force, approximately: Bộ luật Lao động 2012 (from
 * 2014: Tết 5 days, Quốc khánh 1 day) and Bộ luật Lao động 1994 as amended in 2007 (Tết 4 days:
 * the last day of the year and the first three; Giỗ Tổ from 2007).</li>
 * </ul>
 * Plain Java: the lunar calendar is the only input besides the year.
 */
final class StatutoryHolidays {

    static final String NOT_ANNOUNCED = "chưa có thông báo chính thức";


    private StatutoryHolidays() {
    }

    /** The law in force in a year, as far as holidays go. */
    enum Law {
        LABOUR_CODE_1994("Bộ luật Lao động 1994 (sửa đổi 2007), Điều 73", "Bộ luật Lao động 1994 (sửa đổi 2007), Điều 73",
                4, 1, 1),
        LABOUR_CODE_2012("Bộ luật Lao động 2012 (10/2012/QH13), Điều 115 khoản 1",
                "Bộ luật Lao động 2012 (10/2012/QH13), Điều 115 khoản 3", 5, 2, 1),
        LABOUR_CODE_2019("Bộ luật Lao động 2019 (45/2019/QH14), Điều 112 khoản 1",
                "Bộ luật Lao động 2019 (45/2019/QH14), Điều 111 khoản 3", 5, 2, 2);

        final String holidays;
        final String compensatory;
        final int tetDays;
        final int tetDaysBefore;
        final int nationalDays;

        Law(String holidays, String compensatory, int tetDays, int tetDaysBefore, int nationalDays) {
            this.holidays = holidays;
            this.compensatory = compensatory;
            this.tetDays = tetDays;
            this.tetDaysBefore = tetDaysBefore;
            this.nationalDays = nationalDays;
        }

        static Law of(int year) {
            if (year >= 2021) {
                return LABOUR_CODE_2019;
            }
            return year >= 2014 ? LABOUR_CODE_2012 : LABOUR_CODE_1994;
        }
    }

    /** The year's public holidays by the law (no compensatory days), as a statutory proposal. */
    static List<CalendarDay> holidays(int year) {
        Law law = Law.of(year);
        var days = new ArrayList<CalendarDay>();
        days.add(proposed(LocalDate.of(year, 1, 1), Occasion.NEW_YEAR, "Tết Dương lịch", law));
        LocalDate tet = LunarCalendar.newYear(year);
        for (int i = -law.tetDaysBefore; i < law.tetDays - law.tetDaysBefore; i++) {
            LocalDate day = tet.plusDays(i);
            days.add(proposed(day, Occasion.LUNAR_NEW_YEAR, "Tết Nguyên đán (" + lunarName(day) + ")", law));
        }
        if (year >= 2007) {
            days.add(proposed(LunarCalendar.toSolar(year, 3, 10), Occasion.HUNG_KINGS,
                    "Giỗ Tổ Hùng Vương (10/3 âm lịch)", law));
        }
        days.add(proposed(LocalDate.of(year, 4, 30), Occasion.REUNIFICATION, "Ngày Chiến thắng (30/4)", law));
        days.add(proposed(LocalDate.of(year, 5, 1), Occasion.LABOUR_DAY, "Ngày Quốc tế lao động (1/5)", law));
        LocalDate nationalDay = LocalDate.of(year, 9, 2);
        days.add(proposed(nationalDay, Occasion.NATIONAL_DAY, "Quốc khánh (2/9)", law));
        if (law.nationalDays == 2) {
            days.add(proposed(secondNationalDay(year), Occasion.NATIONAL_DAY, "Quốc khánh (ngày liền kề 2/9)", law));
        }
        days.sort(Comparator.comparing(CalendarDay::date));
        return List.copyOf(days);
    }

    /**
     * The day next to 2/9 that joins it to a weekend: 3/9 after a Monday or Thursday; 1/9 after a
     * Tuesday, Friday or Saturday (1/9 then falls on Friday); 3/9 (a Monday) when 2/9 is a Sunday;
     * the day before when neither side reaches a weekend (Wednesday). Practice 2021–2026 agrees.
     */
    static LocalDate secondNationalDay(int year) {
        LocalDate nationalDay = LocalDate.of(year, 9, 2);
        return switch (nationalDay.getDayOfWeek()) {
            case MONDAY, THURSDAY, SUNDAY -> nationalDay.plusDays(1);
            case TUESDAY, WEDNESDAY, FRIDAY, SATURDAY -> nationalDay.minusDays(1);
        };
    }

    /**
     * A year's table: every official row, and for each occasion without an official row the
     * statutory holidays with the compensatory days they give (next working day not already off).
     */
    static List<CalendarDay> schedule(int year, Collection<CalendarDay> official) {
        Map<LocalDate, CalendarDay> byDate = new TreeMap<>();
        Set<Occasion> announced = EnumSet.noneOf(Occasion.class);
        for (CalendarDay day : official) {
            byDate.put(day.date(), day);
            if (day.occasion() != Occasion.OTHER) {
                announced.add(day.occasion());
            }
        }
        List<CalendarDay> proposal = holidays(year).stream()
                .filter(day -> !announced.contains(day.occasion()) && !byDate.containsKey(day.date())).toList();
        proposal.forEach(day -> byDate.put(day.date(), day));
        Law law = Law.of(year);
        for (CalendarDay holiday : proposal) {
            if (!holiday.weekend()) {
                continue;
            }
            LocalDate day = holiday.date().plusDays(1);
            while (weekend(day) || byDate.containsKey(day)) {
                day = day.plusDays(1);
            }
            byDate.put(day, new CalendarDay(day, DayKind.COMPENSATORY, holiday.occasion(),
                    "Nghỉ bù " + holiday.reason() + " trùng " + weekdayName(holiday.date()) + " "
                            + DisplayDates.date(holiday.date()),
                    law.compensatory + " — đề xuất, " + NOT_ANNOUNCED, false));
        }
        return List.copyOf(byDate.values());
    }

    static boolean weekend(LocalDate date) {
        DayOfWeek day = date.getDayOfWeek();
        return day == DayOfWeek.SATURDAY || day == DayOfWeek.SUNDAY;
    }

    static String weekdayName(LocalDate date) {
        return switch (date.getDayOfWeek()) {
            case MONDAY -> "thứ Hai";
            case TUESDAY -> "thứ Ba";
            case WEDNESDAY -> "thứ Tư";
            case THURSDAY -> "thứ Năm";
            case FRIDAY -> "thứ Sáu";
            case SATURDAY -> "thứ Bảy";
            case SUNDAY -> "Chủ nhật";
        };
    }

    private static CalendarDay proposed(LocalDate date, Occasion occasion, String reason, Law law) {
        return new CalendarDay(date, DayKind.HOLIDAY, occasion, reason, law.holidays + " — đề xuất, " + NOT_ANNOUNCED,
                false);
    }

    /** "29 tháng Chạp", "mùng 1 tháng Giêng". */
    private static String lunarName(LocalDate date) {
        LunarDate lunar = LunarCalendar.toLunar(date);
        if (lunar.month() == 1 && !lunar.leap()) {
            return (lunar.day() <= 10 ? "mùng " : "") + lunar.day() + " tháng Giêng";
        }
        return lunar.day() + (lunar.month() == 12 ? " tháng Chạp" : " tháng " + lunar.month());
    }
}
