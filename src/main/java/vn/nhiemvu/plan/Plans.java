package vn.nhiemvu.plan;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;

import vn.nhiemvu.identity.CurrentUser;

/**
 * The plan module's API. The task must be in the user's scope (else not found); each change is checked by
 * {@link PlanVersion}'s state machine and audited in the task's history. Versions are numbered 1, 2, … per task;
 * {@code expectedVersion} (the ETag) may be null where the API does not require it.
 */
public interface Plans {

    TaskPlan plan(CurrentUser user, long taskId);

    PlanVersion version(CurrentUser user, long taskId, int number);

    PlanVersion draft(CurrentUser user, long taskId, List<MilestoneDraft> milestones);

    PlanVersion edit(CurrentUser user, long taskId, int number, long expectedVersion, List<MilestoneDraft> milestones);

    PlanVersion submit(CurrentUser user, long taskId, int number, Long expectedVersion);

    PlanVersion approve(CurrentUser user, long taskId, int number, Long expectedVersion);

    PlanVersion returnPlan(CurrentUser user, long taskId, int number, Long expectedVersion, String comment);

    PlanVersion completeMilestone(CurrentUser user, long taskId, long milestoneId, LocalDate completedOn);

    /** Open milestones of approved plans of the tasks in the user's scope that are still open, by due date. */
    List<OpenMilestone> openMilestones(CurrentUser user);

    /** Newest first. */
    List<ProgressReport> reports(CurrentUser user, long taskId);

    ProgressReport report(CurrentUser user, long taskId, ProgressReportDraft draft);

    /**
     * For each of the tasks the user may see, the lead unit's latest progress report made before the instant (the
     * units' explanations in periodic reports); read a thousand tasks at a time.
     */
    Map<Long, ProgressReport> latestReports(CurrentUser user, Collection<Long> taskIds, Instant before);

    /**
     * Milestones of approved plans, on open tasks the user sees, not done before the date: the oldest due first,
     * at most {@code limit}.
     */
    List<SlippingMilestone> slipping(CurrentUser user, LocalDate asOf, int limit);

    /** A milestone past its due date, with the task it belongs to. */
    record SlippingMilestone(long taskId, String taskTitle, String leadUnit, Milestone milestone) {
    }
}
