package vn.nhiemvu.task;

import static vn.nhiemvu.identity.Relation.ADMINISTRATOR;
import static vn.nhiemvu.identity.Relation.LEAD_AGENCY;
import static vn.nhiemvu.identity.Relation.LEAD_UNIT;
import static vn.nhiemvu.identity.Relation.OFFICE;
import static vn.nhiemvu.identity.Relation.SUPERVISING_LEADER;

import java.util.Set;

import vn.nhiemvu.identity.CurrentUser;
import vn.nhiemvu.identity.Policy;
import vn.nhiemvu.identity.PolicyAction;
import vn.nhiemvu.identity.Relation;
import vn.nhiemvu.shared.Message;

/** Who may do what to a task and on its path (requests, deadline changes, completion): the task module's one policy. */
public final class TaskPermissions {

    /** What can be done to a task. */
    public enum Action implements PolicyAction {
        /** Assigning a new task, or breaking one down into sub-tasks. */
        CREATE,
        EDIT,
        DELETE,
        /** Completing it, recording a step of its path, reopening it (who recorded the completion also counts). */
        RECORD_COMPLETION,
        REQUEST_GUIDANCE,
        DECIDE_GUIDANCE,
        RECORD_DEADLINE_CHANGE
    }

    public static final Policy<Action> POLICY = Policy.of("Nhiệm vụ", Action.class)
            .allow(Action.CREATE, OFFICE, ADMINISTRATOR)
            .allow(Action.EDIT, OFFICE, ADMINISTRATOR, SUPERVISING_LEADER)
            .allow(Action.DELETE, OFFICE, ADMINISTRATOR)
            .allow(Action.RECORD_COMPLETION, LEAD_UNIT, LEAD_AGENCY, SUPERVISING_LEADER, OFFICE, ADMINISTRATOR)
            .allow(Action.REQUEST_GUIDANCE, LEAD_UNIT, OFFICE, ADMINISTRATOR)
            .allow(Action.DECIDE_GUIDANCE, SUPERVISING_LEADER)
            .allow(Action.RECORD_DEADLINE_CHANGE, SUPERVISING_LEADER, OFFICE, ADMINISTRATOR)
            .refusing((action, relation) -> switch (action) {
                case CREATE -> Message.of("forbidden.task.create.office-only");
                case EDIT -> Message.of("forbidden.task.edit.refused");
                case DELETE -> Message.of("forbidden.task.delete.office-only");
                case RECORD_COMPLETION -> Message.of("forbidden.task.completion.refused");
                case REQUEST_GUIDANCE -> Message.of("forbidden.task.request.lead-unit-only");
                case DECIDE_GUIDANCE -> Message.of("forbidden.task.request.leader-only");
                case RECORD_DEADLINE_CHANGE -> Message.of("forbidden.task.deadline-change.refused");
            });

    private TaskPermissions() {
    }

    /**
     * The user's part in a task they see. A focal person sees only the tasks their agency leads (scope, ADR 0053), so
     * every focal person who sees a task speaks for its lead agency.
     */
    public static Relation relation(CurrentUser user, Task task) {
        return user.respondent() ? LEAD_AGENCY : Relation.of(user, task.leadUnitId(), task.coordinatingUnitIds());
    }

    public static Relation relation(CurrentUser user, TaskView task) {
        return user.respondent() ? LEAD_AGENCY : Relation.of(user, task.leadUnit() == null ? null : task.leadUnit().id(),
                task.coordinatingUnits().stream().map(TaskView.UnitRef::id).toList());
    }

    public static boolean allows(CurrentUser user, Task task, Action action) {
        return POLICY.allows(action, relation(user, task));
    }

    public static void check(CurrentUser user, Task task, Action action) {
        POLICY.check(action, relation(user, task));
    }

    /** What the user may do to the task they see, whatever its state: what its page may offer. */
    public static Set<Action> allowed(CurrentUser user, TaskView task) {
        return POLICY.allowed(relation(user, task));
    }
}
