package vn.nhiemvu.calendar.web;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import vn.nhiemvu.calendar.CalendarDay;
import vn.nhiemvu.calendar.DayKind;
import vn.nhiemvu.calendar.LunarCalendar;
import vn.nhiemvu.calendar.LunarDate;
import vn.nhiemvu.calendar.WorkingCalendar;
import vn.nhiemvu.shared.DisplayDates;
import vn.nhiemvu.shared.Message;

/** What the calendar page shows of a year: month grids (weeks from Monday) and the list of special days. */
record YearView(int year, String yearName, boolean officialRows, long workingDays, List<MonthView> months,
        List<DayRow> days, boolean hasProposal, Integer previousYear, Integer nextYear) {


    static YearView of(int year, List<CalendarDay> special, boolean officialRows, WorkingCalendar calendar,
            LocalDate today) {
        Map<LocalDate, CalendarDay> byDate = special.stream()
                .collect(Collectors.toMap(CalendarDay::date, Function.identity()));
        var months = new ArrayList<MonthView>();
        for (int month = 1; month <= 12; month++) {
            months.add(MonthView.of(LocalDate.of(year, month, 1), byDate, today));
        }
        var rows = special.stream().map(DayRow::of).toList();
        long working = calendar.workingDaysBetween(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
        LocalDate tet = LunarCalendar.newYear(year);
        return new YearView(year, LunarCalendar.toLunar(tet).yearName(), officialRows, working, months, rows,
                special.stream().anyMatch(d -> !d.official()), year > 1900 ? year - 1 : null,
                year < 2199 ? year + 1 : null);
    }

    record MonthView(Message name, List<List<Cell>> weeks) {

        static MonthView of(LocalDate first, Map<LocalDate, CalendarDay> special, LocalDate today) {
            var weeks = new ArrayList<List<Cell>>();
            var week = new ArrayList<Cell>();
            for (int i = 1; i < first.getDayOfWeek().getValue(); i++) {
                week.add(Cell.EMPTY);
            }
            for (LocalDate d = first; d.getMonth() == first.getMonth(); d = d.plusDays(1)) {
                week.add(Cell.of(d, special.get(d), today));
                if (week.size() == 7) {
                    weeks.add(week);
                    week = new ArrayList<>();
                }
            }
            if (!week.isEmpty()) {
                while (week.size() < 7) {
                    week.add(Cell.EMPTY);
                }
                weeks.add(week);
            }
            return new MonthView(Message.of("cal.month", first.getMonthValue()), weeks);
        }
    }

    /**
     * @param css   classes: weekend, and the kind of special day (holiday, day-off, compensatory,
     *              working-saturday), proposal when not official, today
     * @param lunar the lunar day, with the month on its first day ("1/3")
     */
    record Cell(Integer day, String iso, String css, String lunar, Message title) {

        static final Cell EMPTY = new Cell(null, null, "empty", "", null);

        static Cell of(LocalDate date, CalendarDay special, LocalDate today) {
            var css = new ArrayList<String>();
            boolean weekend = date.getDayOfWeek() == DayOfWeek.SATURDAY || date.getDayOfWeek() == DayOfWeek.SUNDAY;
            if (weekend) {
                css.add("weekend");
            }
            Message day = Message.of("cal.cell.day", DisplayDates.date(date));
            if (special != null) {
                css.add(cssOf(special.kind()));
                if (!special.official()) {
                    css.add("proposal");
                }
                day = Message.of("cal.cell.special", DisplayDates.date(date), Message.of(special.kind().code()),
                        special.reason(), special.source());
            }
            if (date.equals(today)) {
                css.add("today");
            }
            LunarDate lunar = LunarCalendar.toLunar(date);
            String lunarText = lunar.day() == 1 ? "1/" + lunar.month() + (lunar.leap() ? "n" : "")
                    : String.valueOf(lunar.day());
            return new Cell(date.getDayOfMonth(), date.toString(), String.join(" ", css), lunarText,
                    Message.of(lunar.leap() ? "cal.cell.lunar.leap" : "cal.cell.lunar", day, lunar.day(),
                            lunar.month()));
        }
    }

    /** A special day; {@code weekday} and {@code kind} are keys of the bundles. */
    record DayRow(String date, String weekday, String kind, String css, String reason, String source,
            boolean official) {

        static DayRow of(CalendarDay d) {
            return new DayRow(DisplayDates.date(d.date()), "weekday." + d.date().getDayOfWeek().getValue(),
                    d.kind().code(), cssOf(d.kind()), d.reason(), d.source(), d.official());
        }
    }

    static String cssOf(DayKind kind) {
        return switch (kind) {
            case HOLIDAY -> "holiday";
            case DAY_OFF -> "day-off";
            case COMPENSATORY -> "compensatory";
            case WORKING_SATURDAY -> "working-saturday";
        };
    }
}
