package vn.nhiemvu.round;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * An agency's answer to a round: the draft it is typing (if any), every version it submitted, oldest first, and the
 * organiser's decisions on them by receipt number.
 */
public record Answer(long roundId, long agencyId, AnswerContent draft, Instant draftSavedAt,
        List<Submission> submissions, java.util.Map<String, Review> reviews) {

    public Answer {
        submissions = List.copyOf(submissions);
        reviews = java.util.Map.copyOf(reviews);
    }

    /** The organiser's decision on the version, if one was made. */
    public Optional<Review> review(Submission submission) {
        return Optional.ofNullable(reviews.get(submission.number()));
    }

    public Optional<Submission> current() {
        return submissions.isEmpty() ? Optional.empty() : Optional.of(submissions.get(submissions.size() - 1));
    }

    /** What the page shows to edit: the draft, else the last submission, else nothing. */
    public AnswerContent editing() {
        return draft != null ? draft : current().map(Submission::content).orElse(AnswerContent.empty());
    }
}
