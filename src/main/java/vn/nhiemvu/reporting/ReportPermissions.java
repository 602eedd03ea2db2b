package vn.nhiemvu.reporting;

import static vn.nhiemvu.identity.Relation.ADMINISTRATOR;
import static vn.nhiemvu.identity.Relation.LEGAL;
import static vn.nhiemvu.identity.Relation.OFFICE;
import static vn.nhiemvu.identity.Relation.SUPERVISING_LEADER;

import vn.nhiemvu.identity.Policy;
import vn.nhiemvu.identity.PolicyAction;
import vn.nhiemvu.shared.Message;

/**
 * Who may issue, send and read periodic reports (by the parts the user's role can play): the reporting module's
 * one policy.
 */
public final class ReportPermissions {

    public enum Action implements PolicyAction {
        ISSUE,
        SEND,
        READ_ISSUED
    }

    public static final Policy<Action> POLICY = Policy.of("Báo cáo định kỳ", Action.class)
            .allow(Action.ISSUE, OFFICE, ADMINISTRATOR)
            .allow(Action.SEND, OFFICE, ADMINISTRATOR)
            .allow(Action.READ_ISSUED, OFFICE, ADMINISTRATOR, LEGAL, SUPERVISING_LEADER)
            .refusing((action, relation) -> action == Action.READ_ISSUED
                    ? Message.of("forbidden.reporting.issued.restricted")
                    : Message.of("forbidden.reporting.action.office-only", action.words()));

    private ReportPermissions() {
    }
}
