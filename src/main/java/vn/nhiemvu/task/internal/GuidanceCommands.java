package vn.nhiemvu.task.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.nhiemvu.directive.Directive;
import vn.nhiemvu.evaluation.DeadlineChange;
import vn.nhiemvu.evaluation.EvaluationPolicy;
import vn.nhiemvu.evaluation.Evaluations;
import vn.nhiemvu.evaluation.TaskEvaluator;
import vn.nhiemvu.evaluation.TaskFacts;
import vn.nhiemvu.identity.CurrentUser;
import vn.nhiemvu.identity.Role;
import vn.nhiemvu.shared.ConflictException;
import vn.nhiemvu.shared.InvalidInputException;
import vn.nhiemvu.shared.Message;
import vn.nhiemvu.shared.NotFoundException;
import vn.nhiemvu.task.DeadlineChangeDraft;
import vn.nhiemvu.task.GuidanceRequest;
import vn.nhiemvu.task.Task;
import vn.nhiemvu.task.TaskDeadline;
import vn.nhiemvu.task.TaskEvent;
import vn.nhiemvu.task.TaskPermissions;

/**
 * A lead unit's requests for guidance or a new deadline, and leadership's decisions on them; a decided extension
 * becomes a {@linkplain DeadlineChanges deadline change}, dated by the request and the decision.
 */
@Service
@Transactional
class GuidanceCommands {

    private static final int MAX_TEXT = 4000;

    private final JdbcGuidanceRequests guidance;
    private final TasksInScope inScope;
    private final TaskViews views;
    private final Evaluations evaluations;
    private final DeadlineChanges deadlineChanges;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    GuidanceCommands(JdbcGuidanceRequests guidance, TasksInScope inScope, TaskViews views, Evaluations evaluations,
            DeadlineChanges deadlineChanges, ApplicationEventPublisher events, Clock clock) {
        this.guidance = guidance;
        this.inScope = inScope;
        this.views = views;
        this.evaluations = evaluations;
        this.deadlineChanges = deadlineChanges;
        this.events = events;
        this.clock = clock;
    }

    GuidanceRequest request(CurrentUser user, long taskId, GuidanceRequest.Kind kind, String obstacle,
            String proposedSolution, LocalDate proposedDeadline) {
        Task task = inScope.visible(user, taskId);
        TaskPermissions.check(user, task, TaskPermissions.Action.REQUEST_GUIDANCE);
        LocalDate today = inScope.today();
        var errors = new InvalidInputException.Collector();
        if (kind == null) {
            errors.add("kind", Message.of("invalid.task.kind.required"));
        }
        if (obstacle == null || obstacle.isBlank()) {
            errors.add("obstacle", Message.of("invalid.task.obstacle.required"));
        } else if (obstacle.length() > MAX_TEXT) {
            errors.add("obstacle", Message.of("invalid.task.obstacle.too-long", MAX_TEXT));
        }
        if (proposedSolution != null && proposedSolution.length() > MAX_TEXT) {
            errors.add("proposedSolution", Message.of("invalid.task.proposed-solution.too-long", MAX_TEXT));
        }
        if (kind == GuidanceRequest.Kind.EXTENSION) {
            if (proposedDeadline == null) {
                errors.add("proposedDeadline", Message.of("invalid.task.proposed-deadline.extension"));
            } else if (!proposedDeadline.isAfter(today) || proposedDeadline.isAfter(TaskDeadline.LATEST)) {
                errors.add("proposedDeadline", Message.of("invalid.task.proposed-deadline.future"));
            }
        }
        errors.throwIfAny();
        TaskEvaluator office = evaluations.evaluator(user.agencyId(), EvaluationPolicy.Kind.GOVERNMENT_OFFICE);
        var evaluated = views.evaluate(user.agencyId(), List.of(task), today, office);
        Directive directive = task.directiveId() == null ? null : evaluated.directives().get(task.directiveId());
        LocalDate cutoff = office.cutoff(new TaskFacts(task.deadline(), null,
                directive == null ? null : directive.extensionCutoff(), List.of()),
                evaluated.evaluations().get(taskId).applicableDeadline());
        var request = new GuidanceRequest(0, taskId, kind, obstacle.strip(), stripped(proposedSolution),
                kind == GuidanceRequest.Kind.EXTENSION ? proposedDeadline : null, today, user.username(), cutoff,
                GuidanceRequest.State.OPEN, null, null, null, null, 0, clock.instant());
        long id = guidance.insert(user.agencyId(), request);
        GuidanceRequest saved = guidance.find(taskId, id).orElseThrow();
        events.publishEvent(new TaskEvent.GuidanceRequested(task, saved, user.username()));
        return saved;
    }

    GuidanceRequest decide(CurrentUser user, long taskId, long requestId, GuidanceRequest.Decision decision,
            LocalDate approvedDeadline, String answer) {
        Task task = inScope.visible(user, taskId);
        GuidanceRequest request = guidance.find(taskId, requestId)
                .orElseThrow(() -> new NotFoundException(Message.of("notfound.task.request.unknown", requestId)));
        if (answer != null && answer.length() > MAX_TEXT) {
            throw InvalidInputException.of("answer", Message.of("invalid.task.answer.too-long", MAX_TEXT));
        }
        GuidanceRequest decided = request.decide(TaskPermissions.relation(user, task), decision, approvedDeadline,
                answer, inScope.today(), user.displayName());
        return saved(user, task, request, decided);
    }

    /** A decision taken by the level above on a task it assigned here (see {@link GuidanceRequest#decideAbove}). */
    GuidanceRequest decideAbove(long agencyId, long taskId, long requestId, GuidanceRequest.Decision decision,
            LocalDate approvedDeadline, String answer, LocalDate decidedOn, String decidedBy) {
        CurrentUser above = new CurrentUser(0, "federation", decidedBy, Role.OFFICE, agencyId, null, null);
        Task task = inScope.visible(above, taskId);
        GuidanceRequest request = guidance.find(taskId, requestId)
                .orElseThrow(() -> new NotFoundException(Message.of("notfound.task.request.unknown", requestId)));
        if (answer != null && answer.length() > MAX_TEXT) {
            throw InvalidInputException.of("answer", Message.of("invalid.task.answer.too-long", MAX_TEXT));
        }
        return saved(above, task, request, request.decideAbove(decision, approvedDeadline, answer, decidedOn,
                decidedBy));
    }

    private GuidanceRequest saved(CurrentUser user, Task task, GuidanceRequest request, GuidanceRequest decided) {
        long taskId = task.id();
        long requestId = request.id();
        if (!guidance.decide(decided)) {
            throw new ConflictException(ConflictException.Kind.STALE_VERSION,
                    Message.of("conflict.task.request.stale"));
        }
        if (request.kind() == GuidanceRequest.Kind.EXTENSION && decided.state() != GuidanceRequest.State.ANSWERED) {
            boolean approved = decided.state() == GuidanceRequest.State.APPROVED;
            deadlineChanges.save(user, task, new DeadlineChangeDraft(request.requestedOn(), request.proposedDeadline(),
                    approved ? decided.approvedDeadline() : null,
                    approved ? DeadlineChange.Decision.APPROVED : DeadlineChange.Decision.REJECTED, decided.decidedOn(),
                    decided.decidedBy(), "Đề nghị số " + requestId, decided.answer()));
        }
        GuidanceRequest saved = guidance.find(taskId, requestId).orElseThrow();
        events.publishEvent(new TaskEvent.GuidanceDecided(task, request, saved, user.username()));
        return saved;
    }

    private static String stripped(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
