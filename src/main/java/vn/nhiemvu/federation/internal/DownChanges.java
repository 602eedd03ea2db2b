package vn.nhiemvu.federation.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Objects;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import vn.nhiemvu.directive.Directive;
import vn.nhiemvu.directive.DirectiveEvent;
import vn.nhiemvu.federation.FederationLink;
import vn.nhiemvu.federation.FederationLink.Direction;
import vn.nhiemvu.federation.FederationLink.Status;
import vn.nhiemvu.task.Task;
import vn.nhiemvu.task.TaskEvent;

/**
 * Later changes of a task sent down go down after it, in the transaction of the change: an edit of its title,
 * description or deadline here, or of its directive's cut-off, becomes a {@code task.changed} with the task as it is
 * now (ADR 0052). A task returned or completed below is no longer followed.
 */
@Component
class DownChanges {

    private final JdbcLinks links;
    private final LinkHistory linkHistory;
    private final Clock clock;

    DownChanges(JdbcLinks links, LinkHistory linkHistory, Clock clock) {
        this.links = links;
        this.linkHistory = linkHistory;
        this.clock = clock;
    }

    @EventListener
    public void on(TaskEvent.TaskUpdated updated) {
        Task before = updated.before();
        Task after = updated.task();
        if (Objects.equals(before.title(), after.title()) && Objects.equals(before.description(), after.description())
                && Objects.equals(before.deadline(), after.deadline())
                && Objects.equals(before.deadlineText(), after.deadlineText())) {
            return;
        }
        links.ofLocalTask(after.agencyId(), after.id()).filter(DownChanges::followed).ifPresent(link -> send(link,
                new Messages.Changed(after.title(), after.description(), after.deadline(), after.deadlineText(),
                        link.cutoff(), LocalDate.now(clock))));
    }

    @EventListener
    public void on(DirectiveEvent.DirectiveUpdated updated) {
        if (!updated.extensionCutoffChanged() || !(updated.audit().after() instanceof Directive after)) {
            return;
        }
        for (FederationLink link : links.ofDirective(updated.agencyId(), after.number())) {
            if (followed(link)) {
                Messages.Changed now = current(link);
                send(link, new Messages.Changed(now.title(), now.description(), now.deadline(), now.deadlineText(),
                        after.extensionCutoff(), LocalDate.now(clock)));
            }
        }
    }

    private static boolean followed(FederationLink link) {
        return link.direction() == Direction.OUTGOING && link.status() != Status.RETURNED
                && link.status() != Status.COMPLETED;
    }

    /** The task as last sent (assigned, then each change). */
    private Messages.Changed current(FederationLink link) {
        Messages.Assigned a = links.assigned(link.id());
        return new Messages.Changed(a.task().title(), a.task().description(), a.task().deadline(),
                a.task().deadlineText(), link.cutoff(), null);
    }

    private void send(FederationLink link, Messages.Changed change) {
        links.changed(link.id(), change);
        linkHistory.said(link, Messages.Type.TASK_CHANGED, true, null, change.changedOn(), change);
    }
}
