package vn.nhiemvu.task;

import vn.nhiemvu.audit.AuditableEvent;

/**
 * Something that happened to a task; each is audited in the same transaction. The changes of the task itself are
 * returned by {@link Task}'s methods with the state to store, and published with the state as stored
 * ({@code stored(…)}: its version and timestamps as read back).
 */
public sealed interface TaskEvent extends AuditableEvent {

    Task task();

    @Override
    default String entityType() {
        return "TASK";
    }

    @Override
    default long entityId() {
        return task().id();
    }

    @Override
    default long agencyId() {
        return task().agencyId();
    }

    @Override
    default Object after() {
        return task();
    }

    /** The task as read back after the write (or null once deleted), unless an event records something else. */
    @Override
    default boolean afterIsState() {
        return true;
    }

    /** A change of the task itself, returned by {@link Task}'s methods with the state to store. */
    sealed interface Written extends TaskEvent {

        /** The same event with the task as read back after the write. */
        default Written stored(Task stored) {
            if (this instanceof TaskCreated e) {
                return new TaskCreated(stored, e.actor());
            }
            if (this instanceof TaskUpdated e) {
                return new TaskUpdated(e.before(), stored, e.actor());
            }
            if (this instanceof TaskCompleted e) {
                return new TaskCompleted(e.before(), stored, e.actor());
            }
            TaskReopened e = (TaskReopened) this;
            return new TaskReopened(e.before(), stored, e.actor());
        }
    }

    record TaskCreated(Task task, String actor) implements Written {

        @Override
        public String action() {
            return "CREATED";
        }

        @Override
        public Object before() {
            return null;
        }
    }

    record TaskUpdated(Task before, Task task, String actor) implements Written {

        @Override
        public String action() {
            return "UPDATED";
        }
    }

    record TaskCompleted(Task before, Task task, String actor) implements Written {

        @Override
        public String action() {
            return "COMPLETED";
        }
    }

    record TaskReopened(Task before, Task task, String actor) implements Written {

        @Override
        public String action() {
            return "REOPENED";
        }
    }

    /** The Office deleted the task (entered by mistake); published before its rows go, so listeners still read them. */
    record TaskDeleted(Task task, String actor) implements TaskEvent {

        @Override
        public String action() {
            return "DELETED";
        }

        @Override
        public Object before() {
            return task;
        }

        @Override
        public Object after() {
            return null;
        }
    }

    /** An event that records something else than the task in its history (a request, a decision). */
    sealed interface Recording extends TaskEvent {

        /** What the history keeps as the event's after-state. */
        Object recorded();

        @Override
        default Object before() {
            return null;
        }

        @Override
        default Object after() {
            return recorded();
        }

        @Override
        default boolean afterIsState() {
            return false;
        }
    }

    /** The lead unit asked leadership for direction or a new deadline. */
    record GuidanceRequested(Task task, GuidanceRequest request, String actor) implements Recording {

        @Override
        public Object recorded() {
            return request;
        }

        @Override
        public String action() {
            return "GUIDANCE_REQUESTED";
        }
    }

    /** Leadership decided a request for direction or a new deadline. */
    record GuidanceDecided(Task task, GuidanceRequest before, GuidanceRequest request, String actor)
            implements Recording {

        @Override
        public Object recorded() {
            return request;
        }

        @Override
        public String action() {
            return "GUIDANCE_DECIDED";
        }
    }

    /** Leadership's decision on a deadline change was recorded; the audit keeps the decision itself. */
    record TaskDeadlineChangeRecorded(Task task, TaskDeadlineChange change, String actor) implements Recording {

        @Override
        public Object recorded() {
            return change;
        }

        @Override
        public String action() {
            return "DEADLINE_CHANGE_RECORDED";
        }
    }
}
