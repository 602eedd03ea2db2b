package vn.nhiemvu.federation;

import static vn.nhiemvu.identity.Relation.ADMINISTRATOR;
import static vn.nhiemvu.identity.Relation.LEAD_UNIT;
import static vn.nhiemvu.identity.Relation.OFFICE;
import static vn.nhiemvu.identity.Relation.SUPERVISING_LEADER;

import vn.nhiemvu.identity.CurrentUser;
import vn.nhiemvu.identity.Policy;
import vn.nhiemvu.identity.PolicyAction;
import vn.nhiemvu.shared.ForbiddenException;
import vn.nhiemvu.shared.Message;

/**
 * Who may do what with connected agencies: the federation module's one policy (ADR 0028, 0047). Actions on a task
 * received or sent (evidence, an extension decision) by the user's relation to its task here, the others by the parts
 * the user's role can play. Reading the links follows the tasks' visibility.
 */
public final class FederationPermissions {

    public enum Action implements PolicyAction {
        /** Assign a task of ours to a peer agency's installation. */
        ASSIGN,
        /** Accept or return a task received from above. */
        ANSWER,
        /** Record the decision on a peer's request for a new deadline (leadership's, as with any deadline change). */
        DECIDE_EXTENSION,
        /** Urge a peer about a task sent to it. */
        URGE,
        /** Send evidence files of a task received from above, by reference and hash. */
        SEND_EVIDENCE
    }

    /**
     * The Office speaks for the agency to the other installation; a decision on a peer's deadline is leadership's,
     * recorded by the leader or, as every deadline change is (TaskPermissions RECORD_DEADLINE_CHANGE), by the Office
     * or an administrator; evidence is the lead unit's work.
     */
    public static final Policy<Action> POLICY = Policy.of("Liên thông", Action.class)
            .allow(Action.ASSIGN, OFFICE, ADMINISTRATOR)
            .allow(Action.ANSWER, OFFICE, ADMINISTRATOR)
            .allow(Action.DECIDE_EXTENSION, SUPERVISING_LEADER, OFFICE, ADMINISTRATOR)
            .allow(Action.URGE, OFFICE, ADMINISTRATOR)
            .allow(Action.SEND_EVIDENCE, LEAD_UNIT, OFFICE, ADMINISTRATOR)
            .refusing((action, relation) -> Message.of("forbidden.federation.action.refused",
                    Message.of(relation.code()), action.words()));

    /**
     * The installation's plumbing, off the task's path: by role, as every administration is (ADR 0028), but asked here
     * so that the module has one place that says who may do what.
     */
    public enum Administration {
        /** Add, change, remove peers; rotate this installation's key. */
        MANAGE_PEERS,
        /** The outbox and the refused messages: retry now, resend. */
        OPERATE;

        public String code() {
            return "federation.action." + name();
        }
    }

    public static boolean allows(CurrentUser user, Administration action) {
        return user.administers();
    }

    /** Refuses anyone but an administrator, with the module's words. */
    public static void check(CurrentUser user, Administration action) {
        if (!allows(user, action)) {
            throw new ForbiddenException(Message.of("forbidden.federation.action.refused",
                    Message.of("role." + user.role().name()), Message.of(action.code())));
        }
    }

    private FederationPermissions() {
    }
}
