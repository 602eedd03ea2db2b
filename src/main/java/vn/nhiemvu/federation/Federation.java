package vn.nhiemvu.federation;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import vn.nhiemvu.identity.CurrentUser;

/**
 * The federation module's API: tasks sent to a connected agency's installation and tasks received from one. Only the
 * Office (or an administrator) of the agency sends and answers; anyone who sees the task sees its link.
 */
public interface Federation {

    /**
     * Assigns the task to the peer agency: its {@code task.assigned} message is written to the outbox in this
     * transaction and sent afterwards. A task goes to one peer once.
     */
    FederationLink assign(CurrentUser user, long taskId, String peerCode);

    /**
     * Accepts a task received from above: it becomes a task of this agency led by the unit (by code), keeping the
     * upper level's deadline, its wording and the directive; {@code task.received} (accepted) goes up.
     */
    FederationLink accept(CurrentUser user, long linkId, String leadUnitCode);

    /** Returns a task received from above, with the reason; {@code task.received} (returned) goes up. */
    FederationLink giveBack(CurrentUser user, long linkId, String reason);

    /** The tasks of the user's agency that crossed installations, in either direction, newest first. */
    List<FederationLink> links(CurrentUser user, FederationLink.Direction direction);

    /**
     * The tasks of the user's agency sent to peers, each with the status this side computes as of the date from what
     * the peer reported, newest first.
     */
    List<SentTask> sent(CurrentUser user, LocalDate asOf);

    /** Per peer (every registered one and any a task was sent to): the four buckets as of the date, and its lag. */
    List<PeerStanding> standings(CurrentUser user, LocalDate asOf);

    /** What was said about the link besides its status (extensions, urgings, reopenings, evidence), oldest first. */
    List<LinkEvent> history(CurrentUser user, long linkId);

    /** The same for several links of the user's agency at once (others are left out), by link id. */
    Map<Long, List<LinkEvent>> histories(CurrentUser user, Collection<Long> linkIds);

    /**
     * Records the decision on the peer's request for a new deadline of a task sent to it ({@code approve} with the
     * deadline granted); {@code task.extension.decided} goes down and the task is judged here by it.
     */
    LinkEvent decideExtension(CurrentUser user, long linkId, String requestId, Boolean approve, LocalDate deadline,
            String note);

    /**
     * Answers the peer's request for direction on a task sent to it ({@code answer} true: the direction given in
     * {@code text}; false: refused); {@code task.guidance.answered} goes down and is recorded there as the answer.
     */
    LinkEvent answerGuidance(CurrentUser user, long linkId, String requestId, Boolean answer, String text);

    /** Urges the peer about a task sent to it, optionally naming when a report is expected; {@code task.urged}. */
    LinkEvent urge(CurrentUser user, long linkId, String text, LocalDate replyBy);

    /** Sends evidence files of a task received from above up, by reference and hash; {@code task.evidence}. */
    LinkEvent sendEvidence(CurrentUser user, long linkId, List<EvidenceFile> files, String note);

    /** The link of a task of the user's agency, if it was sent to or received from a peer. */
    Optional<FederationLink> ofTask(CurrentUser user, long taskId);
}
