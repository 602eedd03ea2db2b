package vn.nhiemvu.task.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.function.Function;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import vn.nhiemvu.evaluation.Evaluation;
import vn.nhiemvu.evaluation.EvaluationPolicy;
import vn.nhiemvu.evaluation.Evaluations;
import vn.nhiemvu.evaluation.TaskEvaluator;
import vn.nhiemvu.evaluation.TaskFacts;
import vn.nhiemvu.evaluation.TaskStatus;
import vn.nhiemvu.identity.CurrentUser;
import vn.nhiemvu.shared.InvalidInputException;
import vn.nhiemvu.shared.Message;
import vn.nhiemvu.task.CompletionActions;
import vn.nhiemvu.task.CompletionPolicy;
import vn.nhiemvu.task.CompletionStep;
import vn.nhiemvu.task.GuidanceRequest;
import vn.nhiemvu.task.Task;
import vn.nhiemvu.task.TaskCountingFacts;
import vn.nhiemvu.task.TaskDue;
import vn.nhiemvu.task.TaskHeading;
import vn.nhiemvu.task.TaskManagement;
import vn.nhiemvu.task.TaskPermissions;
import vn.nhiemvu.task.TaskView;

/**
 * Reads of one task and of tasks by id, in the user's scope (the pages, the modules that show things attached to
 * tasks), and the agency's tasks with their facts whatever the scope (read models, sweeps). Changes nothing.
 */
@Service
@Transactional(readOnly = true)
class TaskQueries {

    /** Rows read per query by recounts. */
    private static final int BATCH = 500;
    /** Rows read per query by a sweep. */
    private static final int SWEEP_BATCH = 2000;
    private static final Set<TaskStatus> OPEN = Set.of(TaskStatus.IN_PROGRESS, TaskStatus.DUE_SOON, TaskStatus.OVERDUE);

    private final JdbcTasks tasks;
    private final JdbcTaskRows narrow;
    private final JdbcGuidanceRequests guidance;
    private final TasksInScope inScope;
    private final TaskViews views;
    private final Evaluations evaluations;
    private final CompletionFacts completionFacts;
    private final CompletionPolicy completionPolicy;

    TaskQueries(JdbcTasks tasks, JdbcTaskRows narrow, JdbcGuidanceRequests guidance, TasksInScope inScope,
            TaskViews views, Evaluations evaluations, CompletionFacts completionFacts, CompletionPolicy completionPolicy) {
        this.tasks = tasks;
        this.narrow = narrow;
        this.guidance = guidance;
        this.inScope = inScope;
        this.views = views;
        this.evaluations = evaluations;
        this.completionFacts = completionFacts;
        this.completionPolicy = completionPolicy;
    }

    TaskView get(CurrentUser user, long id, LocalDate asOf, EvaluationPolicy.Kind policy) {
        LocalDate date = asOf == null ? inScope.today() : asOf;
        TaskView created = CreatedViews.find(user, id, date, policy);
        if (created != null) {
            return created;
        }
        return views.of(user.agencyId(), inScope.visible(user, id), date, evaluations.evaluator(user.agencyId(), policy));
    }

    boolean isVisible(CurrentUser user, long id) {
        return tasks.find(inScope.scope(user), id).isPresent();
    }

    List<Long> visible(CurrentUser user, Collection<Long> taskIds) {
        TaskScope scope = inScope.scope(user);
        return byThousand(taskIds, ids -> tasks.visibleIds(scope, ids));
    }

    Map<Long, TaskHeading> headings(CurrentUser user, Collection<Long> taskIds) {
        TaskScope scope = inScope.scope(user);
        var headings = new HashMap<Long, TaskHeading>();
        byThousand(taskIds, ids -> tasks.headings(scope, ids)).forEach(h -> headings.put(h.id(), h));
        return headings;
    }

    /** The answers for distinct ids asked a thousand at a time, so that no IN list grows with the caller's list. */
    static <T> List<T> byThousand(Collection<Long> taskIds, Function<List<Long>, List<T>> query) {
        var answers = new ArrayList<T>();
        var ids = List.copyOf(new LinkedHashSet<>(taskIds));
        for (int i = 0; i < ids.size(); i += 1000) {
            answers.addAll(query.apply(ids.subList(i, Math.min(ids.size(), i + 1000))));
        }
        return answers;
    }

    CompletionActions completionActions(CurrentUser user, long id) {
        Task task = inScope.visible(user, id);
        CompletionPolicy.Facts facts = completionFacts.of(task);
        List<CompletionStep> missing = completionPolicy.missing(facts);
        var steps = completionPolicy.required(task.kind()).stream()
                .map(step -> new CompletionActions.StepState(step, facts.done().get(step))).toList();
        boolean mayRecord = TaskPermissions.allows(user, task, TaskPermissions.Action.RECORD_COMPLETION)
                && !task.isCompleted();
        boolean office = user.managesAgency();
        Message refusal = mayRecord ? completionPolicy.stepsMissing(user, facts, false)
                .map(CompletionPolicy.Verdict.StepsMissing::message).orElse(null) : null;
        boolean mayComplete = mayRecord && (office || missing.isEmpty());
        return new CompletionActions(mayComplete,
                task.isCompleted() && CompletionPolicy.reopenRefusal(user, task).isEmpty(),
                mayComplete ? completionPolicy.earliest(user, facts) : null, inScope.today(), task.kind(), steps, refusal,
                mayComplete && office && !missing.isEmpty(),
                mayComplete && office ? completionPolicy.earliestWithoutReason(facts) : null,
                completionPolicy.completesBySubmission(task.kind()));
    }

    List<GuidanceRequest> guidanceRequests(CurrentUser user, long taskId) {
        inScope.visible(user, taskId);
        return guidance.ofTask(taskId);
    }

    List<GuidanceRequest> openGuidanceRequests(CurrentUser user) {
        return guidance.open(inScope.scope(user));
    }

    List<GuidanceRequest> waitingForDecision(CurrentUser user, int limit) {
        if (limit < 1 || limit > TaskManagement.MAX_LIMIT) {
            throw InvalidInputException.of("limit", Message.of("invalid.task.limit.range-records", TaskManagement.MAX_LIMIT));
        }
        return guidance.open(inScope.scope(user), limit);
    }

    Map<Long, GuidanceRequest> latestGuidanceRequests(CurrentUser user, Collection<Long> taskIds, LocalDate asOf) {
        return guidance.latest(visible(user, taskIds), asOf);
    }

    TaskCountingFacts facts(Task task) {
        return views.countingFacts(task.agencyId(), List.of(task)).get(task.id());
    }

    void forEachWithFacts(long agencyId, BiConsumer<Task, TaskCountingFacts> action) {
        TaskScope scope = TaskScope.agency(agencyId);
        long after = 0;
        List<Task> rows;
        do {
            rows = tasks.page(scope, after, BATCH);
            Map<Long, TaskCountingFacts> facts = views.countingFacts(agencyId, rows);
            rows.forEach(t -> action.accept(t, facts.get(t.id())));
            after = rows.isEmpty() ? after : rows.get(rows.size() - 1).id();
        } while (rows.size() == BATCH);
    }

    /** Outside a transaction: each page's handler may write in a transaction of its own (a sweep commits per page). */
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    void forEachOpenDueBy(long agencyId, LocalDate asOf, LocalDate deadlineUpTo, Consumer<List<TaskDue>> page) {
        TaskEvaluator evaluator = evaluations.evaluator(agencyId);
        long after = 0;
        List<Task> rows;
        do {
            rows = narrow.openDueBy(agencyId, asOf, deadlineUpTo, after, SWEEP_BATCH);
            Map<Long, TaskFacts> facts = views.facts(agencyId, rows);
            var due = new ArrayList<TaskDue>();
            for (Task t : rows) {
                Evaluation e = evaluator.evaluate(facts.get(t.id()), asOf);
                // SQL could only narrow by the original deadline: the applicable one decides.
                if (OPEN.contains(e.status()) && !e.applicableDeadline().isAfter(deadlineUpTo)) {
                    due.add(new TaskDue(t.id(), t.title(), t.leadUnitId(), t.supervisingLeaderId(), e));
                }
            }
            if (!due.isEmpty()) {
                page.accept(due);
            }
            after = rows.isEmpty() ? after : rows.get(rows.size() - 1).id();
        } while (rows.size() == SWEEP_BATCH);
    }
}
