package vn.nhiemvu.evaluation;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

/**
 * What evaluation needs to know about a task, and nothing else.
 *
 * @param deadline         the deadline first assigned (null: none)
 * @param extensionCutoff  the last day a request for guidance or a new deadline counts as timely, when
 *                         the directive or work programme fixes one (e.g. 10/11/2020); null: the policy's default
 * @param deadlineChanges  decided requests to change the deadline, in any order
 */
public record TaskFacts(LocalDate deadline, LocalDate completedAt, LocalDate extensionCutoff,
        List<DeadlineChange> deadlineChanges) {

    public TaskFacts {
        deadlineChanges = deadlineChanges == null ? List.of()
                : deadlineChanges.stream().sorted(Comparator.comparing(DeadlineChange::decidedOn)
                        .thenComparing(DeadlineChange::requestedOn)).toList();
    }

    public static TaskFacts of(LocalDate deadline, LocalDate completedAt) {
        return new TaskFacts(deadline, completedAt, null, List.of());
    }
}
