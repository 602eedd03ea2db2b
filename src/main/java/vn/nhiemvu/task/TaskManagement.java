package vn.nhiemvu.task;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.function.Consumer;

import vn.nhiemvu.evaluation.EvaluationPolicy;
import vn.nhiemvu.identity.CurrentUser;

/**
 * The task module's API. Every method takes the user and enforces their scope: a task outside it
 * does not exist for them (not found), and one they can see but may not change is forbidden.
 */
public interface TaskManagement {

    int MAX_LIMIT = 500;

    /** A page of the tasks the user may see, ordered by id; {@code cursor} comes from the previous page. */
    TaskPage list(CurrentUser user, TaskFilter filter, String cursor, int limit);

    /**
     * A numbered page (from 1; past the last, the last) of the tasks the user may see that match the filter, in the
     * order asked, with how many match in all.
     */
    TaskResults search(CurrentUser user, TaskFilter filter, TaskSort sort, int page, int size);

    /**
     * Every task the user may see that matches the filter, in id order, handed to {@code each} one by
     * one as it is read and evaluated (for streaming exports: nothing is gathered into a list).
     */
    void export(CurrentUser user, TaskFilter filter, Consumer<TaskView> each);

    /** The task with its status as of the date, under the policy (null: the agency's). */
    TaskView get(CurrentUser user, long id, LocalDate asOf, EvaluationPolicy.Kind policy);

    TaskView create(CurrentUser user, TaskDraft draft);

    /**
     * An outside agency of the directory (another ministry, a province; not the task's own) now leads the task
     * (ADR 0053): its focal people see it, report progress and completion on it as a lead unit does, and see nothing
     * else of the ministry; the task's lead unit follows it. Those who may edit the task (else 403); an unknown or
     * the ministry's own agency is a 400 on {@code leadAgency}.
     */
    TaskView leadByAgency(CurrentUser user, long id, long agencyId);

    /** Replaces the editable fields; {@code expectedVersion} must be the stored one. */
    TaskView update(CurrentUser user, long id, long expectedVersion, TaskDraft draft);

    /**
     * Records the completion on the date, if {@link CompletionPolicy} allows it: the steps the task's kind requires are
     * done (else 409 naming them), the date keeps the rules (else 400 on {@code completedAt}). The Office may go beyond
     * the steps and a unit's dates with a {@code reason} (else 400 on {@code reason}), kept with the completion.
     */
    TaskView complete(CurrentUser user, long id, LocalDate completedAt, String reason);

    /**
     * The dossier's submission (trình) completes the task on the document's date, unless it is completed already; the
     * date is judged by {@link CompletionPolicy} either way, an error named after {@code field}, and the other steps
     * the kind requires must be done (else 409).
     */
    TaskView completeBySubmission(CurrentUser user, long id, LocalDate documentDate, String field);

    /** Undoes the completion, if {@link CompletionPolicy} lets the user (else 403). */
    TaskView reopen(CurrentUser user, long id);

    /** What the user may do about the task's completion, for pages. */
    CompletionActions completionActions(CurrentUser user, long id);

    /**
     * Deletes a task entered by mistake (the Office or an administrator); its audit history stays. A task
     * with sub-tasks, or that other modules keep records of (plans, dossiers), is a conflict.
     */
    void delete(CurrentUser user, long id);

    /**
     * What counting the task needs (its directive's cut-off and date, its decided deadline changes as stored now),
     * whatever the scope: for read models that listen to {@link TaskEvent}s in the same transaction.
     */
    TaskCountingFacts facts(Task task);

    /** Every task of the agency with its facts, in batches in id order, whatever the scope: for recounts. */
    void forEachWithFacts(long agencyId, BiConsumer<Task, TaskCountingFacts> action);

    /**
     * For sweeps, whatever the scope: the agency's tasks open as of the date whose applicable deadline under the
     * agency's policy is on or before {@code deadlineUpTo}, in id order, handed to {@code page} a page at a time.
     * Only the narrow rows that need it are read (ADR 0013): tasks far from their deadline are left out in SQL, and
     * deadline changes and directives are read only for the page's tasks. Runs outside any transaction (a caller's is
     * suspended), so that {@code page} may open its own and commit each page's writes.
     */
    void forEachOpenDueBy(long agencyId, LocalDate asOf, LocalDate deadlineUpTo, Consumer<List<TaskDue>> page);

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

    /**
     * The level above that assigned the task here (connected agencies) decided the request: recorded as
     * {@link #decideGuidance} records leadership's, dated as decided there, an extension becoming a deadline change.
     */
    GuidanceRequest recordDecisionFromAbove(long agencyId, long taskId, long requestId,
            GuidanceRequest.Decision decision, LocalDate approvedDeadline, String answer, LocalDate decidedOn,
            String decidedBy);

    /** Requests for guidance or a new deadline on tasks the user sees, still waiting for a decision, the oldest first. */
    List<GuidanceRequest> waitingForDecision(CurrentUser user, int limit);

    /** Records leadership's decision on a request to change the deadline; the task keeps every one. */
    TaskView recordDeadlineChange(CurrentUser user, long id, DeadlineChangeDraft draft);

    /** Per lead unit in the user's scope: a count of tasks per status as of the date, under the policy (null: the agency's). */
    List<UnitStatusCounts> countByUnit(CurrentUser user, LocalDate asOf, EvaluationPolicy.Kind policy);

    /** Requests for guidance or a new deadline still waiting for a decision, on tasks in the user's scope, oldest first. */
    List<GuidanceRequest> openGuidanceRequests(CurrentUser user);

    /** Whether the user may see the task (for modules that show things attached to tasks). */
    boolean isVisible(CurrentUser user, long id);

    /** Those of the tasks the user may see, in a query per thousand ids (for modules that list things attached to tasks). */
    List<Long> visible(CurrentUser user, Collection<Long> ids);

    /**
     * The headings of those of the tasks the user may see, by id, in a query per thousand ids: for modules that list
     * things attached to tasks, which do not read the task table (ADR 0029).
     */
    Map<Long, TaskHeading> headings(CurrentUser user, Collection<Long> ids);

    /**
     * For periodic reports: every task in the user's scope with its facts, evaluated as of each of the dates
     * (in that order) under the policy (null: the agency's), read in a few queries whatever the number of tasks.
     */
    List<TaskStanding> standings(CurrentUser user, List<LocalDate> asOf, EvaluationPolicy.Kind policy);

    /**
     * The same for those of the tasks with these ids that the user may see, by id, in a few queries per thousand ids
     * (a person's work items): what it costs follows the ids, not the user's scope.
     */
    List<TaskStanding> standings(CurrentUser user, Collection<Long> ids, List<LocalDate> asOf,
            EvaluationPolicy.Kind policy);

    /** For each of the tasks the user may see, its latest guidance or extension request made on or before the date. */
    Map<Long, GuidanceRequest> latestGuidanceRequests(CurrentUser user, Collection<Long> taskIds, LocalDate asOf);
}
