package vn.nhiemvu.task.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

import vn.nhiemvu.directive.Directive;
import vn.nhiemvu.directive.Directives;
import vn.nhiemvu.evaluation.Evaluation;
import vn.nhiemvu.evaluation.TaskEvaluator;
import vn.nhiemvu.evaluation.TaskFacts;
import vn.nhiemvu.organization.Agency;
import vn.nhiemvu.organization.Leader;
import vn.nhiemvu.organization.Organization;
import vn.nhiemvu.organization.Unit;
import vn.nhiemvu.task.Task;
import vn.nhiemvu.task.TaskCountingFacts;
import vn.nhiemvu.task.TaskDeadlineChange;
import vn.nhiemvu.task.TaskView;

/**
 * Evaluates a batch of tasks and resolves their references in a few queries (not one per task):
 * the directives (for their cut-off dates), the deadline changes, the units and leaders.
 */
@Component
class TaskViews {

    private final Organization organization;
    private final Directives directives;
    private final JdbcTasks tasks;
    private final JdbcDeadlineChanges deadlineChanges;
    private final Clock clock;

    TaskViews(Organization organization, Directives directives, JdbcTasks tasks, JdbcDeadlineChanges deadlineChanges,
            Clock clock) {
        this.organization = organization;
        this.directives = directives;
        this.tasks = tasks;
        this.deadlineChanges = deadlineChanges;
        this.clock = clock;
    }

    /** The evaluated tasks with what evaluating them needed. */
    record Evaluated(List<Task> tasks, Map<Long, Evaluation> evaluations, Map<Long, Directive> directives,
            Map<Long, List<TaskDeadlineChange>> changes) {
    }

    Evaluated evaluate(long agencyId, List<Task> batch, LocalDate asOf, TaskEvaluator evaluator) {
        Loaded loaded = load(agencyId, batch);
        var evaluations = new HashMap<Long, Evaluation>();
        for (Task t : batch) {
            evaluations.put(t.id(), evaluator.evaluate(facts(t, loaded), asOf));
        }
        return new Evaluated(batch, evaluations, loaded.directives(), loaded.changes());
    }

    /** The facts of each task of the batch, by task id, in the batch's order. */
    Map<Long, TaskFacts> facts(long agencyId, List<Task> batch) {
        Loaded loaded = load(agencyId, batch);
        var facts = new LinkedHashMap<Long, TaskFacts>();
        batch.forEach(t -> facts.put(t.id(), facts(t, loaded)));
        return facts;
    }

    /** The same with the day each task was assigned. */
    Map<Long, TaskCountingFacts> countingFacts(long agencyId, List<Task> batch) {
        Loaded loaded = load(agencyId, batch);
        var facts = new LinkedHashMap<Long, TaskCountingFacts>();
        for (Task t : batch) {
            Directive d = t.directiveId() == null ? null : loaded.directives().get(t.directiveId());
            facts.put(t.id(), new TaskCountingFacts(facts(t, loaded),
                    t.assignedOn(d == null ? null : d.issueDate(), clock.getZone())));
        }
        return facts;
    }

    /** The batch's directives and deadline changes, in a query each. */
    private record Loaded(Map<Long, Directive> directives, Map<Long, List<TaskDeadlineChange>> changes) {
    }

    private Loaded load(long agencyId, List<Task> batch) {
        return new Loaded(directives.byIds(agencyId,
                batch.stream().map(Task::directiveId).filter(Objects::nonNull).distinct().toList()),
                deadlineChanges.of(batch.stream().map(Task::id).toList()));
    }

    private static TaskFacts facts(Task t, Loaded loaded) {
        Directive d = t.directiveId() == null ? null : loaded.directives().get(t.directiveId());
        return new TaskFacts(t.deadline(), t.completedAt(), d == null ? null : d.extensionCutoff(),
                loaded.changes().getOrDefault(t.id(), List.of()).stream().map(TaskDeadlineChange::toFact).toList());
    }

    TaskView of(long agencyId, Task task, LocalDate asOf, TaskEvaluator evaluator) {
        return of(agencyId, evaluate(agencyId, List.of(task), asOf, evaluator), asOf, evaluator).get(0);
    }

    List<TaskView> of(long agencyId, Evaluated evaluated, LocalDate asOf, TaskEvaluator evaluator) {
        if (evaluated.tasks().isEmpty()) {
            return List.of();
        }
        Map<Long, Unit> units = organization.units(agencyId).stream()
                .collect(Collectors.toMap(Unit::id, Function.identity()));
        Map<Long, Leader> leaders = organization.leaders(agencyId).stream()
                .collect(Collectors.toMap(Leader::id, Function.identity()));
        Map<Long, long[]> subTasks = tasks.subTaskCounts(evaluated.tasks().stream().map(Task::id).toList(), asOf);
        Map<Long, Long> leadAgencies = tasks.leadAgencies(evaluated.tasks().stream().map(Task::id).toList());
        Map<Long, Agency> agencies = leadAgencies.isEmpty() ? Map.of() : organization.agencies().stream()
                .collect(Collectors.toMap(Agency::id, Function.identity()));
        Map<Long, String> parents = tasks.titles(evaluated.tasks().stream().map(Task::parentTaskId)
                .filter(Objects::nonNull).distinct().toList());
        return evaluated.tasks().stream().map(t -> {
            Evaluation e = evaluated.evaluations().get(t.id());
            Directive d = t.directiveId() == null ? null : evaluated.directives().get(t.directiveId());
            Leader l = t.supervisingLeaderId() == null ? null : leaders.get(t.supervisingLeaderId());
            return new TaskView(t.id(), t.kind(), t.title(), t.description(),
                    d == null ? null : new TaskView.DirectiveRef(d.id(), d.number(), d.kind().label(), d.kind().code()),
                    t.parentTaskId() == null ? null
                            : new TaskView.TaskRef(t.parentTaskId(), parents.getOrDefault(t.parentTaskId(), "")),
                    subTasks.containsKey(t.id())
                            ? TaskView.SubTasks.of(subTasks.get(t.id())[0], subTasks.get(t.id())[1]) : null,
                    unit(units.get(t.leadUnitId())),
                    leadAgencies.containsKey(t.id()) ? agency(agencies.get(leadAgencies.get(t.id()))) : null,
                    t.coordinatingUnitIds().stream().map(units::get).filter(Objects::nonNull).map(TaskViews::unit)
                            .toList(),
                    l == null ? null : new TaskView.LeaderRef(l.id(), l.fullName(), l.title()),
                    t.deadline(), t.deadlineText(), t.recurrence(), t.completedAt(), t.completedBy(), t.product(), e.status(), e.status().label(),
                    e.reason(), e.applicableDeadline(), e.workingDaysLate(), evaluator.policy().kind(), asOf,
                    evaluated.changes().getOrDefault(t.id(), List.of()), t.version(), t.createdAt(),
                    t.createdBy(), e.explanation());
        }).toList();
    }

    private static TaskView.AgencyRef agency(Agency agency) {
        return agency == null ? null : new TaskView.AgencyRef(agency.id(), agency.code(), agency.name());
    }

    private static TaskView.UnitRef unit(Unit unit) {
        return unit == null ? null : new TaskView.UnitRef(unit.id(), unit.code(), unit.name());
    }
}
