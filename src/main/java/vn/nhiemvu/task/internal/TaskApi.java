package vn.nhiemvu.task.internal;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.function.Consumer;

import org.springframework.stereotype.Service;

import vn.nhiemvu.evaluation.EvaluationPolicy;
import vn.nhiemvu.identity.CurrentUser;
import vn.nhiemvu.task.CompletionActions;
import vn.nhiemvu.task.DeadlineChangeDraft;
import vn.nhiemvu.task.GuidanceRequest;
import vn.nhiemvu.task.Task;
import vn.nhiemvu.task.TaskCountingFacts;
import vn.nhiemvu.task.TaskDraft;
import vn.nhiemvu.task.TaskDue;
import vn.nhiemvu.task.TaskFilter;
import vn.nhiemvu.task.TaskHeading;
import vn.nhiemvu.task.TaskManagement;
import vn.nhiemvu.task.TaskPage;
import vn.nhiemvu.task.TaskResults;
import vn.nhiemvu.task.TaskSort;
import vn.nhiemvu.task.TaskStanding;
import vn.nhiemvu.task.TaskView;
import vn.nhiemvu.task.UnitStatusCounts;

/**
 * The module's API ({@link TaskManagement}), each call handed to the class that answers it: commands
 * ({@link TaskCommands}, {@link Completions}, {@link DeadlineChanges}, {@link GuidanceCommands}) and queries
 * ({@link TaskQueries}, {@link TaskListing}, {@link TaskStandings}). Each of those holds its own transaction.
 */
@Service
class TaskApi implements TaskManagement {

    private final TaskCommands commands;
    private final Completions completions;
    private final DeadlineChanges deadlineChanges;
    private final GuidanceCommands guidance;
    private final TaskQueries queries;
    private final TaskListing listing;
    private final TaskStandings standings;

    TaskApi(TaskCommands commands, Completions completions, DeadlineChanges deadlineChanges, GuidanceCommands guidance,
            TaskQueries queries, TaskListing listing, TaskStandings standings) {
        this.commands = commands;
        this.completions = completions;
        this.deadlineChanges = deadlineChanges;
        this.guidance = guidance;
        this.queries = queries;
        this.listing = listing;
        this.standings = standings;
    }

    // Commands

    @Override
    public TaskView create(CurrentUser user, TaskDraft draft) {
        return commands.create(user, draft);
    }

    @Override
    public TaskView leadByAgency(CurrentUser user, long id, long agencyId) {
        return commands.leadByAgency(user, id, agencyId);
    }

    @Override
    public TaskView update(CurrentUser user, long id, long expectedVersion, TaskDraft draft) {
        return commands.update(user, id, expectedVersion, draft);
    }

    @Override
    public void delete(CurrentUser user, long id) {
        commands.delete(user, id);
    }

    @Override
    public TaskView complete(CurrentUser user, long id, LocalDate completedAt, String reason) {
        return completions.complete(user, id, completedAt, reason);
    }

    @Override
    public TaskView completeBySubmission(CurrentUser user, long id, LocalDate documentDate, String field) {
        return completions.completeBySubmission(user, id, documentDate, field);
    }

    @Override
    public TaskView reopen(CurrentUser user, long id) {
        return completions.reopen(user, id);
    }

    @Override
    public TaskView recordDeadlineChange(CurrentUser user, long id, DeadlineChangeDraft draft) {
        return deadlineChanges.record(user, id, draft);
    }

    @Override
    public GuidanceRequest requestGuidance(CurrentUser user, long taskId, GuidanceRequest.Kind kind, String obstacle,
            String proposedSolution, LocalDate proposedDeadline) {
        return guidance.request(user, taskId, kind, obstacle, proposedSolution, proposedDeadline);
    }

    @Override
    public GuidanceRequest decideGuidance(CurrentUser user, long taskId, long requestId,
            GuidanceRequest.Decision decision, LocalDate approvedDeadline, String answer) {
        return guidance.decide(user, taskId, requestId, decision, approvedDeadline, answer);
    }

    @Override
    public GuidanceRequest recordDecisionFromAbove(long agencyId, long taskId, long requestId,
            GuidanceRequest.Decision decision, LocalDate approvedDeadline, String answer, LocalDate decidedOn,
            String decidedBy) {
        return guidance.decideAbove(agencyId, taskId, requestId, decision, approvedDeadline, answer, decidedOn,
                decidedBy);
    }

    // Queries

    @Override
    public TaskPage list(CurrentUser user, TaskFilter filter, String cursor, int limit) {
        return listing.list(user, filter, cursor, limit);
    }

    @Override
    public TaskResults search(CurrentUser user, TaskFilter filter, TaskSort sort, int page, int size) {
        return listing.search(user, filter, sort, page, size);
    }

    @Override
    public void export(CurrentUser user, TaskFilter filter, Consumer<TaskView> each) {
        listing.export(user, filter, each);
    }

    @Override
    public TaskView get(CurrentUser user, long id, LocalDate asOf, EvaluationPolicy.Kind policy) {
        return queries.get(user, id, asOf, policy);
    }

    @Override
    public CompletionActions completionActions(CurrentUser user, long id) {
        return queries.completionActions(user, id);
    }

    @Override
    public boolean isVisible(CurrentUser user, long id) {
        return queries.isVisible(user, id);
    }

    @Override
    public List<Long> visible(CurrentUser user, Collection<Long> ids) {
        return queries.visible(user, ids);
    }

    @Override
    public Map<Long, TaskHeading> headings(CurrentUser user, Collection<Long> ids) {
        return queries.headings(user, ids);
    }

    @Override
    public List<GuidanceRequest> guidanceRequests(CurrentUser user, long taskId) {
        return queries.guidanceRequests(user, taskId);
    }

    @Override
    public List<GuidanceRequest> openGuidanceRequests(CurrentUser user) {
        return queries.openGuidanceRequests(user);
    }

    @Override
    public List<GuidanceRequest> waitingForDecision(CurrentUser user, int limit) {
        return queries.waitingForDecision(user, limit);
    }

    @Override
    public Map<Long, GuidanceRequest> latestGuidanceRequests(CurrentUser user, Collection<Long> taskIds, LocalDate asOf) {
        return queries.latestGuidanceRequests(user, taskIds, asOf);
    }

    @Override
    public TaskCountingFacts facts(Task task) {
        return queries.facts(task);
    }

    @Override
    public void forEachWithFacts(long agencyId, BiConsumer<Task, TaskCountingFacts> action) {
        queries.forEachWithFacts(agencyId, action);
    }

    @Override
    public void forEachOpenDueBy(long agencyId, LocalDate asOf, LocalDate deadlineUpTo, Consumer<List<TaskDue>> page) {
        queries.forEachOpenDueBy(agencyId, asOf, deadlineUpTo, page);
    }

    @Override
    public List<TaskStanding> standings(CurrentUser user, List<LocalDate> asOf, EvaluationPolicy.Kind policy) {
        return standings.standings(user, asOf, policy);
    }

    @Override
    public List<TaskStanding> standings(CurrentUser user, Collection<Long> ids, List<LocalDate> asOf,
            EvaluationPolicy.Kind policy) {
        return standings.standings(user, ids, asOf, policy);
    }

    @Override
    public List<UnitStatusCounts> countByUnit(CurrentUser user, LocalDate asOf, EvaluationPolicy.Kind policy) {
        return standings.countByUnit(user, asOf, policy);
    }
}
