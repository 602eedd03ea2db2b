package vn.nhiemvu.task.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

import vn.nhiemvu.directive.Directive;
import vn.nhiemvu.directive.Directives;
import vn.nhiemvu.evaluation.TaskStatus;
import vn.nhiemvu.evaluation.TaskStatusClassifier;
import vn.nhiemvu.organization.Leader;
import vn.nhiemvu.organization.Organization;
import vn.nhiemvu.organization.Unit;
import vn.nhiemvu.task.Task;
import vn.nhiemvu.task.TaskView;

/** Resolves a page of tasks' references in a few queries (not one per task) and classifies them. */
@Component
class TaskViews {

    private final Organization organization;
    private final Directives directives;
    private final TaskStatusClassifier classifier;

    TaskViews(Organization organization, Directives directives, TaskStatusClassifier classifier) {
        this.organization = organization;
        this.directives = directives;
        this.classifier = classifier;
    }

    TaskView of(long agencyId, Task task, LocalDate asOf) {
        return of(agencyId, List.of(task), asOf).get(0);
    }

    List<TaskView> of(long agencyId, List<Task> tasks, LocalDate asOf) {
        if (tasks.isEmpty()) {
            return List.of();
        }
        Map<Long, Unit> units = organization.units(agencyId).stream()
                .collect(Collectors.toMap(Unit::id, Function.identity()));
        Map<Long, Leader> leaders = organization.leaders(agencyId).stream()
                .collect(Collectors.toMap(Leader::id, Function.identity()));
        Map<Long, Directive> docs = directives.byIds(agencyId,
                tasks.stream().map(Task::directiveId).filter(Objects::nonNull).distinct().toList());
        return tasks.stream().map(t -> {
            TaskStatus status = classifier.classify(t.deadline(), t.completedAt(), asOf);
            Directive d = t.directiveId() == null ? null : docs.get(t.directiveId());
            Leader l = t.supervisingLeaderId() == null ? null : leaders.get(t.supervisingLeaderId());
            return new TaskView(t.id(), t.title(), t.description(),
                    d == null ? null : new TaskView.DirectiveRef(d.id(), d.number(), d.kind().label()),
                    unit(units.get(t.leadUnitId())),
                    t.coordinatingUnitIds().stream().map(units::get).filter(Objects::nonNull).map(TaskViews::unit)
                            .toList(),
                    l == null ? null : new TaskView.LeaderRef(l.id(), l.fullName(), l.title()),
                    t.deadline(), t.deadlineText(), t.completedAt(), t.product(), status, status.label(), asOf,
                    t.version(), t.createdAt(), t.createdBy());
        }).toList();
    }

    private static TaskView.UnitRef unit(Unit unit) {
        return unit == null ? null : new TaskView.UnitRef(unit.id(), unit.code(), unit.name());
    }
}
