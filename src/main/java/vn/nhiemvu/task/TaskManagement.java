package vn.nhiemvu.task;

import java.time.LocalDate;
import java.util.List;

import vn.nhiemvu.evaluation.EvaluationPolicy;
import vn.nhiemvu.evaluation.Scorecard;
import vn.nhiemvu.identity.CurrentUser;

/**
 * The task module's API. Every method takes the user and enforces their scope: a task outside it
 * does not exist for them (not found), and one they can see but may not change is forbidden.
 */
public interface TaskManagement {

    int MAX_LIMIT = 500;

    /** A page of the tasks the user may see, ordered by id; {@code cursor} comes from the previous page. */
    TaskPage list(CurrentUser user, TaskFilter filter, String cursor, int limit);

    /** The task with its status as of the date, under the policy (null: the agency's). */
    TaskView get(CurrentUser user, long id, LocalDate asOf, EvaluationPolicy.Kind policy);

    TaskView create(CurrentUser user, TaskDraft draft);

    /** Replaces the editable fields; {@code expectedVersion} must be the stored one. */
    TaskView update(CurrentUser user, long id, long expectedVersion, TaskDraft draft);

    /** Records the completion date, which may be in the past but not in the future. */
    TaskView complete(CurrentUser user, long id, LocalDate completedAt);

    TaskView reopen(CurrentUser user, long id);

    /** The task's requests for guidance or a new deadline, oldest first. */
    List<GuidanceRequest> guidanceRequests(CurrentUser user, long taskId);

    /** The lead unit (or the Office for it) asks leadership for direction or a new deadline. */
    GuidanceRequest requestGuidance(CurrentUser user, long taskId, GuidanceRequest.Kind kind, String obstacle,
            String proposedSolution, LocalDate proposedDeadline);

    /**
     * Leadership decides a request; an approved or rejected extension becomes a deadline change of the
     * task, dated by the request and the decision, so evaluation judges its timeliness.
     */
    GuidanceRequest decideGuidance(CurrentUser user, long taskId, long requestId, GuidanceRequest.Decision decision,
            LocalDate approvedDeadline, String answer);

    /** Records leadership's decision on a request to change the deadline; the task keeps every one. */
    TaskView recordDeadlineChange(CurrentUser user, long id, DeadlineChangeDraft draft);

    /** Per lead unit in the user's scope: a count of tasks per status as of the date, under the policy (null: the agency's). */
    List<UnitStatusCounts> countByUnit(CurrentUser user, LocalDate asOf, EvaluationPolicy.Kind policy);

    /**
     * Scorecards of the units (by lead unit) or of the supervising leaders, for the tasks in the user's
     * scope due in [from, to] as of the date, ranked as {@link vn.nhiemvu.evaluation.Rankings} documents.
     */
    List<Scorecard> scorecards(CurrentUser user, RankingSubject subject, LocalDate from, LocalDate to, LocalDate asOf,
            EvaluationPolicy.Kind policy);

    /** What a ranking ranks. */
    enum RankingSubject {
        UNITS, LEADERS
    }

    /** Requests for guidance or a new deadline still waiting for a decision, on tasks in the user's scope, oldest first. */
    List<GuidanceRequest> openGuidanceRequests(CurrentUser user);

    /** Whether the user may see the task (for modules that show things attached to tasks). */
    boolean isVisible(CurrentUser user, long id);
}
