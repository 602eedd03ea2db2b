package vn.nhiemvu.federation.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import vn.nhiemvu.federation.FederationLink;
import vn.nhiemvu.federation.FederationLink.Direction;
import vn.nhiemvu.federation.FederationLink.Status;
import vn.nhiemvu.plan.PlanEvent;
import vn.nhiemvu.plan.ProgressReport;
import vn.nhiemvu.task.GuidanceRequest;
import vn.nhiemvu.task.Task;
import vn.nhiemvu.task.TaskEvent;
import vn.nhiemvu.task.TaskManagement;
import vn.nhiemvu.task.TaskView;
import vn.nhiemvu.identity.CurrentUser;
import vn.nhiemvu.identity.Role;
import vn.nhiemvu.shared.Message;

/**
 * What goes up about a task received from above, each in the transaction of the change here that it tells of:
 * requests, progress, completion, reopening (listeners to the task and plan modules' events).
 */
@Component
class UpReports {

    private final JdbcLinks links;
    private final Outbox outbox;
    private final LinkHistory linkHistory;
    private final Clock clock;
    private final TaskManagement tasks;

    UpReports(JdbcLinks links, Outbox outbox, LinkHistory linkHistory, Clock clock, TaskManagement tasks) {
        this.tasks = tasks;
        this.links = links;
        this.outbox = outbox;
        this.linkHistory = linkHistory;
        this.clock = clock;
    }

    /**
     * A request for a new deadline or for direction on a task received from above goes up: the upper level decides
     * or answers it, and its decision comes down to the request here.
     */
    @EventListener
    public void on(TaskEvent.GuidanceRequested requested) {
        GuidanceRequest r = requested.request();
        String id = Long.toString(r.id());
        incoming(requested.task().agencyId(), requested.task().id()).ifPresent(link -> {
            if (r.kind() == GuidanceRequest.Kind.EXTENSION) {
                linkHistory.said(link, Messages.Type.TASK_EXTENSION_REQUESTED, true, id, r.requestedOn(),
                        new Messages.ExtensionRequested(id, r.requestedOn(), r.proposedDeadline(), r.obstacle(),
                                r.proposedSolution()));
            } else {
                linkHistory.said(link, Messages.Type.TASK_GUIDANCE_REQUESTED, true, id, r.requestedOn(),
                        new Messages.GuidanceRequested(id, r.requestedOn(), r.obstacle(), r.proposedSolution()));
            }
        });
    }

    /**
     * The task received from above broken down here: each sub-task made, completed, reopened or deleted changes the
     * roll-up (the share of sub-tasks completed), which goes up as the task's progress.
     */
    @EventListener
    public void on(TaskEvent.Written written) {
        if (written instanceof TaskEvent.TaskCreated || written instanceof TaskEvent.TaskCompleted
                || written instanceof TaskEvent.TaskReopened) {
            rollUp(written.task());
        }
    }

    @EventListener
    public void on(TaskEvent.TaskDeleted deleted) {
        rollUp(deleted.task());
    }

    private void rollUp(Task subTask) {
        if (subTask == null || subTask.parentTaskId() == null) {
            return;
        }
        incoming(subTask.agencyId(), subTask.parentTaskId()).ifPresent(link -> {
            TaskView parent = tasks.get(new CurrentUser(0, "federation", "Liên thông", Role.OFFICE, subTask.agencyId(),
                    null, null), subTask.parentTaskId(), null, null);
            TaskView.SubTasks s = parent.subTasks();
            if (s == null || s.total() == 0) {
                return;
            }
            String note = Message.of("federation.roll-up.note", s.completed(), s.total()).vietnamese();
            links.status(link.id(), Status.IN_PROGRESS, note, s.progressPercent(), null, clock.instant());
            outbox.write(link, Messages.Type.TASK_PROGRESS, new Messages.Progress(s.progressPercent(), note,
                    LocalDate.now(clock)));
        });
    }

    /** A completion reported up and withdrawn here is withdrawn there too. */
    @EventListener
    public void on(TaskEvent.TaskReopened reopened) {
        links.ofLocalTask(reopened.task().agencyId(), reopened.task().id())
                .filter(l -> l.direction() == Direction.INCOMING && l.status() == Status.COMPLETED).ifPresent(link -> {
                    links.status(link.id(), Status.IN_PROGRESS, null, null, null, clock.instant());
                    LocalDate today = LocalDate.now(clock);
                    linkHistory.said(link, Messages.Type.TASK_REOPENED, true, null, today, new Messages.Reopened(today, null));
                });
    }

    /** The lower side completes a task received from above: the completion goes up, in the same transaction. */
    @EventListener
    public void on(TaskEvent.TaskCompleted completed) {
        incoming(completed.task().agencyId(), completed.task().id()).ifPresent(link -> {
            LocalDate on = completed.task().completedAt();
            links.status(link.id(), Status.COMPLETED, null, 100, on, clock.instant());
            outbox.write(link, Messages.Type.TASK_COMPLETED, new Messages.Completed(on, null));
        });
    }

    /** The lead unit's progress report on a task received from above goes up. */
    @EventListener
    public void on(PlanEvent.ProgressReported reported) {
        if (!reported.byLeadUnit() || !(reported.audit().after() instanceof ProgressReport report)) {
            return;
        }
        incoming(reported.agencyId(), reported.taskId()).ifPresent(link -> {
            String note = report.done();
            links.status(link.id(), Status.IN_PROGRESS, note, report.percent(), null, clock.instant());
            outbox.write(link, Messages.Type.TASK_PROGRESS, new Messages.Progress(report.percent(), note,
                    LocalDate.ofInstant(report.createdAt(), java.time.ZoneId.of("Asia/Ho_Chi_Minh"))));
        });
    }

    private Optional<FederationLink> incoming(long agencyId, long taskId) {
        return links.ofLocalTask(agencyId, taskId).filter(l -> l.direction() == Direction.INCOMING)
                .filter(l -> l.status() == Status.ACCEPTED || l.status() == Status.IN_PROGRESS);
    }
}
