package vn.nhiemvu.task;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import vn.nhiemvu.evaluation.Evaluation;

/**
 * A task's facts as periodic reports need them, with its evaluation as of each date asked for (in the
 * order asked), so that one pass over the tasks serves a period and the one before it.
 *
 * @param createdAt  when the task was recorded
 * @param assignedOn when it was assigned ({@link Task#assignedOn}): periods count it as received then
 */
public record TaskStanding(long id, String title, TaskKind kind, Long directiveId, long leadUnitId,
        Long supervisingLeaderId, LocalDate deadline, String deadlineText, LocalDate completedAt, Instant createdAt,
        LocalDate assignedOn, List<Evaluation> evaluations) {

    public TaskStanding {
        evaluations = List.copyOf(evaluations);
    }
}
