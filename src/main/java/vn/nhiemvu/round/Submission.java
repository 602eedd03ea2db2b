package vn.nhiemvu.round;

import java.time.Instant;

/**
 * One submitted version of an agency's answer, kept whole; a revision is a new version, the earlier ones stay.
 *
 * @param number   the receipt's number, "{round}-{agency code}-{version}" ("7-BYT-2")
 * @param sha256   of the content as kept (its canonical JSON, UTF-8), so a copy can be checked against it
 */
public record Submission(long id, long roundId, long agencyId, int version, String number, Instant submittedAt,
        String submittedBy, String sha256, Lateness lateness, AnswerContent content) {

    public boolean noProposal() {
        return content.noProposal();
    }
}
