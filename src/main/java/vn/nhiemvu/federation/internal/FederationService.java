package vn.nhiemvu.federation.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.nhiemvu.directive.Directive;
import vn.nhiemvu.directive.DirectiveKind;
import vn.nhiemvu.directive.Directives;
import vn.nhiemvu.directive.NewDirective;
import vn.nhiemvu.federation.Federation;
import vn.nhiemvu.federation.FederationLink;
import vn.nhiemvu.federation.FederationLink.Direction;
import vn.nhiemvu.federation.FederationLink.Status;
import vn.nhiemvu.identity.CurrentUser;
import vn.nhiemvu.organization.Agency;
import vn.nhiemvu.organization.Organization;
import vn.nhiemvu.plan.PlanEvent;
import vn.nhiemvu.plan.ProgressReport;
import vn.nhiemvu.shared.ConflictException;
import vn.nhiemvu.shared.ForbiddenException;
import vn.nhiemvu.shared.InvalidInputException;
import vn.nhiemvu.shared.Message;
import vn.nhiemvu.shared.NotFoundException;
import vn.nhiemvu.task.TaskDraft;
import vn.nhiemvu.task.TaskEvent;
import vn.nhiemvu.task.TaskKind;
import vn.nhiemvu.task.TaskManagement;
import vn.nhiemvu.task.TaskView;

/**
 * Sends tasks down and answers those received from above. Every message is written to the outbox in the transaction
 * of the change it tells of: an explicit command for the assignment down (a task is assigned to a peer by the
 * Office), listeners to the task and plan modules' events for what goes up (completion, the lead unit's progress).
 */
@Service
class FederationService implements Federation {

    private final TaskManagement tasks;
    private final Directives directives;
    private final Organization organization;
    private final PeerDirectory peers;
    private final JdbcLinks links;
    private final Outbox outbox;
    private final Wire wire;
    private final Clock clock;

    FederationService(TaskManagement tasks, Directives directives, Organization organization, PeerDirectory peers,
            JdbcLinks links, Outbox outbox, Wire wire, Clock clock) {
        this.tasks = tasks;
        this.directives = directives;
        this.organization = organization;
        this.peers = peers;
        this.links = links;
        this.outbox = outbox;
        this.wire = wire;
        this.clock = clock;
    }

    private static void requireOffice(CurrentUser user) {
        if (!user.managesAgency()) {
            throw new ForbiddenException(Message.of("forbidden.federation.tasks.office-only"));
        }
    }

    @Override
    @Transactional
    public FederationLink assign(CurrentUser user, long taskId, String peerCode) {
        requireOffice(user);
        if (peerCode == null || peerCode.isBlank()) {
            throw InvalidInputException.of("peer", Message.of("invalid.federation.peer.required"));
        }
        peers.require(peerCode);
        TaskView task = tasks.get(user, taskId, null, null);
        if (links.ofLocalTask(user.agencyId(), taskId).filter(l -> l.direction() == Direction.OUTGOING).isPresent()) {
            throw new ConflictException(ConflictException.Kind.STATE,
                    Message.of("conflict.federation.task.sent", taskId));
        }
        Messages.DirectiveInfo directive = null;
        if (task.directive() != null) {
            Directive d = directives.find(user, task.directive().id()).orElseThrow();
            String issuer = organization.agency(d.issuerAgencyId()).map(Agency::code).orElse(null);
            directive = new Messages.DirectiveInfo(d.kind().name(), d.number(), d.summary(), issuer, d.issueDate(),
                    d.extensionCutoff());
        }
        var body = new Messages.Assigned(directive, new Messages.AssignedTask(task.title(), task.description(),
                task.kind().name(), task.deadline(), task.deadlineText()));
        long id = links.insert(Direction.OUTGOING, peerCode, user.agencyId(), Long.toString(taskId), taskId, body,
                wire.write(body), Status.SENT, clock.instant());
        FederationLink link = links.find(id).orElseThrow();
        outbox.write(link, Messages.Type.TASK_ASSIGNED, body);
        return link;
    }

    private FederationLink waiting(CurrentUser user, long linkId) {
        requireOffice(user);
        FederationLink link = links.find(linkId).filter(l -> links.agencyOf(linkId).orElse(-1L) == user.agencyId())
                .filter(l -> l.direction() == Direction.INCOMING)
                .orElseThrow(() -> new NotFoundException(Message.of("notfound.federation.received.unknown", linkId)));
        if (link.status() != Status.WAITING) {
            throw new ConflictException(ConflictException.Kind.STATE,
                    Message.of("conflict.federation.received.handled"));
        }
        return link;
    }

    @Override
    @Transactional
    public FederationLink accept(CurrentUser user, long linkId, String leadUnitCode) {
        FederationLink link = waiting(user, linkId);
        if (leadUnitCode == null || leadUnitCode.isBlank()) {
            throw InvalidInputException.of("leadUnit", Message.of("invalid.federation.lead-unit.required"));
        }
        Messages.Assigned a = wire.read(links.assignment(linkId), Messages.Assigned.class);
        Long directiveId = a.directive() == null ? null : directiveOf(user, a.directive());
        TaskKind kind = enumOr(TaskKind.class, a.task().kind(), TaskKind.OTHER);
        TaskView created = tasks.create(user, new TaskDraft(kind, a.task().title(), a.task().description(),
                TaskDraft.Ref.ofCode(leadUnitCode.strip()), List.of(), null, directiveId, null, a.task().deadline(),
                a.task().deadlineText(), null));
        links.accepted(linkId, created.id(), clock.instant());
        FederationLink accepted = links.find(linkId).orElseThrow();
        outbox.write(accepted, Messages.Type.TASK_RECEIVED, new Messages.Received("accepted", null));
        return accepted;
    }

    /** The directive here with the number, else recorded as the upper level sent it (with its cut-off). */
    private long directiveOf(CurrentUser user, Messages.DirectiveInfo d) {
        Optional<Directive> known = directives.findByNumber(user.agencyId(), d.number());
        if (known.isPresent()) {
            return known.get().id();
        }
        return directives.record(user, new NewDirective(enumOr(DirectiveKind.class, d.kind(), DirectiveKind.OTHER),
                d.number(), null, d.issuerCode(), d.issueDate(), null, d.title(), null, d.cutoff())).id();
    }

    private static <E extends Enum<E>> E enumOr(Class<E> type, String name, E otherwise) {
        try {
            return name == null ? otherwise : Enum.valueOf(type, name);
        } catch (IllegalArgumentException e) {
            return otherwise;
        }
    }

    @Override
    @Transactional
    public FederationLink giveBack(CurrentUser user, long linkId, String reason) {
        FederationLink link = waiting(user, linkId);
        if (reason == null || reason.isBlank()) {
            throw InvalidInputException.of("reason", Message.of("invalid.federation.reason.required"));
        }
        if (reason.length() > 4000) {
            throw InvalidInputException.of("reason", Message.of("invalid.federation.reason.too-long", 4000));
        }
        links.status(link.id(), Status.RETURNED, reason.strip(), null, null, clock.instant());
        FederationLink returned = links.find(linkId).orElseThrow();
        outbox.write(returned, Messages.Type.TASK_RECEIVED, new Messages.Received("returned", reason.strip()));
        return returned;
    }

    @Override
    @Transactional(readOnly = true)
    public List<FederationLink> links(CurrentUser user, Direction direction) {
        List<FederationLink> all = links.list(user.agencyId(), direction);
        if (user.seesWholeAgency()) {
            return all;
        }
        var visible = new java.util.HashSet<>(tasks.visible(user,
                all.stream().map(FederationLink::localTaskId).filter(java.util.Objects::nonNull).toList()));
        return all.stream().filter(l -> l.localTaskId() != null && visible.contains(l.localTaskId())).toList();
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<FederationLink> ofTask(CurrentUser user, long taskId) {
        if (!tasks.isVisible(user, taskId)) {
            throw new NotFoundException(Message.of("notfound.task.task.unknown", taskId));
        }
        return links.ofLocalTask(user.agencyId(), taskId);
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
