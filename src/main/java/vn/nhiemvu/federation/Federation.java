package vn.nhiemvu.federation;

import java.util.List;
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

    /** The link of a task of the user's agency, if it was sent to or received from a peer. */
    Optional<FederationLink> ofTask(CurrentUser user, long taskId);
}
