package vn.nhiemvu.task.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.nhiemvu.directive.Directive;
import vn.nhiemvu.directive.Directives;
import vn.nhiemvu.evaluation.DeadlineChange;
import vn.nhiemvu.evaluation.Evaluation;
import vn.nhiemvu.evaluation.EvaluationPolicy;
import vn.nhiemvu.evaluation.Evaluations;
import vn.nhiemvu.evaluation.TaskEvaluator;
import vn.nhiemvu.evaluation.TaskFacts;
import vn.nhiemvu.evaluation.TaskStatus;
import vn.nhiemvu.identity.CurrentUser;
import vn.nhiemvu.organization.Organization;
import vn.nhiemvu.organization.Unit;
import vn.nhiemvu.shared.InvalidInputException;
import vn.nhiemvu.shared.Message;
import vn.nhiemvu.task.Task;
import vn.nhiemvu.task.TaskStanding;
import vn.nhiemvu.task.TaskView;
import vn.nhiemvu.task.UnitStatusCounts;

/**
 * Every task in the user's scope evaluated, for those who count them: the periodic reports and rankings (one
 * {@link TaskStanding} per task, read in a few queries whatever their number) and the exact counts per unit that the
 * dashboard's aggregates are checked against. The reading is the task module's (its tables, ADR 0029); what is made
 * of the standings — figures, scorecards — is the reporting module's.
 */
@Service
@Transactional(readOnly = true)
class TaskStandings {

    /** Rows read per query by the counts. */
    private static final int BATCH = 500;

    private final JdbcTasks tasks;
    private final JdbcTaskRows narrow;
    private final JdbcDeadlineChanges deadlineChanges;
    private final TasksInScope inScope;
    private final TaskViews views;
    private final Organization organization;
    private final Directives directives;
    private final Evaluations evaluations;
    private final Clock clock;

    TaskStandings(JdbcTasks tasks, JdbcTaskRows narrow, JdbcDeadlineChanges deadlineChanges, TasksInScope inScope,
            TaskViews views, Organization organization, Directives directives, Evaluations evaluations, Clock clock) {
        this.tasks = tasks;
        this.narrow = narrow;
        this.deadlineChanges = deadlineChanges;
        this.inScope = inScope;
        this.views = views;
        this.organization = organization;
        this.directives = directives;
        this.evaluations = evaluations;
        this.clock = clock;
    }

    List<TaskStanding> standings(CurrentUser user, List<LocalDate> asOf, EvaluationPolicy.Kind policy) {
        checkDates(asOf);
        return standings(user, inScope.scope(user), asOf, evaluations.evaluator(user.agencyId(), policy));
    }

    /**
     * Only the tasks with the ids that are in the user's scope, read a thousand ids at a time: a person's work items
     * among a million tasks cost their own number of rows, not the reader's whole scope.
     */
    List<TaskStanding> standings(CurrentUser user, Collection<Long> ids, List<LocalDate> asOf,
            EvaluationPolicy.Kind policy) {
        checkDates(asOf);
        TaskScope scope = inScope.scope(user);
        TaskEvaluator evaluator = evaluations.evaluator(user.agencyId(), policy);
        var result = new ArrayList<>(TaskQueries.byThousand(ids,
                chunk -> standings(user, scope.narrowedTo(chunk), asOf, evaluator)));
        result.sort(Comparator.comparingLong(TaskStanding::id));
        return result;
    }

    private static void checkDates(List<LocalDate> asOf) {
        if (asOf == null || asOf.isEmpty() || asOf.stream().anyMatch(Objects::isNull)) {
            throw InvalidInputException.of("asOf", Message.of("invalid.task.as-of.required"));
        }
    }

    private List<TaskStanding> standings(CurrentUser user, TaskScope scope, List<LocalDate> asOf,
            TaskEvaluator evaluator) {
        Map<Long, List<DeadlineChange>> changes = deadlineChanges.facts(scope);
        var rows = new ArrayList<Task>();
        narrow.forEachBrief(scope, rows::add);
        rows.sort(Comparator.comparingLong(Task::id));
        Map<Long, Directive> docs = directives.byIds(user.agencyId(),
                rows.stream().map(Task::directiveId).filter(Objects::nonNull).distinct().toList());
        var result = new ArrayList<TaskStanding>(rows.size());
        // Tasks with the same deadline (and completion) stand the same way: one shared instance per distinct
        // evaluation, not one per task and date. At 100,000 tasks the evaluations' sentences were most of what the
        // report holds while it is computed, copied by every young collection.
        var shared = new HashMap<Evaluation, Evaluation>();
        for (Task t : rows) {
            Directive d = t.directiveId() == null ? null : docs.get(t.directiveId());
            var facts = new TaskFacts(t.deadline(), t.completedAt(), d == null ? null : d.extensionCutoff(),
                    changes.getOrDefault(t.id(), List.of()));
            var evaluated = new ArrayList<Evaluation>(asOf.size());
            for (LocalDate date : asOf) {
                Evaluation e = evaluator.evaluate(facts, date);
                evaluated.add(shared.computeIfAbsent(e, k -> k));
            }
            result.add(new TaskStanding(t.id(), t.title(), t.kind(), t.directiveId(), t.leadUnitId(),
                    t.supervisingLeaderId(), t.deadline(), t.deadlineText(), t.completedAt(), t.createdAt(),
                    t.assignedOn(d == null ? null : d.issueDate(), clock.getZone()), evaluated));
        }
        return result;
    }

    List<UnitStatusCounts> countByUnit(CurrentUser user, LocalDate asOf, EvaluationPolicy.Kind policy) {
        LocalDate date = asOf == null ? inScope.today() : asOf;
        TaskEvaluator evaluator = evaluations.evaluator(user.agencyId(), policy);
        var counts = new HashMap<Long, EnumMap<TaskStatus, Long>>();
        TaskScope scope = inScope.scope(user);
        long after = 0;
        List<Task> rows;
        do {
            rows = tasks.page(scope, after, BATCH);
            var evaluated = views.evaluate(user.agencyId(), rows, date, evaluator);
            rows.forEach(t -> counts.computeIfAbsent(t.leadUnitId(), k -> new EnumMap<>(TaskStatus.class))
                    .merge(evaluated.evaluations().get(t.id()).status(), 1L, Long::sum));
            after = rows.isEmpty() ? after : rows.get(rows.size() - 1).id();
        } while (rows.size() == BATCH);
        var result = new ArrayList<UnitStatusCounts>();
        for (Unit unit : organization.units(user.agencyId())) {
            var unitCounts = counts.get(unit.id());
            if (unitCounts == null && !user.seesWholeAgency()) {
                continue;
            }
            var byStatus = new EnumMap<TaskStatus, Long>(TaskStatus.class);
            for (TaskStatus status : TaskStatus.values()) {
                byStatus.put(status, unitCounts == null ? 0L : unitCounts.getOrDefault(status, 0L));
            }
            long total = byStatus.values().stream().mapToLong(Long::longValue).sum();
            result.add(new UnitStatusCounts(new TaskView.UnitRef(unit.id(), unit.code(), unit.name()), byStatus, total));
        }
        return result;
    }
}
