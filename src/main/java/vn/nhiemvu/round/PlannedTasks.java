package vn.nhiemvu.round;

import java.util.List;

/** What turning proposals into tasks did: the directive, the tasks made now, the proposals that already had one. */
public record PlannedTasks(long directiveId, List<Made> created, List<Made> already) {

    public PlannedTasks {
        created = List.copyOf(created);
        already = List.copyOf(already);
    }

    /** A proposal and the task made from it. */
    public record Made(ProposalRef proposal, long taskId) {
    }
}
