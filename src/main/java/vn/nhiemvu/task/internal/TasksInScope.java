package vn.nhiemvu.task.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.springframework.stereotype.Component;

import vn.nhiemvu.evaluation.EvaluationPolicy;
import vn.nhiemvu.evaluation.Evaluations;
import vn.nhiemvu.identity.CurrentUser;
import vn.nhiemvu.organization.Organization;
import vn.nhiemvu.shared.Message;
import vn.nhiemvu.shared.NotFoundException;
import vn.nhiemvu.task.Task;
import vn.nhiemvu.task.TaskView;

/**
 * How the commands and queries load a task: in the user's scope (outside it a task does not exist: 404), and how
 * they show it after a change (evaluated today with the agency's policy).
 */
@Component
class TasksInScope {

    private final JdbcTasks tasks;
    private final Organization organization;
    private final TaskViews views;
    private final Evaluations evaluations;
    private final Clock clock;

    TasksInScope(JdbcTasks tasks, Organization organization, TaskViews views, Evaluations evaluations, Clock clock) {
        this.tasks = tasks;
        this.organization = organization;
        this.views = views;
        this.evaluations = evaluations;
        this.clock = clock;
    }

    TaskScope scope(CurrentUser user) {
        return TaskScope.of(organization.visibility(user));
    }

    /** The task the user may see, or a 404. */
    Task visible(CurrentUser user, long id) {
        return tasks.find(scope(user), id)
                .orElseThrow(() -> new NotFoundException(Message.of("notfound.task.task.unknown", id)));
    }

    /** The task as stored after a write the user made: its version and timestamps as the database gave them. */
    Task reread(CurrentUser user, long id) {
        return tasks.find(scope(user), id).orElseThrow();
    }

    /** The task evaluated today with the agency's policy, as every command answers. */
    TaskView view(CurrentUser user, Task task) {
        return views.of(user.agencyId(), task, today(), evaluations.evaluator(user.agencyId()));
    }

    /** The task's deadline in force today the Government Office's way: after every approval. */
    LocalDate deadlineInForce(CurrentUser user, Task task) {
        return views.evaluate(user.agencyId(), List.of(task), today(),
                evaluations.evaluator(user.agencyId(), EvaluationPolicy.Kind.GOVERNMENT_OFFICE))
                .evaluations().get(task.id()).applicableDeadline();
    }

    LocalDate today() {
        return LocalDate.now(clock);
    }
}
