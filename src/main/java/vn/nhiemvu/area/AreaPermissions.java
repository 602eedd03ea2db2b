package vn.nhiemvu.area;

import static vn.nhiemvu.identity.Relation.ADMINISTRATOR;
import static vn.nhiemvu.identity.Relation.LEAD_UNIT;
import static vn.nhiemvu.identity.Relation.OFFICE;

import vn.nhiemvu.identity.Policy;
import vn.nhiemvu.identity.PolicyAction;
import vn.nhiemvu.shared.Message;

/**
 * Who may do what with management areas: the area module's one policy (ADR 0028, 0039). The list is the agency's
 * (no task: by the parts the user's role can play); a task's areas by the user's relation to the task, as
 * {@link vn.nhiemvu.task.TaskPermissions#relation} computes it. Reading the areas and their boards is everyone's who
 * signs in, scoped as every read of tasks.
 */
public final class AreaPermissions {

    public enum Action implements PolicyAction {
        MANAGE,
        ASSIGN
    }

    /** The lead unit knows what its task is about; the Office keeps the agency's classification whole. */
    public static final Policy<Action> POLICY = Policy.of("Lĩnh vực quản lý", Action.class)
            .allow(Action.MANAGE, OFFICE, ADMINISTRATOR)
            .allow(Action.ASSIGN, LEAD_UNIT, OFFICE, ADMINISTRATOR)
            .refusing((action, relation) -> Message.of("forbidden.area.action.refused", Message.of(relation.code()),
                    action.words()));

    private AreaPermissions() {
    }
}
