package vn.nhiemvu.deadline;

import java.time.LocalDate;
import java.util.Optional;

import vn.nhiemvu.shared.Dates;
import vn.nhiemvu.shared.Message;

/**
 * A deadline entered two ways at once, as the Office copies it from a directive: the wording
 * ("trước ngày 15/01/2027") and the date. The rule every path that takes a wording applies: a
 * wording that names a date does not go with an empty date, which would file the task as "Không
 * có thời hạn", never overdue, and every count would be wrong without anyone seeing it. A wording
 * with no date ("thường xuyên") or one the parser does not understand leaves the date to the
 * person; so does a date that differs from the wording's (a stricter reading, an extension already
 * known). A recurring wording ("định kỳ hằng năm") names a rhythm, not a date: it gives the
 * recurrence, and the date, when given, is the instance being tracked; directives word standing
 * duties this way without a date (Chỉ thị 75's measures 9 and 10), so it is not required.
 */
public record WordedDeadline(DeadlinePhrase reading, LocalDate date) {

    /** Why this may not be saved, or empty. */
    public Optional<Message> refusal() {
        if (date != null || !(reading instanceof DeadlinePhrase.Understood understood) || understood.date() == null
                || understood.kind() == DeadlineKind.RECURRING) {
            return Optional.empty();
        }
        return Optional.of(Message.of("invalid.deadline.date.missing", understood.summary(),
                Dates.format(understood.date())));
    }

    /** The recurrence the wording gives, or null. */
    public Recurrence recurrence() {
        return reading instanceof DeadlinePhrase.Understood understood ? understood.recurrence() : null;
    }
}
