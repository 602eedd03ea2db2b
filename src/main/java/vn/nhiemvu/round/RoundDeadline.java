package vn.nhiemvu.round;

import java.time.LocalDate;

import vn.nhiemvu.calendar.WorkingCalendar;
import vn.nhiemvu.deadline.DeadlineKind;
import vn.nhiemvu.deadline.DeadlinePhrase;
import vn.nhiemvu.deadline.DeadlinePhraseParser;
import vn.nhiemvu.shared.InvalidInputException;
import vn.nhiemvu.shared.Message;

/**
 * A round's deadline as the letter words it and the date that follows: the deadline parser reads the wording from the
 * letter's date, working days in the calendar ("trong 5 ngày làm việc" from a Tuesday before Tết counts past Tết). A
 * date the organiser gives wins (a stricter reading); a wording that names no date (not understood, "thường xuyên",
 * "hằng năm") needs one. Never guessed.
 */
public final class RoundDeadline {

    private RoundDeadline() {
    }

    /** The date, or adds why there is none to the errors and returns null. */
    public static LocalDate read(String text, LocalDate given, LocalDate letterDate, DeadlinePhraseParser parser,
            WorkingCalendar calendar, InvalidInputException.Collector errors) {
        String wording = text == null ? "" : text.strip();
        LocalDate date = given;
        if (date == null) {
            DeadlinePhrase phrase = parser.parse(wording, letterDate, calendar);
            if (phrase instanceof DeadlinePhrase.Understood u && u.date() != null
                    && u.kind() != DeadlineKind.RECURRING && u.kind() != DeadlineKind.ONGOING) {
                date = u.date();
            }
        }
        if (wording.isEmpty() && given == null) {
            errors.add("deadlineText", Message.of("invalid.round.deadline-text.required"));
            return null;
        }
        if (date == null) {
            errors.add("deadlineText", Message.of("invalid.round.deadline-text.invalid", wording));
            return null;
        }
        if (date.isBefore(letterDate)) {
            errors.add("deadline", Message.of("invalid.round.deadline.invalid", vn.nhiemvu.shared.Dates.format(date), vn.nhiemvu.shared.Dates.format(letterDate)));
            return null;
        }
        return date;
    }
}
