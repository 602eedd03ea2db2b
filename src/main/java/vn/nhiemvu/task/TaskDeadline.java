package vn.nhiemvu.task;

import java.time.LocalDate;
import java.util.Optional;

import vn.nhiemvu.shared.DisplayDates;
import vn.nhiemvu.shared.InvalidInputException;
import vn.nhiemvu.shared.Message;

/**
 * A deadline a task may have: a day from the founding of the state ({@link #EARLIEST}) to the end of the calendar
 * the system knows ({@link #LATEST}). The same range bounds every date on a task's path (a proposed or approved new
 * deadline, a completion), each refused with its own field's words.
 */
public record TaskDeadline(LocalDate date) {

    public static final LocalDate EARLIEST = LocalDate.of(1945, 9, 2);
    public static final LocalDate LATEST = LocalDate.of(2199, 12, 31);

    /** @throws InvalidInputException on {@code deadline} when outside the range */
    public TaskDeadline {
        if (!inRange(date)) {
            throw InvalidInputException.of("deadline", Message.of("invalid.task.deadline.range"));
        }
    }

    /** Whether the date is one a deadline may be (null is not). */
    public static boolean inRange(LocalDate date) {
        return date != null && !date.isBefore(EARLIEST) && !date.isAfter(LATEST);
    }

    /** A directive cannot ask for something before it was issued: the refusal when this deadline is. */
    public Optional<Message> beforeIssue(LocalDate issueDate) {
        return issueDate != null && date.isBefore(issueDate)
                ? Optional.of(Message.of("invalid.task.deadline.before-issue", DisplayDates.date(date),
                        DisplayDates.date(issueDate)))
                : Optional.empty();
    }
}
