package vn.nhiemvu.plan;

import java.time.LocalDate;
import java.util.List;

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
}
