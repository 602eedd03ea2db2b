package vn.nhiemvu.directive;

import static vn.nhiemvu.identity.Relation.ADMINISTRATOR;
import static vn.nhiemvu.identity.Relation.OFFICE;

import vn.nhiemvu.identity.Policy;
import vn.nhiemvu.identity.PolicyAction;
import vn.nhiemvu.shared.Message;

/**
 * Who may write directives (no task yet: by the parts the user's role can play): the directive module's one
 * policy.
 */
public final class DirectivePermissions {

    public enum Action implements PolicyAction {
        WRITE
    }

    public static final Policy<Action> POLICY = Policy.of("Văn bản chỉ đạo", Action.class)
            .allow(Action.WRITE, OFFICE, ADMINISTRATOR)
            .refusing((action, relation) -> Message.of("forbidden.directive.action.office-only", action.words()));

    private DirectivePermissions() {
    }
}
