package vn.nhiemvu.round;

import java.time.LocalDate;

import vn.nhiemvu.calendar.WorkingCalendar;
import vn.nhiemvu.deadline.DeadlineKind;
import vn.nhiemvu.deadline.DeadlinePhrase;
import vn.nhiemvu.deadline.DeadlinePhraseParser;
import vn.nhiemvu.shared.InvalidInputException;

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
            errors.add("deadlineText", "Chưa ghi thời hạn (ví dụ: “trước ngày 15/01/2024”, “trong 5 ngày làm việc”).");
            return null;
        }
        if (date == null) {
            errors.add("deadlineText", "Không đọc được ngày từ thời hạn “" + wording + "”: hãy ghi rõ ngày (ví dụ "
                    + "“trước ngày 15/01/2024”) hoặc điền ô ngày.");
            return null;
        }
        if (date.isBefore(letterDate)) {
            errors.add("deadline", "Thời hạn " + vn.nhiemvu.shared.Dates.format(date) + " trước ngày văn bản "
                    + vn.nhiemvu.shared.Dates.format(letterDate) + ".");
            return null;
        }
        return date;
    }
}
