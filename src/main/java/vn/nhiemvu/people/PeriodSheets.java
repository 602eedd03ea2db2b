package vn.nhiemvu.people;

import java.time.LocalDate;
import java.util.List;

/** Every sheet of a period the reader may read, as of a date, with the cap on "xuất sắc" checked over them. */
public record PeriodSheets(SheetPeriod period, LocalDate asOf, List<PersonSheet> sheets, ExcellentCap cap) {

    public PeriodSheets {
        sheets = List.copyOf(sheets);
    }
}
