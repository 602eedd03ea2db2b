package vn.nhiemvu.evaluation;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;

import vn.nhiemvu.shared.Message;

/**
 * How a task stands as of a date, and why.
 *
 * @param applicableDeadline the deadline the task is judged against under the policy (null: none)
 * @param workingDaysLate    working days past the applicable deadline (completion or as-of date); 0 if not late
 * @param workingDaysLeft    working days left until the applicable deadline for an open task; 0 otherwise
 * @param explanation        why, as sentences a person can check by hand: the outcome first, then each deadline
 *                           change counted or not and the day-off shift; codes and arguments ("explanation.*"), so a
 *                           page says them in its reader's language
 */
public record Evaluation(TaskStatus status, LocalDate applicableDeadline, long workingDaysLate, long workingDaysLeft,
        List<Message> explanation) {

    public Evaluation {
        explanation = List.copyOf(explanation);
    }

    /** The explanation in Vietnamese, as one text: the API's, the reports' and the files' "reason". */
    public String reason() {
        return explanation.stream().map(Message::vietnamese).collect(Collectors.joining(" "));
    }
}
