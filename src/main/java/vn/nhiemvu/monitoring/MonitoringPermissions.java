package vn.nhiemvu.monitoring;

import static vn.nhiemvu.identity.Relation.ADMINISTRATOR;
import static vn.nhiemvu.identity.Relation.OFFICE;

import vn.nhiemvu.identity.Policy;
import vn.nhiemvu.identity.PolicyAction;
import vn.nhiemvu.shared.Message;

/**
 * Who may urge units, run a sweep and set the rules (by the parts the user's role can play): the monitoring
 * module's one policy.
 */
public final class MonitoringPermissions {

    public enum Action implements PolicyAction {
        URGE,
        RUN_SWEEP,
        EDIT_RULES
    }

    public static final Policy<Action> POLICY = Policy.of("Theo dõi, đôn đốc", Action.class)
            .allow(Action.URGE, OFFICE, ADMINISTRATOR)
            .allow(Action.RUN_SWEEP, OFFICE, ADMINISTRATOR)
            .allow(Action.EDIT_RULES, OFFICE, ADMINISTRATOR)
            .refusing((action, relation) -> Message.of("forbidden.monitoring.action.office-only", action.words()));

    private MonitoringPermissions() {
    }
}
