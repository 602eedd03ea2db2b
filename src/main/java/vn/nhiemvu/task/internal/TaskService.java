package vn.nhiemvu.task.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Predicate;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import vn.nhiemvu.deadline.DeadlineWording;
import vn.nhiemvu.deadline.WordedDeadline;
import vn.nhiemvu.directive.Directive;
import vn.nhiemvu.directive.Directives;
import vn.nhiemvu.evaluation.DeadlineChange;
import vn.nhiemvu.evaluation.Evaluation;
import vn.nhiemvu.evaluation.EvaluationPolicy;
import vn.nhiemvu.evaluation.Evaluations;
import vn.nhiemvu.evaluation.Rankings;
import vn.nhiemvu.evaluation.Scorecard;
import vn.nhiemvu.evaluation.TaskEvaluator;
import vn.nhiemvu.evaluation.TaskFacts;
import vn.nhiemvu.evaluation.TaskStatus;
import vn.nhiemvu.identity.CurrentUser;
import vn.nhiemvu.identity.Role;
import vn.nhiemvu.organization.Leader;
import vn.nhiemvu.organization.Organization;
import vn.nhiemvu.organization.Unit;
import vn.nhiemvu.shared.ConflictException;
import vn.nhiemvu.shared.Dates;
import vn.nhiemvu.shared.ForbiddenException;
import vn.nhiemvu.shared.InvalidInputException;
import vn.nhiemvu.shared.NotFoundException;
import vn.nhiemvu.shared.Text;
import vn.nhiemvu.shared.DisplayDates;
import vn.nhiemvu.task.CompletedBy;
import vn.nhiemvu.task.CompletionActions;
import vn.nhiemvu.task.CompletionPolicy;
import vn.nhiemvu.task.CompletionStep;
import vn.nhiemvu.task.DeadlineChangeDraft;
import vn.nhiemvu.task.GuidanceRequest;
import vn.nhiemvu.task.Task;
import vn.nhiemvu.task.TaskCountingFacts;
import vn.nhiemvu.task.TaskDeadlineChange;
import vn.nhiemvu.task.TaskDraft;
import vn.nhiemvu.task.TaskDue;
import vn.nhiemvu.task.TaskEvent;
import vn.nhiemvu.task.TaskFilter;
import vn.nhiemvu.task.TaskManagement;
import vn.nhiemvu.task.TaskPage;
import vn.nhiemvu.task.TaskPermissions;
import vn.nhiemvu.task.TaskResults;
import vn.nhiemvu.task.TaskSort;
import vn.nhiemvu.task.TaskStanding;
import vn.nhiemvu.task.TaskStep;
import vn.nhiemvu.task.TaskStepSource;
import vn.nhiemvu.task.TaskHeading;
import vn.nhiemvu.task.TaskView;
import vn.nhiemvu.task.UnitStatusCounts;

@Service
@Transactional(readOnly = true)
class TaskService implements TaskManagement {

    static final int MAX_TITLE = 500;
    static final int MAX_DESCRIPTION = 10_000;
    static final int MAX_DEADLINE_TEXT = 500;
    static final int MAX_PRODUCT = 2000;
    static final int MAX_COORDINATING = 50;
    static final LocalDate EARLIEST = LocalDate.of(1945, 9, 2);
    static final LocalDate LATEST = LocalDate.of(2199, 12, 31);

    private final JdbcTasks tasks;
    private final JdbcGuidanceRequests guidance;
    private final Organization organization;
    private final Directives directives;
    private final Evaluations evaluations;
    private final TaskViews views;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final CompletionPolicy completionPolicy;
    private final List<TaskStepSource> stepSources;
    private final TaskListing listing;
    private final DeadlineWording deadlineWording;

    TaskService(JdbcTasks tasks, TaskListing listing, JdbcGuidanceRequests guidance, Organization organization, Directives directives, Evaluations evaluations,
            TaskViews views, ApplicationEventPublisher events, Clock clock, CompletionPolicy completionPolicy,
            List<TaskStepSource> stepSources, DeadlineWording deadlineWording) {
        this.tasks = tasks;
        this.listing = listing;
        this.guidance = guidance;
        this.organization = organization;
        this.directives = directives;
        this.evaluations = evaluations;
        this.views = views;
        this.events = events;
        this.clock = clock;
        this.completionPolicy = completionPolicy;
        this.deadlineWording = deadlineWording;
        this.stepSources = List.copyOf(stepSources);
    }

    /** Rows read per query by recounts. */
    private static final int BATCH = 500;

    @Override
    public TaskPage list(CurrentUser user, TaskFilter filter, String cursor, int limit) {
        return listing.list(user, filter, cursor, limit);
    }

    @Override
    public TaskResults search(CurrentUser user, TaskFilter filter, TaskSort sort, int page, int size) {
        return listing.search(user, filter, sort, page, size);
    }

    @Override
    public void export(CurrentUser user, TaskFilter filter, Consumer<TaskView> each) {
        listing.export(user, filter, each);
    }

    @Override
    public TaskView get(CurrentUser user, long id, LocalDate asOf, EvaluationPolicy.Kind policy) {
        TaskView created = CreatedViews.find(user, id, asOfOrToday(asOf), policy);
        if (created != null) {
            return created;
        }
        return views.of(user.agencyId(), visible(user, id), asOfOrToday(asOf),
                evaluations.evaluator(user.agencyId(), policy));
    }

    @Override
    public boolean isVisible(CurrentUser user, long id) {
        return tasks.find(scope(user), id).isPresent();
    }

    @Override
    @Transactional
    public TaskView create(CurrentUser user, TaskDraft draft) {
        TaskPermissions.POLICY.checkAny(user, TaskPermissions.Action.CREATE);
        Task checked = check(user, draft, 0, 0, null);
        long id = tasks.insert(checked);
        Task created = tasks.find(scope(user), id).orElseThrow();
        // Evaluated once: the listeners of its creation that read the new task again (its notices) get this view.
        TaskView view = view(user, created);
        CreatedViews.during(created.agencyId(), view,
                () -> events.publishEvent(new TaskEvent.TaskCreated(created, user.username())));
        return view;
    }

    @Override
    @Transactional
    public TaskView update(CurrentUser user, long id, long expectedVersion, TaskDraft draft) {
        Task current = visible(user, id);
        TaskPermissions.check(user, current, TaskPermissions.Action.EDIT);
        if (current.version() != expectedVersion) {
            throw stale(id);
        }
        Task changed = check(user, draft, id, expectedVersion, current);
        if (!tasks.update(changed)) {
            throw stale(id);
        }
        Task updated = tasks.find(scope(user), id).orElseThrow();
        events.publishEvent(new TaskEvent.TaskUpdated(current, updated, user.username()));
        return view(user, updated);
    }

    @Override
    @Transactional
    public TaskView complete(CurrentUser user, long id, LocalDate completedAt, String reason) {
        Task current = visible(user, id);
        requireMayRecordCompletion(user, current);
        if (completedAt == null) {
            throw InvalidInputException.of("completedAt", "Chưa nhập ngày hoàn thành.");
        }
        if (current.isCompleted()) {
            throw new ConflictException(ConflictException.Kind.STATE,
                    "Nhiệm vụ đã được ghi nhận hoàn thành ngày " + DisplayDates.date(current.completedAt())
                            + "; hãy mở lại trước khi ghi ngày khác.");
        }
        return completeAs(user, current, completedAt,
                judged(user, current, completedAt, false, reason, "completedAt", "Ngày hoàn thành"));
    }

    @Override
    @Transactional
    public TaskView completeBySubmission(CurrentUser user, long id, LocalDate documentDate, String field) {
        Task current = visible(user, id);
        requireMayRecordCompletion(user, current);
        CompletedBy by = judged(user, current, documentDate, true, null, field, "Ngày văn bản trình");
        return current.isCompleted() ? view(user, current) : completeAs(user, current, documentDate, by);
    }

    private TaskView completeAs(CurrentUser user, Task current, LocalDate date, CompletedBy by) {
        TaskView view = save(user, current, current.completedOn(date, by), true);
        rollUp(user, current.parentTaskId(), by);
        return view;
    }

    /**
     * The completion judged by {@link CompletionPolicy}: who records it, or a 400 on the date's field (or on the
     * Office's reason), or a 409 naming the missing steps and the rules page.
     */
    private CompletedBy judged(CurrentUser user, Task task, LocalDate date, boolean bySubmission, String reason,
            String field, String what) {
        if (date.isBefore(EARLIEST)) {
            throw InvalidInputException.of(field, what + " không hợp lệ.");
        }
        var verdict = completionPolicy.judge(user, date, completionFacts(task), bySubmission, reason, what);
        if (verdict instanceof CompletionPolicy.Verdict.DateRefused refused) {
            throw InvalidInputException.of(field, refused.message());
        }
        if (verdict instanceof CompletionPolicy.Verdict.ReasonRequired required) {
            throw InvalidInputException.of("reason", required.message());
        }
        if (verdict instanceof CompletionPolicy.Verdict.StepsMissing missing) {
            throw new ConflictException(ConflictException.Kind.STATE, missing.message())
                    .with("missingSteps", missing.missing()).with("rules", CompletionPolicy.RULES_PAGE);
        }
        var allowed = (CompletionPolicy.Verdict.Allowed) verdict;
        return new CompletedBy(user.username(), CompletionPolicy.source(user, bySubmission),
                user.role() == Role.UNIT ? user.unitId() : null, allowed.beyondLimits(), allowed.skipped(),
                allowed.reason());
    }

    /** What a completion of the task is judged against: its directive, its entry, its recorded steps and its path. */
    private CompletionPolicy.Facts completionFacts(Task task) {
        var steps = new ArrayList<TaskStep>();
        guidance.ofTask(task.id()).stream().map(GuidanceRequest::requestedOn).max(LocalDate::compareTo)
                .ifPresent(on -> steps.add(new TaskStep(on, "đơn vị xin ý kiến chỉ đạo, đề nghị gia hạn")));
        var done = new EnumMap<CompletionStep, LocalDate>(CompletionStep.class);
        for (TaskStepSource source : stepSources) {
            source.latestStep(task.agencyId(), task.id()).ifPresent(steps::add);
            done.putAll(source.pathSteps(task.agencyId(), task.id()));
        }
        LocalDate directiveDate = task.directiveId() == null ? null
                : Optional.ofNullable(directives.byIds(task.agencyId(), List.of(task.directiveId())).get(task.directiveId()))
                        .map(Directive::issueDate).orElse(null);
        return new CompletionPolicy.Facts(task.kind(), today(), directiveDate,
                LocalDate.ofInstant(task.createdAt(), clock.getZone()), steps, done);
    }

    @Override
    public CompletionActions completionActions(CurrentUser user, long id) {
        Task task = visible(user, id);
        CompletionPolicy.Facts facts = completionFacts(task);
        List<CompletionStep> missing = completionPolicy.missing(facts);
        var steps = completionPolicy.required(task.kind()).stream()
                .map(step -> new CompletionActions.StepState(step, facts.done().get(step))).toList();
        boolean mayRecord = TaskPermissions.allows(user, task, TaskPermissions.Action.RECORD_COMPLETION)
                && !task.isCompleted();
        boolean office = user.managesAgency();
        String refusal = mayRecord ? completionPolicy.stepsMissing(user, facts, false)
                .map(CompletionPolicy.Verdict.StepsMissing::message).orElse(null) : null;
        boolean mayComplete = mayRecord && (office || missing.isEmpty());
        return new CompletionActions(mayComplete,
                task.isCompleted() && CompletionPolicy.reopenRefusal(user, task).isEmpty(),
                mayComplete ? completionPolicy.earliest(user, facts) : null, today(), task.kind(), steps, refusal,
                mayComplete && office && !missing.isEmpty(),
                mayComplete && office ? completionPolicy.earliestWithoutReason(facts) : null,
                completionPolicy.completesBySubmission(task.kind()));
    }

    /**
     * The roll-up rule: a task broken down into sub-tasks is completed when its last sub-task is, on
     * that sub-task's date. It runs for whoever completed the last sub-task, as part of that change.
     */
    private void rollUp(CurrentUser user, Long parentId, CompletedBy by) {
        while (parentId != null) {
            Task parent = tasks.findAny(parentId).orElse(null);
            if (parent == null || parent.isCompleted() || tasks.openSubTasks(parentId) > 0) {
                return;
            }
            // Recorded on the same authority as the sub-task's completion; its date is derived, not chosen.
            Task completed = parent.completedOn(tasks.lastSubTaskCompletion(parentId),
                    new CompletedBy(by.username(), by.source(), by.unitId(), false, List.of(), null));
            if (!tasks.update(completed)) {
                throw stale(parentId);
            }
            events.publishEvent(new TaskEvent.TaskCompleted(parent, tasks.findAny(parentId).orElseThrow(),
                    user.username()));
            parentId = parent.parentTaskId();
        }
    }

    @Override
    @Transactional
    public TaskView reopen(CurrentUser user, long id) {
        Task current = visible(user, id);
        requireMayRecordCompletion(user, current);
        if (!current.isCompleted()) {
            throw new ConflictException(ConflictException.Kind.STATE, "Nhiệm vụ chưa hoàn thành nên không cần mở lại.");
        }
        CompletionPolicy.reopenRefusal(user, current).ifPresent(reason -> {
            throw new ForbiddenException(reason);
        });
        return save(user, current, current.reopened(), false);
    }

    @Override
    @Transactional
    public void delete(CurrentUser user, long id) {
        Task task = visible(user, id);
        TaskPermissions.check(user, task, TaskPermissions.Action.DELETE);
        if (tasks.hasSubTasks(id)) {
            throw new ConflictException(ConflictException.Kind.STATE,
                    "Nhiệm vụ số " + id + " đã được giao thành nhiệm vụ con; hãy xóa các nhiệm vụ con trước.");
        }
        // Published first: listeners (audit, read models) still read the task's rows in this transaction.
        events.publishEvent(new TaskEvent.TaskDeleted(task, user.username()));
        try {
            tasks.delete(id);
        } catch (DataIntegrityViolationException e) {
            throw new ConflictException(ConflictException.Kind.STATE, "Nhiệm vụ số " + id
                    + " đã có kế hoạch, báo cáo tiến độ hoặc hồ sơ nên không xóa được; hãy ghi nhận hoàn thành hoặc sửa nhiệm vụ.");
        }
    }

    @Override
    public List<GuidanceRequest> waitingForDecision(CurrentUser user, int limit) {
        if (limit < 1 || limit > MAX_LIMIT) {
            throw InvalidInputException.of("limit", "Số bản ghi (limit) phải từ 1 đến " + MAX_LIMIT + ".");
        }
        return guidance.open(scope(user), limit);
    }

    @Override
    public TaskCountingFacts facts(Task task) {
        return views.countingFacts(task.agencyId(), List.of(task)).get(task.id());
    }

    @Override
    public void forEachWithFacts(long agencyId, java.util.function.BiConsumer<Task, TaskCountingFacts> action) {
        TaskScope scope = TaskScope.agency(agencyId);
        long after = 0;
        List<Task> rows;
        do {
            rows = tasks.page(scope, List.of(), Map.of(), after, BATCH);
            Map<Long, TaskCountingFacts> facts = views.countingFacts(agencyId, rows);
            rows.forEach(t -> action.accept(t, facts.get(t.id())));
            after = rows.isEmpty() ? after : rows.get(rows.size() - 1).id();
        } while (rows.size() == BATCH);
    }

    /** Rows read per query by a sweep. */
    private static final int SWEEP_BATCH = 2000;

    private static final Set<TaskStatus> OPEN = Set.of(TaskStatus.IN_PROGRESS, TaskStatus.DUE_SOON, TaskStatus.OVERDUE);

    /** Outside a transaction: each page's handler may write in a transaction of its own (a sweep commits per page). */
    @Override
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    public void forEachOpenDueBy(long agencyId, LocalDate asOf, LocalDate deadlineUpTo, Consumer<List<TaskDue>> page) {
        TaskEvaluator evaluator = evaluations.evaluator(agencyId);
        long after = 0;
        List<Task> rows;
        do {
            rows = tasks.openDueBy(agencyId, asOf, deadlineUpTo, after, SWEEP_BATCH);
            Map<Long, TaskFacts> facts = views.facts(agencyId, rows);
            var due = new ArrayList<TaskDue>();
            for (Task t : rows) {
                Evaluation e = evaluator.evaluate(facts.get(t.id()), asOf);
                // SQL could only narrow by the original deadline: the applicable one decides.
                if (OPEN.contains(e.status()) && !e.applicableDeadline().isAfter(deadlineUpTo)) {
                    due.add(new TaskDue(t.id(), t.title(), t.leadUnitId(), t.supervisingLeaderId(), e));
                }
            }
            if (!due.isEmpty()) {
                page.accept(due);
            }
            after = rows.isEmpty() ? after : rows.get(rows.size() - 1).id();
        } while (rows.size() == SWEEP_BATCH);
    }

    private TaskView save(CurrentUser user, Task before, Task after, boolean completed) {
        if (!tasks.update(after)) {
            throw stale(before.id());
        }
        Task saved = tasks.find(scope(user), before.id()).orElseThrow();
        events.publishEvent(completed
                ? new TaskEvent.TaskCompleted(before, saved, user.username())
                : new TaskEvent.TaskReopened(before, saved, user.username()));
        return view(user, saved);
    }

    @Override
    @Transactional
    public TaskView recordDeadlineChange(CurrentUser user, long id, DeadlineChangeDraft draft) {
        Task task = visible(user, id);
        TaskPermissions.check(user, task, TaskPermissions.Action.RECORD_DEADLINE_CHANGE);
        var errors = new InvalidInputException.Collector();
        LocalDate today = today();
        if (draft.requestedOn() == null) {
            errors.add("requestedOn", "Chưa nhập ngày đơn vị gửi đề nghị.");
        } else if (draft.requestedOn().isAfter(today)) {
            errors.add("requestedOn", "Ngày đề nghị không được sau ngày hôm nay.");
        }
        if (draft.proposedDeadline() == null) {
            errors.add("proposedDeadline", "Chưa nhập thời hạn đề nghị.");
        } else if (draft.proposedDeadline().isBefore(EARLIEST) || draft.proposedDeadline().isAfter(LATEST)) {
            errors.add("proposedDeadline", "Thời hạn đề nghị phải trong khoảng 1945–2199.");
        }
        if (draft.decision() == null) {
            errors.add("decision", "Chưa chọn quyết định (APPROVED: phê duyệt, REJECTED: không phê duyệt).");
        }
        // Approved with no other date: the date asked for is the one granted.
        LocalDate approved = draft.decision() != DeadlineChange.Decision.APPROVED ? null
                : draft.approvedDeadline() != null ? draft.approvedDeadline() : draft.proposedDeadline();
        if (draft.approvedDeadline() != null && draft.decision() == DeadlineChange.Decision.REJECTED) {
            errors.add("approvedDeadline", "Không phê duyệt thì không có thời hạn được phê duyệt; hãy để trống.");
        } else if (approved != null && (approved.isBefore(EARLIEST) || approved.isAfter(LATEST))) {
            errors.add("approvedDeadline", "Thời hạn được phê duyệt phải trong khoảng 1945–2199.");
        } else if (approved != null && draft.requestedOn() != null && !approved.isAfter(draft.requestedOn())) {
            errors.add(draft.approvedDeadline() != null ? "approvedDeadline" : "proposedDeadline",
                    "Thời hạn được phê duyệt (" + DisplayDates.date(approved) + ") phải sau ngày đề nghị ("
                            + DisplayDates.date(draft.requestedOn()) + ").");
        }
        if (draft.decidedOn() == null) {
            errors.add("decidedOn", "Chưa nhập ngày quyết định.");
        } else if (draft.decidedOn().isAfter(today)) {
            errors.add("decidedOn", "Ngày quyết định không được sau ngày hôm nay.");
        } else if (draft.requestedOn() != null && draft.decidedOn().isBefore(draft.requestedOn())) {
            errors.add("decidedOn", "Ngày quyết định không được trước ngày đề nghị.");
        }
        if (draft.decidedBy() == null || draft.decidedBy().isBlank()) {
            errors.add("decidedBy", "Chưa nhập người quyết định.");
        } else if (draft.decidedBy().length() > 200) {
            errors.add("decidedBy", "Tên người quyết định dài quá 200 ký tự.");
        }
        if (draft.requestRef() != null && draft.requestRef().length() > 200) {
            errors.add("requestRef", "Số văn bản đề nghị dài quá 200 ký tự.");
        }
        if (draft.reason() != null && draft.reason().length() > 2000) {
            errors.add("reason", "Lý do dài quá 2000 ký tự.");
        }
        errors.throwIfAny();
        saveDeadlineChange(user, task, new DeadlineChangeDraft(draft.requestedOn(), draft.proposedDeadline(), approved,
                draft.decision(), draft.decidedOn(), draft.decidedBy(), draft.requestRef(), draft.reason()));
        return view(user, task);
    }

    private void saveDeadlineChange(CurrentUser user, Task task, DeadlineChangeDraft draft) {
        LocalDate previous = deadlineInForce(user, task).applicableDeadline();
        long changeId = tasks.insertDeadlineChange(task, previous, draft, user.username());
        TaskDeadlineChange change = tasks.deadlineChanges(List.of(task.id())).get(task.id()).stream()
                .filter(c -> c.id() == changeId).findFirst().orElseThrow();
        events.publishEvent(new TaskEvent.TaskDeadlineChangeRecorded(task, change, user.username()));
    }

    /** The task evaluated today the Government Office's way: its deadline after every approval. */
    private Evaluation deadlineInForce(CurrentUser user, Task task) {
        return views.evaluate(user.agencyId(), List.of(task), today(),
                evaluations.evaluator(user.agencyId(), EvaluationPolicy.Kind.GOVERNMENT_OFFICE))
                .evaluations().get(task.id());
    }

    @Override
    public List<GuidanceRequest> openGuidanceRequests(CurrentUser user) {
        return guidance.open(scope(user));
    }

    @Override
    public List<GuidanceRequest> guidanceRequests(CurrentUser user, long taskId) {
        visible(user, taskId);
        return guidance.ofTask(taskId);
    }

    @Override
    @Transactional
    public GuidanceRequest requestGuidance(CurrentUser user, long taskId, GuidanceRequest.Kind kind, String obstacle,
            String proposedSolution, LocalDate proposedDeadline) {
        Task task = visible(user, taskId);
        TaskPermissions.check(user, task, TaskPermissions.Action.REQUEST_GUIDANCE);
        LocalDate today = today();
        var errors = new InvalidInputException.Collector();
        if (kind == null) {
            errors.add("kind", "Chưa chọn loại đề nghị (GUIDANCE: xin ý kiến chỉ đạo, EXTENSION: đề nghị gia hạn).");
        }
        if (obstacle == null || obstacle.isBlank()) {
            errors.add("obstacle", "Chưa nêu khó khăn, vướng mắc.");
        } else if (obstacle.length() > 4000) {
            errors.add("obstacle", "Khó khăn, vướng mắc dài quá 4000 ký tự.");
        }
        if (proposedSolution != null && proposedSolution.length() > 4000) {
            errors.add("proposedSolution", "Phương án đề xuất dài quá 4000 ký tự.");
        }
        if (kind == GuidanceRequest.Kind.EXTENSION) {
            if (proposedDeadline == null) {
                errors.add("proposedDeadline", "Đề nghị gia hạn cần thời hạn đề xuất.");
            } else if (!proposedDeadline.isAfter(today) || proposedDeadline.isAfter(LATEST)) {
                errors.add("proposedDeadline", "Thời hạn đề xuất phải sau ngày hôm nay.");
            }
        }
        errors.throwIfAny();
        TaskEvaluator office = evaluations.evaluator(user.agencyId(), EvaluationPolicy.Kind.GOVERNMENT_OFFICE);
        var evaluated = views.evaluate(user.agencyId(), List.of(task), today, office);
        Directive directive = task.directiveId() == null ? null : evaluated.directives().get(task.directiveId());
        LocalDate cutoff = office.cutoff(new TaskFacts(task.deadline(), null,
                directive == null ? null : directive.extensionCutoff(), List.of()),
                evaluated.evaluations().get(taskId).applicableDeadline());
        var request = new GuidanceRequest(0, taskId, kind, obstacle.strip(), strip(proposedSolution),
                kind == GuidanceRequest.Kind.EXTENSION ? proposedDeadline : null, today, user.username(), cutoff,
                GuidanceRequest.State.OPEN, null, null, null, null, 0, clock.instant());
        long id = guidance.insert(user.agencyId(), request);
        GuidanceRequest saved = guidance.find(taskId, id).orElseThrow();
        events.publishEvent(new TaskEvent.GuidanceRequested(task, saved, user.username()));
        return saved;
    }

    @Override
    @Transactional
    public GuidanceRequest decideGuidance(CurrentUser user, long taskId, long requestId,
            GuidanceRequest.Decision decision, LocalDate approvedDeadline, String answer) {
        Task task = visible(user, taskId);
        GuidanceRequest request = guidance.find(taskId, requestId)
                .orElseThrow(() -> new NotFoundException("Không tìm thấy đề nghị số " + requestId + "."));
        if (answer != null && answer.length() > 4000) {
            throw InvalidInputException.of("answer", "Ý kiến chỉ đạo dài quá 4000 ký tự.");
        }
        GuidanceRequest decided = request.decide(TaskPermissions.relation(user, task), decision, approvedDeadline,
                answer, today(), user.displayName());
        if (!guidance.decide(decided)) {
            throw new ConflictException(ConflictException.Kind.STALE_VERSION,
                    "Đề nghị vừa được người khác cho ý kiến; hãy tải lại.");
        }
        if (request.kind() == GuidanceRequest.Kind.EXTENSION && decided.state() != GuidanceRequest.State.ANSWERED) {
            boolean approved = decided.state() == GuidanceRequest.State.APPROVED;
            saveDeadlineChange(user, task, new DeadlineChangeDraft(request.requestedOn(), request.proposedDeadline(),
                    approved ? decided.approvedDeadline() : null,
                    approved ? DeadlineChange.Decision.APPROVED : DeadlineChange.Decision.REJECTED, decided.decidedOn(),
                    decided.decidedBy(), "Đề nghị số " + requestId, decided.answer()));
        }
        GuidanceRequest saved = guidance.find(taskId, requestId).orElseThrow();
        events.publishEvent(new TaskEvent.GuidanceDecided(task, request, saved, user.username()));
        return saved;
    }

    @Override
    public List<Scorecard> scorecards(CurrentUser user, RankingSubject subject, LocalDate from, LocalDate to,
            LocalDate asOf, EvaluationPolicy.Kind policy) {
        if (from == null || to == null || to.isBefore(from)) {
            throw InvalidInputException.of("to", "Kỳ đánh giá không hợp lệ: ngày kết thúc phải sau ngày bắt đầu.");
        }
        LocalDate date = asOfOrToday(asOf);
        TaskEvaluator evaluator = evaluations.evaluator(user.agencyId(), policy);
        var rankings = new Rankings(from, to, date);
        Map<Long, Unit> units = new HashMap<>();
        organization.units(user.agencyId()).forEach(u -> units.put(u.id(), u));
        Map<Long, Leader> leaders = new HashMap<>();
        organization.leaders(user.agencyId()).forEach(l -> leaders.put(l.id(), l));
        if (user.seesWholeAgency()) {
            if (subject == RankingSubject.UNITS) {
                units.values().forEach(u -> rankings.enter(u.code(), u.name()));
            } else {
                leaders.values().forEach(l -> rankings.enter(l.slug(), l.title() + " " + l.fullName()));
            }
        }
        forEachEvaluated(user, date, evaluator, (task, evaluation) -> {
            if (subject == RankingSubject.UNITS) {
                Unit unit = units.get(task.leadUnitId());
                rankings.count(unit.code(), unit.name(), evaluation);
            } else if (task.supervisingLeaderId() != null && leaders.containsKey(task.supervisingLeaderId())) {
                Leader leader = leaders.get(task.supervisingLeaderId());
                rankings.count(leader.slug(), leader.title() + " " + leader.fullName(), evaluation);
            }
        });
        return rankings.ranked();
    }

    /** Evaluates every task in the user's scope, in batches. */
    private void forEachEvaluated(CurrentUser user, LocalDate asOf, TaskEvaluator evaluator,
            java.util.function.BiConsumer<Task, Evaluation> action) {
        TaskScope scope = scope(user);
        long after = 0;
        List<Task> rows;
        do {
            rows = tasks.page(scope, List.of(), Map.of(), after, BATCH);
            var evaluated = views.evaluate(user.agencyId(), rows, asOf, evaluator);
            rows.forEach(t -> action.accept(t, evaluated.evaluations().get(t.id())));
            after = rows.isEmpty() ? after : rows.get(rows.size() - 1).id();
        } while (rows.size() == BATCH);
    }

    @Override
    public List<UnitStatusCounts> countByUnit(CurrentUser user, LocalDate asOf, EvaluationPolicy.Kind policy) {
        LocalDate date = asOfOrToday(asOf);
        TaskEvaluator evaluator = evaluations.evaluator(user.agencyId(), policy);
        var counts = new HashMap<Long, EnumMap<TaskStatus, Long>>();
        forEachEvaluated(user, date, evaluator, (task, evaluation) -> counts
                .computeIfAbsent(task.leadUnitId(), k -> new EnumMap<>(TaskStatus.class))
                .merge(evaluation.status(), 1L, Long::sum));
        var result = new ArrayList<UnitStatusCounts>();
        for (Unit unit : organization.units(user.agencyId())) {
            var unitCounts = counts.get(unit.id());
            if (unitCounts == null && !user.seesWholeAgency()) {
                continue;
            }
            var byStatus = new EnumMap<TaskStatus, Long>(TaskStatus.class);
            for (TaskStatus status : TaskStatus.values()) {
                byStatus.put(status, unitCounts == null ? 0L : unitCounts.getOrDefault(status, 0L));
            }
            long total = byStatus.values().stream().mapToLong(Long::longValue).sum();
            result.add(new UnitStatusCounts(new TaskView.UnitRef(unit.id(), unit.code(), unit.name()), byStatus, total));
        }
        return result;
    }

    @Override
    public List<TaskStanding> standings(CurrentUser user, List<LocalDate> asOf, EvaluationPolicy.Kind policy) {
        if (asOf == null || asOf.isEmpty() || asOf.stream().anyMatch(java.util.Objects::isNull)) {
            throw InvalidInputException.of("asOf", "Chưa có ngày tính.");
        }
        TaskEvaluator evaluator = evaluations.evaluator(user.agencyId(), policy);
        TaskScope scope = scope(user);
        Map<Long, List<DeadlineChange>> changes = tasks.deadlineChangeFacts(scope);
        var rows = new ArrayList<Task>();
        tasks.forEachBrief(scope, rows::add);
        rows.sort(java.util.Comparator.comparingLong(Task::id));
        Map<Long, Directive> docs = directives.byIds(user.agencyId(),
                rows.stream().map(Task::directiveId).filter(java.util.Objects::nonNull).distinct().toList());
        var result = new ArrayList<TaskStanding>(rows.size());
        // Tasks with the same deadline (and completion) stand the same way: one shared instance per distinct
        // evaluation, not one per task and date. At 100,000 tasks the evaluations' sentences were most of what the
        // report holds while it is computed, copied by every young collection.
        var shared = new HashMap<Evaluation, Evaluation>();
        for (Task t : rows) {
            Directive d = t.directiveId() == null ? null : docs.get(t.directiveId());
            var facts = new TaskFacts(t.deadline(), t.completedAt(), d == null ? null : d.extensionCutoff(),
                    changes.getOrDefault(t.id(), List.of()));
            var evaluated = new ArrayList<Evaluation>(asOf.size());
            for (LocalDate date : asOf) {
                Evaluation e = evaluator.evaluate(facts, date);
                evaluated.add(shared.computeIfAbsent(e, k -> k));
            }
            result.add(new TaskStanding(t.id(), t.title(), t.kind(), t.directiveId(), t.leadUnitId(),
                    t.supervisingLeaderId(), t.deadline(), t.deadlineText(), t.completedAt(), t.createdAt(),
                    t.assignedOn(d == null ? null : d.issueDate(), clock.getZone()), evaluated));
        }
        return result;
    }

    @Override
    public Map<Long, GuidanceRequest> latestGuidanceRequests(CurrentUser user, java.util.Collection<Long> taskIds,
            LocalDate asOf) {
        return guidance.latest(visible(user, taskIds), asOf);
    }

    @Override
    public List<Long> visible(CurrentUser user, java.util.Collection<Long> taskIds) {
        TaskScope scope = scope(user);
        return byThousand(taskIds, ids -> tasks.visibleIds(scope, ids));
    }

    @Override
    public Map<Long, TaskHeading> headings(CurrentUser user, java.util.Collection<Long> taskIds) {
        TaskScope scope = scope(user);
        var headings = new HashMap<Long, TaskHeading>();
        byThousand(taskIds, ids -> tasks.headings(scope, ids)).forEach(h -> headings.put(h.id(), h));
        return headings;
    }

    /** The answers for distinct ids asked a thousand at a time, so that no IN list grows with the caller's list. */
    private static <T> List<T> byThousand(java.util.Collection<Long> taskIds,
            java.util.function.Function<List<Long>, List<T>> query) {
        var answers = new ArrayList<T>();
        var ids = List.copyOf(new LinkedHashSet<>(taskIds));
        for (int i = 0; i < ids.size(); i += 1000) {
            answers.addAll(query.apply(ids.subList(i, Math.min(ids.size(), i + 1000))));
        }
        return answers;
    }

    private TaskView view(CurrentUser user, Task task) {
        return views.of(user.agencyId(), task, today(), evaluations.evaluator(user.agencyId()));
    }

    private void requireMayRecordCompletion(CurrentUser user, Task task) {
        TaskPermissions.check(user, task, TaskPermissions.Action.RECORD_COMPLETION);
    }

    private Task visible(CurrentUser user, long id) {
        return tasks.find(scope(user), id)
                .orElseThrow(() -> new NotFoundException("Không tìm thấy nhiệm vụ số " + id + "."));
    }

    private TaskScope scope(CurrentUser user) {
        return TaskScope.of(user, organization);
    }

    private static ConflictException stale(long id) {
        return new ConflictException(ConflictException.Kind.STALE_VERSION,
                "Nhiệm vụ số " + id + " đã được người khác sửa; hãy tải lại rồi sửa tiếp.");
    }

    /** Checks every field, collecting all errors, and builds the task to store. */
    private Task check(CurrentUser user, TaskDraft draft, long id, long version, Task current) {
        var errors = new InvalidInputException.Collector();
        String title = strip(draft.title());
        if (title == null) {
            errors.add("title", "Tên nhiệm vụ không được để trống.");
        } else if (title.length() > MAX_TITLE) {
            errors.add("title", "Tên nhiệm vụ dài quá " + MAX_TITLE + " ký tự (hiện có " + title.length() + ").");
        }
        String description = strip(draft.description());
        if (description != null && description.length() > MAX_DESCRIPTION) {
            errors.add("description", "Nội dung dài quá " + MAX_DESCRIPTION + " ký tự.");
        }
        String deadlineText = strip(draft.deadlineText());
        if (deadlineText != null && deadlineText.length() > MAX_DEADLINE_TEXT) {
            errors.add("deadlineText", "Thời hạn theo văn bản dài quá " + MAX_DEADLINE_TEXT + " ký tự.");
        }
        String product = strip(draft.product());
        if (product != null && product.length() > MAX_PRODUCT) {
            errors.add("product", "Sản phẩm dài quá " + MAX_PRODUCT + " ký tự.");
        }
        Optional<Unit> lead = Optional.empty();
        if (draft.leadUnit() == null || draft.leadUnit().isEmpty()) {
            errors.add("leadUnit", "Chưa chọn đơn vị chủ trì.");
        } else {
            lead = unit(user, draft.leadUnit());
            if (lead.isEmpty()) {
                errors.add("leadUnit", "Không tìm thấy đơn vị chủ trì " + draft.leadUnit() + ".");
            }
        }
        var coordinating = new LinkedHashSet<Long>();
        if (draft.coordinatingUnits().size() > MAX_COORDINATING) {
            errors.add("coordinatingUnits", "Không quá " + MAX_COORDINATING + " đơn vị phối hợp.");
        }
        for (int i = 0; i < draft.coordinatingUnits().size(); i++) {
            TaskDraft.Ref ref = draft.coordinatingUnits().get(i);
            Optional<Unit> unit = ref == null || ref.isEmpty() ? Optional.empty() : unit(user, ref);
            if (unit.isEmpty()) {
                errors.add("coordinatingUnits[" + i + "]", "Không tìm thấy đơn vị phối hợp " + ref + ".");
            } else if (lead.isPresent() && unit.get().id() == lead.get().id()) {
                errors.add("coordinatingUnits[" + i + "]",
                        "Đơn vị chủ trì không đồng thời là đơn vị phối hợp (" + unit.get().name() + ").");
            } else {
                coordinating.add(unit.get().id());
            }
        }
        if (draft.supervisingLeaderId() != null
                && organization.leader(user.agencyId(), draft.supervisingLeaderId()).isEmpty()) {
            errors.add("supervisingLeader", "Không tìm thấy Lãnh đạo Bộ số " + draft.supervisingLeaderId() + ".");
        }
        Optional<Directive> directive = Optional.empty();
        if (draft.directiveId() != null) {
            directive = directives.find(user, draft.directiveId());
            if (directive.isEmpty()) {
                errors.add("directive", "Không tìm thấy văn bản chỉ đạo số " + draft.directiveId() + ".");
            }
        }
        Optional<Task> parent = Optional.empty();
        if (draft.parentTaskId() != null) {
            parent = tasks.find(scope(user), draft.parentTaskId());
            if (parent.isEmpty()) {
                errors.add("parent", "Không tìm thấy nhiệm vụ cha số " + draft.parentTaskId() + ".");
            } else if (parent.get().id() == id || isDescendant(parent.get(), id)) {
                errors.add("parent", "Nhiệm vụ không thể là nhiệm vụ con của chính nó.");
            }
        }
        LocalDate deadline = draft.deadline();
        if (deadline != null && parent.isPresent()) {
            LocalDate parentDeadline = deadlineInForce(user, parent.get()).applicableDeadline();
            if (parentDeadline != null && deadline.isAfter(parentDeadline)) {
                errors.add("deadline", "Thời hạn của nhiệm vụ con (" + Dates.format(deadline)
                        + ") không được muộn hơn thời hạn của nhiệm vụ cha (" + Dates.format(parentDeadline) + ").");
            }
        }
        if (deadline != null) {
            if (deadline.isBefore(EARLIEST) || deadline.isAfter(LATEST)) {
                errors.add("deadline", "Thời hạn phải trong khoảng 1945–2199.");
            } else if (directive.isPresent() && deadline.isBefore(directive.get().issueDate())) {
                errors.add("deadline", "Thời hạn (" + DisplayDates.date(deadline) + ") không được trước ngày ban hành văn bản ("
                        + DisplayDates.date(directive.get().issueDate()) + ").");
            }
        }
        // A wording without a year takes the directive's; the same reference the pages read it with.
        WordedDeadline worded = deadlineWording.read(errors.has("deadlineText") ? null : deadlineText, deadline,
                directive.map(Directive::issueDate).orElseGet(this::today));
        worded.refusal().ifPresent(message -> errors.add("deadline", message));
        errors.throwIfAny();
        return new Task(id, user.agencyId(), draft.directiveId(), draft.parentTaskId(), draft.kind(), title, description, lead.orElseThrow().id(),
                List.copyOf(coordinating), draft.supervisingLeaderId(), deadline, deadlineText, worded.recurrence(),
                current == null ? null : current.completedAt(), current == null ? null : current.completedBy(), product, version,
                current == null ? clock.instant() : current.createdAt(),
                current == null ? user.username() : current.createdBy());
    }

    /** Whether the task with {@code id} is among the ancestors of {@code task} (or is it), so a loop would form. */
    private boolean isDescendant(Task task, long id) {
        Long ancestor = task.parentTaskId();
        for (int depth = 0; ancestor != null && depth < 50; depth++) {
            if (ancestor == id) {
                return true;
            }
            ancestor = tasks.parentOf(ancestor);
        }
        return false;
    }

    private Optional<Unit> unit(CurrentUser user, TaskDraft.Ref ref) {
        return ref.id() != null
                ? organization.unit(user.agencyId(), ref.id())
                : organization.unitByCode(user.agencyId(), ref.code().strip());
    }

    private LocalDate asOfOrToday(LocalDate asOf) {
        return asOf == null ? today() : asOf;
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    private static String strip(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
