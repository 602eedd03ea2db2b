package vn.nhiemvu.task.internal;

import java.time.Clock;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.nhiemvu.identity.CurrentUser;
import vn.nhiemvu.organization.Agency;
import vn.nhiemvu.organization.Organization;
import vn.nhiemvu.shared.ConflictException;
import vn.nhiemvu.shared.InvalidInputException;
import vn.nhiemvu.shared.Message;
import vn.nhiemvu.task.Task;
import vn.nhiemvu.task.TaskDraft;
import vn.nhiemvu.task.TaskEvent;
import vn.nhiemvu.task.TaskPermissions;
import vn.nhiemvu.task.TaskView;

/**
 * Assigning, revising and deleting tasks: each loads the task in the user's scope, checks the permission, asks the
 * aggregate ({@link Task}) for the change and the event it causes, saves, and publishes the event in the change's
 * transaction (its listeners — audit, the dashboard's increments, notices — commit with it).
 */
@Service
@Transactional
class TaskCommands {

    private final JdbcTasks tasks;
    private final TasksInScope inScope;
    private final TaskDrafts drafts;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final Organization organization;

    TaskCommands(JdbcTasks tasks, TasksInScope inScope, TaskDrafts drafts, ApplicationEventPublisher events, Clock clock,
            Organization organization) {
        this.organization = organization;
        this.tasks = tasks;
        this.inScope = inScope;
        this.drafts = drafts;
        this.events = events;
        this.clock = clock;
    }

    TaskView create(CurrentUser user, TaskDraft draft) {
        TaskPermissions.POLICY.checkAny(user, TaskPermissions.Action.CREATE);
        TaskEvent.TaskCreated assigned = Task.assign(user.agencyId(), drafts.check(user, draft, 0), clock.instant(),
                user.username());
        long id = tasks.insert(assigned.task());
        Task created = inScope.reread(user, id);
        // Evaluated once: the listeners of its creation that read the new task again (its notices) get this view.
        TaskView view = inScope.view(user, created);
        CreatedViews.during(created.agencyId(), view, () -> events.publishEvent(assigned.stored(created)));
        return view;
    }

    /** Replaces the editable fields; {@code expectedVersion} must be the stored one. */
    TaskView update(CurrentUser user, long id, long expectedVersion, TaskDraft draft) {
        Task current = inScope.visible(user, id);
        TaskPermissions.check(user, current, TaskPermissions.Action.EDIT);
        current.requireVersion(expectedVersion);
        TaskEvent.TaskUpdated revised = current.revise(drafts.check(user, draft, id), user.username());
        if (!tasks.update(revised.task())) {
            throw Task.stale(id);
        }
        Task updated = inScope.reread(user, id);
        events.publishEvent(revised.stored(updated));
        return inScope.view(user, updated);
    }

    TaskView leadByAgency(CurrentUser user, long id, long agencyId) {
        Task task = inScope.visible(user, id);
        TaskPermissions.check(user, task, TaskPermissions.Action.EDIT);
        Agency agency = organization.agency(agencyId).filter(a -> a.id() != task.agencyId())
                .orElseThrow(() -> InvalidInputException.of("leadAgency",
                        Message.of("invalid.task.lead-agency.unknown", agencyId)));
        tasks.leadByAgency(id, agency.id());
        return inScope.view(user, task);
    }

    void delete(CurrentUser user, long id) {
        Task task = inScope.visible(user, id);
        TaskPermissions.check(user, task, TaskPermissions.Action.DELETE);
        TaskEvent.TaskDeleted deleted = task.delete(tasks.hasSubTasks(id), user.username());
        // Published first: listeners (audit, read models) still read the task's rows in this transaction.
        events.publishEvent(deleted);
        try {
            tasks.delete(id);
        } catch (DataIntegrityViolationException e) {
            throw new ConflictException(ConflictException.Kind.STATE, Message.of("conflict.task.task.in-use", id));
        }
    }
}
