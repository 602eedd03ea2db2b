package vn.nhiemvu.task;

import java.util.List;
import java.util.Objects;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * Who recorded a task's completion and on what authority: {@link CompletionPolicy} decides from it who may
 * reopen the task. Null on a task that is not completed, or whose completion was recorded before this was kept.
 *
 * @param unitId       the unit whose account recorded it (for {@link Source#UNIT}), else null
 * @param beyondLimits the Office dated it earlier than a unit or a leader could have (before the task's assignment or
 *                     last recorded step, or beyond the days allowed in the past): an override, shown in the history
 * @param skippedSteps the steps the task's kind requires that were not done: the Office completed it without them
 * @param reason       the Office's stated reason for an override (ADR 0025); null when none was needed, and on
 *                     overrides recorded before reasons were asked for
 */
public record CompletedBy(String username, Source source, Long unitId, boolean beyondLimits,
        // Left out of the JSON when empty: the audit compares a task's stored state with the state its last entry
        // recorded, and entries written before these existed do not have them.
        @JsonInclude(JsonInclude.Include.NON_EMPTY) List<CompletionStep> skippedSteps,
        @JsonInclude(JsonInclude.Include.NON_NULL) String reason) {

    public CompletedBy {
        Objects.requireNonNull(username, "username");
        Objects.requireNonNull(source, "source");
        skippedSteps = skippedSteps == null ? List.of() : skippedSteps.stream().distinct().sorted().toList();
    }

    /** Whether the Office went beyond what the rule gives a unit: steps skipped or a date out of a unit's reach. */
    public boolean isOverride() {
        return beyondLimits || !skippedSteps.isEmpty();
    }

    /** The authority a completion was recorded on. */
    public enum Source {
        /** The Office or an administrator, on the task itself. */
        OFFICE,
        /** A leader of the ministry. */
        LEADER,
        /** The lead unit. */
        UNIT,
        /** The outside agency that leads the task, through its focal person (ADR 0053). */
        AGENCY,
        /** The dossier's submission (trình), recorded by the supervising leader or the Office. */
        SUBMISSION
    }
}
