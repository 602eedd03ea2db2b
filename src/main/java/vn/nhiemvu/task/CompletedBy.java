package vn.nhiemvu.task;

import java.util.Objects;

/**
 * Who recorded a task's completion and on what authority: {@link CompletionPolicy} decides from it who may
 * reopen the task. Null on a task that is not completed, or whose completion was recorded before this was kept.
 *
 * @param unitId       the unit whose account recorded it (for {@link Source#UNIT}), else null
 * @param beyondLimits the Office dated it earlier than a unit or a leader could have (before the task's last
 *                     recorded step or beyond the days allowed in the past): an override, shown in the history
 */
public record CompletedBy(String username, Source source, Long unitId, boolean beyondLimits) {

    public CompletedBy {
        Objects.requireNonNull(username, "username");
        Objects.requireNonNull(source, "source");
    }

    /** The authority a completion was recorded on. */
    public enum Source {
        /** The Office or an administrator, on the task itself. */
        OFFICE,
        /** A leader of the ministry. */
        LEADER,
        /** The lead unit. */
        UNIT,
        /** The dossier's submission (trình), recorded by the supervising leader or the Office. */
        SUBMISSION
    }
}
