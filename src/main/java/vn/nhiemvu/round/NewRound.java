package vn.nhiemvu.round;

import java.time.LocalDate;
import java.util.List;

/**
 * A round as the organiser opens it.
 *
 * @param organiserUnit the unit code that runs it; empty: the user's own unit (the Office's, for the Office)
 * @param letterDate    the request letter's date; empty: today
 * @param deadlineText  the deadline as the letter words it; its date is read by the deadline parser from the letter
 *                      date, working days counted in the calendar
 * @param deadline      only when the wording names no date (or the organiser sets a stricter one)
 * @param addressees    the agencies asked, by directory code
 */
public record NewRound(String organiserUnit, String title, String legalBasis, String instructions,
        LocalDate letterDate, String deadlineText, LocalDate deadline, boolean acceptLate, List<String> addressees,
        List<TemplateTable> tables) {

    public NewRound {
        addressees = addressees == null ? List.of() : List.copyOf(addressees);
        tables = tables == null ? List.of() : List.copyOf(tables);
    }
}
