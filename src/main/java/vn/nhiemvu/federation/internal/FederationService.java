package vn.nhiemvu.federation.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.nhiemvu.directive.Directive;
import vn.nhiemvu.directive.DirectiveKind;
import vn.nhiemvu.directive.Directives;
import vn.nhiemvu.directive.NewDirective;
import vn.nhiemvu.evaluation.Evaluation;
import vn.nhiemvu.evaluation.Evaluations;
import vn.nhiemvu.evaluation.TaskEvaluator;
import vn.nhiemvu.evaluation.TaskFacts;
import vn.nhiemvu.evaluation.DeadlineChange;
import vn.nhiemvu.federation.EvidenceFile;
import vn.nhiemvu.federation.Federation;
import vn.nhiemvu.federation.FederationPermissions;
import vn.nhiemvu.federation.FederationPermissions.Action;
import vn.nhiemvu.federation.LinkEvent;
import vn.nhiemvu.task.TaskPermissions;
import vn.nhiemvu.federation.PeerStanding;
import vn.nhiemvu.federation.SentTask;
import vn.nhiemvu.federation.FederationLink;
import vn.nhiemvu.federation.FederationLink.Direction;
import vn.nhiemvu.federation.FederationLink.Status;
import vn.nhiemvu.identity.CurrentUser;
import vn.nhiemvu.identity.Relation;
import vn.nhiemvu.organization.Agency;
import vn.nhiemvu.organization.Organization;
import vn.nhiemvu.shared.ConflictException;
import vn.nhiemvu.shared.InvalidInputException;
import vn.nhiemvu.shared.Message;
import vn.nhiemvu.shared.NotFoundException;
import vn.nhiemvu.task.TaskDraft;
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
    private final Evaluations evaluations;
    private final JdbcInbox inbox;
    private final FederationProperties properties;
    private final JdbcHistory history;
    private final LinkHistory linkHistory;
    private final AppliedHere here;
    private final Clock clock;

    FederationService(TaskManagement tasks, Directives directives, Organization organization, PeerDirectory peers,
            JdbcLinks links, Outbox outbox, Wire wire, Evaluations evaluations, JdbcInbox inbox,
            FederationProperties properties, JdbcHistory history, LinkHistory linkHistory, AppliedHere here,
            Clock clock) {
        this.here = here;
        this.tasks = tasks;
        this.directives = directives;
        this.organization = organization;
        this.peers = peers;
        this.links = links;
        this.outbox = outbox;
        this.wire = wire;
        this.evaluations = evaluations;
        this.inbox = inbox;
        this.properties = properties;
        this.history = history;
        this.linkHistory = linkHistory;
        this.clock = clock;
    }


    @Override
    @Transactional
    public FederationLink assign(CurrentUser user, long taskId, String peerCode) {
        FederationPermissions.POLICY.checkAny(user, Action.ASSIGN);
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
        FederationPermissions.POLICY.checkAny(user, Action.ANSWER);
        FederationLink link = linkOf(user, linkId, Direction.INCOMING);
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

    /**
     * The directive here with the number (taking the upper level's cut-off, when it sent one), else recorded as the
     * upper level sent it.
     */
    private long directiveOf(CurrentUser user, Messages.DirectiveInfo d) {
        Optional<Directive> known = directives.findByNumber(user.agencyId(), d.number());
        if (known.isPresent()) {
            if (d.cutoff() != null) {
                here.cutoff(user, known.get(), d.cutoff());
            }
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

    @Override
    @Transactional(readOnly = true)
    public List<SentTask> sent(CurrentUser user, LocalDate asOf) {
        TaskEvaluator evaluator = evaluations.evaluator(user.agencyId());
        List<FederationLink> sent = links(user, Direction.OUTGOING);
        Map<Long, List<JdbcHistory.Row>> said = history.of(sent.stream().map(FederationLink::id).toList()).stream()
                .collect(java.util.stream.Collectors.groupingBy(JdbcHistory.Row::linkId));
        return sent.stream().map(l -> evaluate(evaluator, l, said.getOrDefault(l.id(), List.of()), asOf)).toList();
    }

    /**
     * As the upper side judges it: the deadline sent, moved by the extensions it decided on (each request dated by
     * the lower side, against the directive's cut-off), the completion date reported.
     */
    private SentTask evaluate(TaskEvaluator evaluator, FederationLink link, List<JdbcHistory.Row> said,
            LocalDate asOf) {
        if (link.status() == Status.RETURNED) {
            return new SentTask(link, null, link.deadline());
        }
        List<DeadlineChange> changes = Extensions.changes(bodies(said, Messages.Type.TASK_EXTENSION_REQUESTED,
                Messages.ExtensionRequested.class), bodies(said, Messages.Type.TASK_EXTENSION_DECIDED,
                Messages.ExtensionDecided.class));
        Evaluation e = evaluator.evaluate(new TaskFacts(link.deadline(), link.completedOn(), link.cutoff(), changes),
                asOf);
        return new SentTask(link, e.status(), e.applicableDeadline());
    }

    @Override
    @Transactional(readOnly = true)
    public List<PeerStanding> standings(CurrentUser user, LocalDate asOf) {
        List<SentTask> sent = sent(user, asOf);
        Instant now = clock.instant();
        var codes = new java.util.TreeSet<String>();
        sent.forEach(t -> codes.add(t.link().peerCode()));
        peers.all().forEach(p -> codes.add(p.agencyCode()));
        Map<String, Instant> heard = inbox.lastHeard(codes);
        return codes.stream().map(code -> {
            List<SentTask> theirs = sent.stream().filter(t -> t.link().peerCode().equals(code))
                    .filter(t -> t.status() != null).toList();
            Instant waitingSince = theirs.stream().filter(t -> t.link().status() == Status.SENT)
                    .map(t -> t.link().updatedAt()).min(Instant::compareTo).orElse(null);
            return PeerStanding.of(code, theirs.stream().map(SentTask::status).toList(), heard.get(code),
                    waitingSince, now, properties.silentAfter());
        }).toList();
    }

    private <T> List<T> bodies(List<JdbcHistory.Row> rows, Messages.Type type, Class<T> as) {
        return rows.stream().filter(r -> r.type().equals(type.wire)).map(r -> wire.read(r.body(), as)).toList();
    }

    /** The link of the user's agency in that direction, whose task (if any yet) the user sees; else 404. */
    private FederationLink linkOf(CurrentUser user, long linkId, Direction direction) {
        return links.find(linkId).filter(l -> links.agencyOf(linkId).orElse(-1L) == user.agencyId())
                .filter(l -> l.direction() == direction)
                .filter(l -> user.seesWholeAgency() || l.localTaskId() != null && tasks.isVisible(user, l.localTaskId()))
                .orElseThrow(() -> new NotFoundException(Message.of(direction == Direction.INCOMING
                        ? "notfound.federation.received.unknown" : "notfound.federation.sent.unknown", linkId)));
    }

    @Override
    @Transactional(readOnly = true)
    public List<LinkEvent> history(CurrentUser user, long linkId) {
        FederationLink link = links.find(linkId)
                .orElseThrow(() -> new NotFoundException(Message.of("notfound.federation.link.unknown", linkId)));
        return linkHistory.events(history.of(List.of(linkOf(user, linkId, link.direction()).id())));
    }

    @Override
    @Transactional(readOnly = true)
    public Map<Long, List<LinkEvent>> histories(CurrentUser user, Collection<Long> linkIds) {
        var mine = new java.util.HashSet<Long>();
        for (FederationLink l : links(user, null)) {
            mine.add(l.id());
        }
        return linkHistory.events(history.of(linkIds.stream().filter(mine::contains).toList())).stream()
                .collect(java.util.stream.Collectors.groupingBy(LinkEvent::linkId));
    }

    @Override
    @Transactional
    public LinkEvent decideExtension(CurrentUser user, long linkId, String requestId, Boolean approve,
            LocalDate deadline, String note) {
        FederationLink link = linkOf(user, linkId, Direction.OUTGOING);
        FederationPermissions.POLICY.check(Action.DECIDE_EXTENSION, relationToTask(user, link));
        if (requestId == null || !history.has(linkId, Messages.Type.TASK_EXTENSION_REQUESTED, requestId)) {
            throw new NotFoundException(Message.of("notfound.federation.extension.unknown", requestId, linkId));
        }
        if (history.has(linkId, Messages.Type.TASK_EXTENSION_DECIDED, requestId)) {
            throw new ConflictException(ConflictException.Kind.STATE,
                    Message.of("conflict.federation.extension.decided"));
        }
        if (approve == null) {
            throw InvalidInputException.of("decision", Message.of("invalid.federation.decision.required"));
        }
        if (approve && deadline == null) {
            throw InvalidInputException.of("deadline", Message.of("invalid.federation.deadline.required"));
        }
        requireLength("note", note);
        var body = new Messages.ExtensionDecided(requestId, approve ? Messages.ExtensionDecided.APPROVED
                : Messages.ExtensionDecided.REJECTED, approve ? deadline : null, LocalDate.now(clock), strip(note));
        return linkHistory.said(link, Messages.Type.TASK_EXTENSION_DECIDED, true, requestId, body.decidedOn(), body);
    }

    @Override
    @Transactional
    public LinkEvent answerGuidance(CurrentUser user, long linkId, String requestId, Boolean answer, String text) {
        FederationLink link = linkOf(user, linkId, Direction.OUTGOING);
        // Whoever decides the peer's requests for a new deadline answers its requests for direction.
        FederationPermissions.POLICY.check(Action.DECIDE_EXTENSION, relationToTask(user, link));
        if (requestId == null || !history.has(linkId, Messages.Type.TASK_GUIDANCE_REQUESTED, requestId)) {
            throw new NotFoundException(Message.of("notfound.federation.guidance.unknown", requestId, linkId));
        }
        if (history.has(linkId, Messages.Type.TASK_GUIDANCE_ANSWERED, requestId)) {
            throw new ConflictException(ConflictException.Kind.STATE,
                    Message.of("conflict.federation.guidance.answered"));
        }
        if (answer == null) {
            throw InvalidInputException.of("decision", Message.of("invalid.federation.guidance-decision.required"));
        }
        if (answer && (text == null || text.isBlank())) {
            throw InvalidInputException.of("answer", Message.of("invalid.federation.answer.required"));
        }
        requireLength("answer", text);
        var body = new Messages.GuidanceAnswered(requestId, answer ? Messages.GuidanceAnswered.ANSWERED
                : Messages.GuidanceAnswered.REJECTED, strip(text), LocalDate.now(clock));
        return linkHistory.said(link, Messages.Type.TASK_GUIDANCE_ANSWERED, true, requestId, body.answeredOn(), body);
    }

    @Override
    @Transactional
    public LinkEvent urge(CurrentUser user, long linkId, String text, LocalDate replyBy) {
        FederationPermissions.POLICY.checkAny(user, Action.URGE);
        FederationLink link = linkOf(user, linkId, Direction.OUTGOING);
        if (link.status() == Status.RETURNED || link.status() == Status.COMPLETED) {
            throw new ConflictException(ConflictException.Kind.STATE, Message.of("conflict.federation.urge.closed"));
        }
        if (text == null || text.isBlank()) {
            throw InvalidInputException.of("text", Message.of("invalid.federation.urging.required"));
        }
        requireLength("text", text);
        LocalDate today = LocalDate.now(clock);
        if (replyBy != null && replyBy.isBefore(today)) {
            throw InvalidInputException.of("replyBy", Message.of("invalid.federation.reply-by.past", LinkHistory.day(today)));
        }
        var body = new Messages.Urged(today, text.strip(), replyBy);
        return linkHistory.said(link, Messages.Type.TASK_URGED, true, null, today, body);
    }

    @Override
    @Transactional
    public LinkEvent sendEvidence(CurrentUser user, long linkId, List<EvidenceFile> files, String note) {
        FederationLink link = linkOf(user, linkId, Direction.INCOMING);
        FederationPermissions.POLICY.check(Action.SEND_EVIDENCE, relationToTask(user, link));
        if (link.status() == Status.WAITING || link.status() == Status.RETURNED) {
            throw new ConflictException(ConflictException.Kind.STATE,
                    Message.of("conflict.federation.evidence.not-accepted"));
        }
        if (files == null || files.isEmpty()) {
            throw InvalidInputException.of("files", Message.of("invalid.federation.evidence.files-required"));
        }
        if (files.size() > 50) {
            throw InvalidInputException.of("files", Message.of("invalid.federation.evidence.too-many", 50));
        }
        for (EvidenceFile f : files) {
            EvidenceCheck.refusal(f).ifPresent(m -> {
                throw InvalidInputException.of("files", m);
            });
        }
        requireLength("note", note);
        var body = new Messages.Evidence(List.copyOf(files), strip(note));
        return linkHistory.said(link, Messages.Type.TASK_EVIDENCE, true, null, LocalDate.now(clock), body);
    }

    private Relation relationToTask(CurrentUser user, FederationLink link) {
        return link.localTaskId() == null ? Relation.OUTSIDER
                : TaskPermissions.relation(user, tasks.get(user, link.localTaskId(), null, null));
    }

    private static void requireLength(String field, String text) {
        if (text != null && text.length() > 4000) {
            throw InvalidInputException.of(field, Message.of("invalid.federation.reason.too-long", 4000));
        }
    }

    private static String strip(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }


}
