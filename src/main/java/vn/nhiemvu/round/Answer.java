package vn.nhiemvu.round;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * An agency's answer to a round: the draft it is typing (if any) and every version it submitted, oldest first.
 */
public record Answer(long roundId, long agencyId, AnswerContent draft, Instant draftSavedAt,
        List<Submission> submissions) {

    public Answer {
        submissions = List.copyOf(submissions);
    }

    public Optional<Submission> current() {
        return submissions.isEmpty() ? Optional.empty() : Optional.of(submissions.get(submissions.size() - 1));
    }

    /** What the page shows to edit: the draft, else the last submission, else nothing. */
    public AnswerContent editing() {
        return draft != null ? draft : current().map(Submission::content).orElse(AnswerContent.empty());
    }
}
