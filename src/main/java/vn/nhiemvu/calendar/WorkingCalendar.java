package vn.nhiemvu.calendar;

import java.time.LocalDate;

/**
 * Working days in Viet Nam: Monday to Friday, minus public holidays (solar and lunar, Labour Code
 * 2019 Art. 112), their compensatory days and the days off the Government announces each year,
 * plus the Saturdays worked to repay swapped days. Dates are Vietnamese calendar days.
 */
public interface WorkingCalendar {

    boolean isWorkingDay(LocalDate date);

    /** The first working day after the date. */
    LocalDate nextWorkingDay(LocalDate date);

    /** The last working day before the date. */
    LocalDate previousWorkingDay(LocalDate date);

    /**
     * The date {@code days} working days after {@code date}, counted from the day after it (Civil
     * Code Art. 147); negative counts go backwards; zero gives the date itself if it is a working
     * day, else the next working day.
     */
    LocalDate addWorkingDays(LocalDate date, int days);

    /** How many working days lie between the two dates, both ends included (0 if to is before from). */
    long workingDaysBetween(LocalDate from, LocalDate to);
}
