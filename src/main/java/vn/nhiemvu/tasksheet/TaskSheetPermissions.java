package vn.nhiemvu.tasksheet;

import static vn.nhiemvu.identity.Relation.ADMINISTRATOR;
import static vn.nhiemvu.identity.Relation.OFFICE;

import vn.nhiemvu.identity.Policy;
import vn.nhiemvu.identity.PolicyAction;
import vn.nhiemvu.shared.Message;

/**
 * Who may import a task sheet (no task yet: by the parts the user's role can play): the tasksheet module's one
 * policy.
 */
public final class TaskSheetPermissions {

    public enum Action implements PolicyAction {
        IMPORT
    }

    public static final Policy<Action> POLICY = Policy.of("Nhập danh sách nhiệm vụ", Action.class)
            .allow(Action.IMPORT, OFFICE, ADMINISTRATOR)
            .refusing((action, relation) -> Message.of("forbidden.tasksheet.action.office-only", action.words()));

    private TaskSheetPermissions() {
    }
}
