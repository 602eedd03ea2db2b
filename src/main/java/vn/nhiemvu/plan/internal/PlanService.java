package vn.nhiemvu.plan.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.nhiemvu.audit.AuditedChange;
import vn.nhiemvu.identity.CurrentUser;
import vn.nhiemvu.identity.Relation;
import vn.nhiemvu.plan.MilestoneDraft;
import vn.nhiemvu.plan.OpenMilestone;
import vn.nhiemvu.plan.PlanAction;
import vn.nhiemvu.plan.PlanEvent;
import vn.nhiemvu.plan.PlanPermissions;
import vn.nhiemvu.plan.PlanState;
import vn.nhiemvu.plan.PlanVersion;
import vn.nhiemvu.plan.Plans;
import vn.nhiemvu.plan.ProgressReport;
import vn.nhiemvu.plan.ProgressReportDraft;
import vn.nhiemvu.plan.TaskPlan;
import vn.nhiemvu.shared.ConflictException;
import vn.nhiemvu.shared.InvalidInputException;
import vn.nhiemvu.shared.Message;
import vn.nhiemvu.shared.NotFoundException;
import vn.nhiemvu.task.TaskManagement;
import vn.nhiemvu.task.TaskPermissions;
import vn.nhiemvu.task.TaskView;

/** Plans and progress reports; scope comes from the task module, rules from {@link PlanVersion}. */
@Service
@Transactional(readOnly = true)
class PlanService implements Plans {

    private static final int MAX_TEXT = 4000;

    private final TaskManagement tasks;
    private final JdbcPlans store;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    PlanService(TaskManagement tasks, JdbcPlans store, ApplicationEventPublisher events, Clock clock) {
        this.tasks = tasks;
        this.store = store;
        this.events = events;
        this.clock = clock;
    }

    @Override
    public TaskPlan plan(CurrentUser user, long taskId) {
        TaskView task = task(user, taskId);
        Relation role = TaskPermissions.relation(user, task);
        List<PlanVersion> versions = store.versions(user.agencyId(), taskId);
        PlanVersion latest = versions.isEmpty() ? null : versions.get(0);
        PlanVersion current = versions.stream().filter(v -> v.state() == PlanState.APPROVED).findFirst().orElse(null);
        boolean canDraft = PlanPermissions.POLICY.allows(PlanAction.REVISE, role)
                && (latest == null || latest.state() == PlanState.APPROVED);
        List<PlanAction> actions = latest == null ? List.of() : latest.allowedActions(role);
        return new TaskPlan(taskId, current, latest, versions, role, canDraft, actions,
                PlanPermissions.POLICY.allows(PlanAction.REPORT_PROGRESS, role));
    }

    @Override
    public PlanVersion version(CurrentUser user, long taskId, int number) {
        task(user, taskId);
        return find(user, taskId, number);
    }

    @Override
    @Transactional
    public PlanVersion draft(CurrentUser user, long taskId, List<MilestoneDraft> milestones) {
        TaskView task = task(user, taskId);
        List<PlanVersion> versions = store.versions(user.agencyId(), taskId);
        PlanVersion latest = versions.isEmpty() ? null : versions.get(0);
        PlanVersion draft = PlanVersion.draft(taskId, user.agencyId(), latest, TaskPermissions.relation(user, task),
                milestones, task.applicableDeadline(), user.username(), Instant.now(clock));
        PlanVersion stored = store.insert(draft);
        events.publishEvent(new PlanEvent.PlanDrafted(taskId, user.agencyId(), user.username(), stored.number(),
                new AuditedChange(null, stored)));
        return stored;
    }

    @Override
    @Transactional
    public PlanVersion edit(CurrentUser user, long taskId, int number, long expectedVersion,
            List<MilestoneDraft> milestones) {
        TaskView task = task(user, taskId);
        PlanVersion current = find(user, taskId, number);
        PlanVersion next = current.edit(TaskPermissions.relation(user, task), milestones, task.applicableDeadline());
        checkVersion(current, expectedVersion);
        PlanVersion saved = save(current, next, true);
        events.publishEvent(new PlanEvent.PlanEdited(taskId, user.agencyId(), user.username(), number,
                new AuditedChange(current, saved)));
        return saved;
    }

    @Override
    @Transactional
    public PlanVersion submit(CurrentUser user, long taskId, int number, Long expectedVersion) {
        TaskView task = task(user, taskId);
        PlanVersion current = find(user, taskId, number);
        PlanVersion next = current.submit(TaskPermissions.relation(user, task), user.username(), Instant.now(clock));
        checkVersion(current, expectedVersion);
        PlanVersion saved = save(current, next, false);
        events.publishEvent(new PlanEvent.PlanSubmitted(taskId, user.agencyId(), user.username(), number,
                saved.version(), saved.milestones().size(), saved.lastDueDate(), new AuditedChange(current, saved)));
        return saved;
    }

    @Override
    @Transactional
    public PlanVersion approve(CurrentUser user, long taskId, int number, Long expectedVersion) {
        TaskView task = task(user, taskId);
        PlanVersion current = find(user, taskId, number);
        PlanVersion next = current.approve(TaskPermissions.relation(user, task), user.username(), Instant.now(clock));
        checkVersion(current, expectedVersion);
        for (PlanVersion older : store.versions(user.agencyId(), taskId)) {
            if (older.state() == PlanState.APPROVED && older.number() != number) {
                PlanVersion superseded = save(older, older.supersede(), false);
                events.publishEvent(new PlanEvent.PlanSuperseded(taskId, user.agencyId(), user.username(),
                        older.number(), new AuditedChange(older, superseded)));
            }
        }
        PlanVersion saved = save(current, next, false);
        events.publishEvent(new PlanEvent.PlanApproved(taskId, user.agencyId(), user.username(), number,
                saved.version(), saved.openMilestoneIds(), new AuditedChange(current, saved)));
        return saved;
    }

    @Override
    @Transactional
    public PlanVersion returnPlan(CurrentUser user, long taskId, int number, Long expectedVersion, String comment) {
        TaskView task = task(user, taskId);
        PlanVersion current = find(user, taskId, number);
        PlanVersion next = current.returnWith(TaskPermissions.relation(user, task), comment, user.username(),
                Instant.now(clock));
        checkVersion(current, expectedVersion);
        PlanVersion saved = save(current, next, false);
        events.publishEvent(new PlanEvent.PlanReturned(taskId, user.agencyId(), user.username(), number,
                saved.version(), saved.returnComment(), new AuditedChange(current, saved)));
        return saved;
    }

    @Override
    @Transactional
    public PlanVersion completeMilestone(CurrentUser user, long taskId, long milestoneId, LocalDate completedOn) {
        TaskView task = task(user, taskId);
        Relation role = TaskPermissions.relation(user, task);
        PlanVersion current = store.versions(user.agencyId(), taskId).stream()
                .filter(v -> v.milestones().stream().anyMatch(m -> m.id() != null && m.id() == milestoneId))
                .findFirst()
                .orElseThrow(() -> new NotFoundException(
                        Message.of("notfound.plan.milestone.unknown", milestoneId, taskId)));
        PlanVersion next = current.completeMilestone(role, milestoneId, completedOn, LocalDate.now(clock),
                user.username());
        PlanVersion saved = save(current, next, false);
        events.publishEvent(new PlanEvent.MilestoneCompleted(taskId, user.agencyId(), user.username(), milestoneId,
                saved.openMilestoneIds(), new AuditedChange(current, saved)));
        return saved;
    }

    /** Milestones read to fill a list of slipping ones after dropping those the user does not see. */
    static final int SLIPPING_SCANNED = 500;

    @Override
    public List<SlippingMilestone> slipping(CurrentUser user, LocalDate asOf, int limit) {
        var result = new java.util.ArrayList<SlippingMilestone>();
        for (var undone : store.undone(user.agencyId(), asOf, SLIPPING_SCANNED)) {
            if (result.size() == limit) {
                break;
            }
            if (tasks.isVisible(user, undone.getKey())) {
                TaskView task = tasks.get(user, undone.getKey(), asOf, null);
                if (task.completedAt() == null || task.completedAt().isAfter(asOf)) {
                    result.add(new SlippingMilestone(task.id(), task.title(), task.leadUnit().name(), undone.getValue()));
                }
            }
        }
        return result;
    }

    @Override
    public List<ProgressReport> reports(CurrentUser user, long taskId) {
        task(user, taskId);
        return store.reports(user.agencyId(), taskId);
    }

    @Override
    public Map<Long, ProgressReport> latestReports(CurrentUser user, Collection<Long> taskIds, Instant before) {
        List<Long> visible = tasks.visible(user, taskIds);
        var result = new HashMap<Long, ProgressReport>();
        for (int i = 0; i < visible.size(); i += 1000) {
            result.putAll(store.latestLeadReports(user.agencyId(), visible.subList(i, Math.min(visible.size(), i + 1000)),
                    before));
        }
        return result;
    }

    @Override
    @Transactional
    public ProgressReport report(CurrentUser user, long taskId, ProgressReportDraft draft) {
        TaskView task = task(user, taskId);
        Relation role = TaskPermissions.relation(user, task);
        PlanPermissions.POLICY.check(PlanAction.REPORT_PROGRESS, role);
        if (draft == null) {
            throw InvalidInputException.of("percent", Message.of("invalid.plan.report.required"));
        }
        var errors = new InvalidInputException.Collector();
        if (draft.percent() == null) {
            errors.add("percent", Message.of("invalid.plan.percent.required"));
        } else if (draft.percent() < 0 || draft.percent() > 100) {
            errors.add("percent", Message.of("invalid.plan.percent.range"));
        }
        String done = blankToNull(draft.done());
        if (done == null) {
            errors.add("done", Message.of("invalid.plan.done.required"));
        }
        text(errors, "done", "Việc đã thực hiện", done);
        String obstacles = blankToNull(draft.obstacles());
        text(errors, "obstacles", "Khó khăn, vướng mắc", obstacles);
        String nextSteps = blankToNull(draft.nextSteps());
        text(errors, "nextSteps", "Việc tiếp theo", nextSteps);
        String milestoneTitle = null;
        if (draft.milestoneId() != null) {
            milestoneTitle = store.versions(user.agencyId(), taskId).stream()
                    .filter(v -> v.state() == PlanState.APPROVED).flatMap(v -> v.milestones().stream())
                    .filter(m -> m.id() != null && m.id().equals(draft.milestoneId())).map(m -> m.title())
                    .findFirst().orElse(null);
            if (milestoneTitle == null) {
                errors.add("milestoneId", Message.of("invalid.plan.milestone-id.invalid", draft.milestoneId()));
            }
        }
        errors.throwIfAny();
        TaskView.UnitRef unit;
        String part;
        if (role == Relation.COORDINATING_UNIT) {
            unit = task.coordinatingUnits().stream().filter(u -> u.id() == user.unitId()).findFirst().orElseThrow();
            part = "COORDINATING";
        } else {
            unit = task.leadUnit();
            part = "LEAD";
        }
        // The outside agency that leads the task reports as its lead (ADR 0053), under its own name.
        String by = role == Relation.LEAD_AGENCY && task.leadAgency() != null ? task.leadAgency().name() : unit.name();
        var report = new ProgressReport(0, taskId, unit.id(), by, part, draft.percent(), done, obstacles,
                nextSteps, draft.milestoneId(), milestoneTitle, Instant.now(clock), user.username());
        long id = store.insertReport(user.agencyId(), report);
        var stored = new ProgressReport(id, taskId, unit.id(), by, part, report.percent(), done, obstacles,
                nextSteps, report.milestoneId(), milestoneTitle, report.createdAt(), report.createdBy());
        events.publishEvent(new PlanEvent.ProgressReported(taskId, user.agencyId(), user.username(), id,
                "LEAD".equals(part), new AuditedChange(null, stored)));
        return stored;
    }

    private static void text(InvalidInputException.Collector errors, String field, String label, String value) {
        if (value != null && value.length() > MAX_TEXT) {
            errors.add(field, Message.of("invalid.plan.text.too-long", label, MAX_TEXT));
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    @Override
    public List<OpenMilestone> openMilestones(CurrentUser user) {
        List<OpenMilestone> milestones = store.openMilestones(user.agencyId());
        // The task module says which of the tasks are open (and visible): plan does not read the task table.
        var tasksOf = tasks.headings(user, milestones.stream().map(OpenMilestone::taskId).toList());
        return milestones.stream().filter(m -> tasksOf.containsKey(m.taskId())
                && tasksOf.get(m.taskId()).completedAt() == null).toList();
    }

    private TaskView task(CurrentUser user, long taskId) {
        return tasks.get(user, taskId, null, null);
    }

    private PlanVersion find(CurrentUser user, long taskId, int number) {
        return store.version(user.agencyId(), taskId, number).orElseThrow(() -> new NotFoundException(
                Message.of("notfound.plan.version.unknown", taskId, number)));
    }

    private static void checkVersion(PlanVersion current, Long expected) {
        if (expected != null && expected != current.version()) {
            throw stale(current);
        }
    }

    private static ConflictException stale(PlanVersion v) {
        return new ConflictException(ConflictException.Kind.STALE_VERSION,
                Message.of("conflict.plan.version.stale", v.number()));
    }

    /** Stores the next state of a version and reads it back (with its new lock counter). */
    private PlanVersion save(PlanVersion before, PlanVersion next, boolean replaceMilestones) {
        if (!store.update(next, replaceMilestones)) {
            throw stale(before);
        }
        return store.version(next.agencyId(), next.taskId(), next.number()).orElseThrow();
    }

}
