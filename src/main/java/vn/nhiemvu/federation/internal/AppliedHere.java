package vn.nhiemvu.federation.internal;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import vn.nhiemvu.directive.Directive;
import vn.nhiemvu.directive.Directives;
import vn.nhiemvu.directive.NewDirective;
import vn.nhiemvu.federation.FederationLink;
import vn.nhiemvu.identity.CurrentUser;
import vn.nhiemvu.identity.Role;
import vn.nhiemvu.task.GuidanceRequest;
import vn.nhiemvu.task.TaskDraft;
import vn.nhiemvu.task.TaskManagement;
import vn.nhiemvu.task.TaskView;

/**
 * What a message from above changes in the task made here when it was accepted (ADR 0052): a decision on a request
 * becomes the request's decision, so an approved extension moves the deadline the evaluation applies; a change of
 * the task above changes its title, description and deadline here, and its directive's cut-off. Before the acceptance
 * there is no task here: the link's assignment took the change, and the task is made from it.
 */
@Component
class AppliedHere {

    private static final Logger log = LoggerFactory.getLogger(AppliedHere.class);

    private final TaskManagement tasks;
    private final Directives directives;
    private final PeerDirectory peers;

    AppliedHere(TaskManagement tasks, Directives directives, PeerDirectory peers) {
        this.tasks = tasks;
        this.directives = directives;
        this.peers = peers;
    }

    /** Reads and writes as the Office of the agency would, on behalf of the level above. */
    private CurrentUser above(FederationLink link) {
        String name = peers.find(link.peerCode()).map(JdbcPeers.Peer::name).filter(n -> n != null && !n.isBlank())
                .orElse(link.peerCode());
        return new CurrentUser(0, "federation:" + link.peerCode(), name, Role.OFFICE, peers.ownAgencyId(), null, null);
    }

    /**
     * The request made here, if it is still open: decided as above. One decided here meanwhile (or not found) keeps
     * its decision; the message stays in the link's history either way.
     */
    void decided(FederationLink link, String requestId, GuidanceRequest.Decision decision, LocalDate deadline,
            String answer, LocalDate on) {
        if (link.localTaskId() == null) {
            return;
        }
        CurrentUser above = above(link);
        Optional<GuidanceRequest> open = tasks.guidanceRequests(above, link.localTaskId()).stream()
                .filter(r -> Long.toString(r.id()).equals(requestId))
                .filter(r -> r.state() == GuidanceRequest.State.OPEN).findFirst();
        if (open.isEmpty()) {
            log.info("Decision from {} on request {} of task {} not applied: no such open request", link.peerCode(),
                    requestId, link.localTaskId());
            return;
        }
        tasks.recordDecisionFromAbove(above.agencyId(), link.localTaskId(), open.get().id(), decision, deadline, answer,
                on, above.displayName());
    }

    void changed(FederationLink link, Messages.Changed c) {
        if (link.localTaskId() == null) {
            return;
        }
        CurrentUser above = above(link);
        TaskView t = tasks.get(above, link.localTaskId(), null, null);
        tasks.update(above, t.id(), t.version(), new TaskDraft(t.kind(), c.title(), c.description(),
                new TaskDraft.Ref(t.leadUnit().id(), null),
                t.coordinatingUnits().stream().map(u -> new TaskDraft.Ref(u.id(), null)).toList(),
                t.supervisingLeader() == null ? null : t.supervisingLeader().id(),
                t.directive() == null ? null : t.directive().id(), t.parent() == null ? null : t.parent().id(),
                c.deadline(), c.deadlineText(), t.product()));
        if (t.directive() != null) {
            directives.find(above, t.directive().id()).ifPresent(d -> cutoff(above, d, c.cutoff()));
        }
    }

    /**
     * The directive here takes the cut-off of the level above (its Chỉ thị 75 rule for requests made in time), so that
     * both installations judge the task's requests by the same day. Its own tasks sent further down follow, as after
     * any edit of the cut-off here.
     */
    void cutoff(CurrentUser above, Directive d, LocalDate cutoff) {
        if (Objects.equals(d.extensionCutoff(), cutoff)) {
            return;
        }
        directives.update(above, d.id(), d.version(), new NewDirective(d.kind(), d.number(), d.issuerAgencyId(), null,
                d.issueDate(), d.signer(), d.summary(), d.fullText(), cutoff));
    }
}
