package vn.nhiemvu.monitoring.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import vn.nhiemvu.audit.AuditableEvent;
import vn.nhiemvu.dossier.DossierEvent;
import vn.nhiemvu.dossier.Dossiers;
import vn.nhiemvu.evaluation.DeadlineChange;
import vn.nhiemvu.evaluation.EvaluationPolicy;
import vn.nhiemvu.identity.Accounts;
import vn.nhiemvu.identity.CurrentUser;
import vn.nhiemvu.monitoring.Notice;
import vn.nhiemvu.monitoring.NoticesSettled;
import vn.nhiemvu.organization.Organization;
import vn.nhiemvu.plan.PlanEvent;
import vn.nhiemvu.task.TaskEvent;
import vn.nhiemvu.task.TaskManagement;
import vn.nhiemvu.task.TaskView;

/**
 * Notices when someone does something to a task (ADR 0024): the work notices {@link WorkNoticeRules} plans, the
 * earlier notices the change settles, and — after a change of the task itself — the deadline notices the task rules
 * call for today. All of it in the change's own transaction, on its connection, under a savepoint, so that a failure
 * here does not undo the change (ADR 0021); the notices go through the same sender, channels and preferences as the
 * sweep's (ADR 0022).
 */
@Component
class ChangeNotices {

    private static final Logger log = LoggerFactory.getLogger(ChangeNotices.class);

    private final MonitoringService monitoring;
    private final JdbcNotices notices;
    private final NoticeSender sender;
    private final TaskManagement tasks;
    private final Dossiers dossiers;
    private final Organization organization;
    private final Accounts accounts;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final TransactionTemplate savepoint;

    ChangeNotices(MonitoringService monitoring, JdbcNotices notices, NoticeSender sender, TaskManagement tasks,
            Dossiers dossiers, Organization organization, Accounts accounts, ApplicationEventPublisher events,
            Clock clock, PlatformTransactionManager transactions) {
        this.monitoring = monitoring;
        this.notices = notices;
        this.sender = sender;
        this.tasks = tasks;
        this.dossiers = dossiers;
        this.organization = organization;
        this.accounts = accounts;
        this.events = events;
        this.clock = clock;
        this.savepoint = new TransactionTemplate(transactions);
        this.savepoint.setPropagationBehavior(TransactionDefinition.PROPAGATION_NESTED);
    }

    /**
     * A change of the task itself may also make it due soon or overdue today (a shortened deadline, a reopening, a
     * task entered late) or make its deadline notices untrue (an extension, a completion).
     */
    @EventListener
    void on(TaskEvent event) {
        // A deleted task's notices go with its rows.
        if (!(event instanceof TaskEvent.TaskDeleted)) {
            handle(event, event.task().id(), true);
        }
    }

    @EventListener
    void on(PlanEvent event) {
        handle(event, event.taskId(), false);
    }

    @EventListener
    void on(DossierEvent event) {
        handle(event, event.taskId(), false);
    }

    private void handle(AuditableEvent event, long taskId, boolean taskChanged) {
        try {
            savepoint.executeWithoutResult(s -> notify(event, taskId, taskChanged));
        } catch (RuntimeException e) {
            // The next sweep sends the deadline notices; a work notice lost here is logged.
            log.warn("Notices after {} of task {} failed: {}", event.action(), taskId, e.toString());
        }
    }

    private void notify(AuditableEvent event, long taskId, boolean taskChanged) {
        long agencyId = event.agencyId();
        CurrentUser system = MonitoringService.system(agencyId);
        LocalDate today = LocalDate.now(clock);
        TaskView task = tasks.get(system, taskId, today, null);
        WorkNoticeRules.TaskInfo info = info(task);
        // Usually the signed-in person, read with their sign-in: no second read of their account.
        String actor = accounts.signedIn().filter(user -> user.username().equals(event.actor()))
                .or(() -> accounts.find(event.actor())).map(CurrentUser::displayName).orElse(null);
        WorkNoticeRules.Happening happening = event instanceof TaskEvent e ? happening(e, info, actor, today, system)
                : event instanceof PlanEvent e ? happening(e, info, actor, today)
                : happening((DossierEvent) event, info, actor, today, system);
        if (happening == null && !taskChanged) {
            return;
        }
        boolean completed = task.status().isCompleted();
        // A task created in this transaction has no notices yet to settle.
        List<Long> settled = (event instanceof TaskEvent.TaskCreated ? List.<WorkNoticeRules.Open>of()
                : notices.openAbout(taskId)).stream()
                .filter(n -> happening != null && happening.settles(n)
                        || taskChanged && WorkNoticeRules.outdated(n, task.applicableDeadline(), completed))
                .map(WorkNoticeRules.Open::id).toList();
        if (!settled.isEmpty()) {
            events.publishEvent(new NoticesSettled(settled, notices.settle(settled)));
        }
        var recipients = new NoticeRecipients(agencyId, sender, organization);
        var outgoing = new ArrayList<NoticeSender.Outgoing>();
        if (happening != null) {
            happening.notices().forEach(p -> outgoing.add(outgoing(agencyId, p, task, today, recipients)));
        }
        if (taskChanged) {
            outgoing.addAll(monitoring.dueAbout(task, today, recipients));
        }
        sender.sendAll(outgoing);
    }

    private WorkNoticeRules.Happening happening(TaskEvent event, WorkNoticeRules.TaskInfo info, String actor,
            LocalDate today, CurrentUser system) {
        if (event instanceof TaskEvent.TaskCreated) {
            return new WorkNoticeRules.Assigned(info, actor, today, true, null, info.coordinating());
        }
        if (event instanceof TaskEvent.TaskUpdated u) {
            boolean leadChanged = u.before().leadUnitId() != u.task().leadUnitId();
            Set<Long> added = new HashSet<>(u.task().coordinatingUnitIds());
            added.removeAll(u.before().coordinatingUnitIds());
            if (!leadChanged && added.isEmpty()) {
                return null;
            }
            WorkNoticeRules.UnitRef former = leadChanged ? organization.unit(u.agencyId(), u.before().leadUnitId())
                    .map(unit -> new WorkNoticeRules.UnitRef(unit.id(), unit.name()))
                    .orElse(new WorkNoticeRules.UnitRef(u.before().leadUnitId(), "đơn vị cũ")) : null;
            return new WorkNoticeRules.Assigned(info, actor, today, leadChanged, former,
                    info.coordinating().stream().filter(c -> added.contains(c.id())).toList());
        }
        if (event instanceof TaskEvent.TaskCompleted) {
            return new WorkNoticeRules.Completed(info, actor, today);
        }
        if (event instanceof TaskEvent.TaskReopened r) {
            return new WorkNoticeRules.Reopened(info, actor, today, r.before().completedAt());
        }
        if (event instanceof TaskEvent.GuidanceRequested g) {
            return new WorkNoticeRules.RequestSent(info, actor, today, g.request().id(), g.request().kind(),
                    g.request().obstacle(), g.request().proposedDeadline());
        }
        if (event instanceof TaskEvent.GuidanceDecided g) {
            return new WorkNoticeRules.RequestDecided(info, actor, today, g.request().id(), g.request().kind(),
                    g.request().state(), g.request().requestedOn(), g.request().answer());
        }
        if (event instanceof TaskEvent.TaskDeadlineChangeRecorded c) {
            // The deadline people now work to: every approved change counts (the Government Office's reading).
            LocalDate inForce = tasks.get(system, info.id(), today, EvaluationPolicy.Kind.GOVERNMENT_OFFICE)
                    .applicableDeadline();
            return new WorkNoticeRules.DeadlineDecided(info, actor, today, c.change().id(),
                    c.change().decision() == DeadlineChange.Decision.APPROVED, c.change().requestedOn(),
                    c.change().decidedOn(), c.change().decidedBy(), c.change().previousDeadline(), inForce,
                    c.change().reason());
        }
        return null;
    }

    private static WorkNoticeRules.Happening happening(PlanEvent event, WorkNoticeRules.TaskInfo info, String actor,
            LocalDate today) {
        if (event instanceof PlanEvent.ProgressReported r) {
            return new WorkNoticeRules.ProgressReported(info, actor, today, r.byLeadUnit());
        }
        if (event instanceof PlanEvent.PlanSubmitted s) {
            return new WorkNoticeRules.PlanSubmitted(info, actor, today, s.number(), s.version(), s.milestones(),
                    s.lastDueDate());
        }
        if (event instanceof PlanEvent.PlanApproved a) {
            return new WorkNoticeRules.PlanDecided(info, actor, today, a.number(), a.version(), true, null,
                    a.openMilestoneIds());
        }
        if (event instanceof PlanEvent.PlanReturned r) {
            return new WorkNoticeRules.PlanDecided(info, actor, today, r.number(), r.version(), false, r.comment(),
                    Set.of());
        }
        if (event instanceof PlanEvent.MilestoneCompleted m) {
            return new WorkNoticeRules.MilestoneCompleted(info, actor, today, m.openMilestoneIds());
        }
        return null;
    }

    private WorkNoticeRules.Happening happening(DossierEvent event, WorkNoticeRules.TaskInfo info, String actor,
            LocalDate today, CurrentUser system) {
        if (event instanceof DossierEvent.DossierFileAdded) {
            return null;
        }
        // The dossier's lock counter tells one round of the dossier from the next.
        long version = dossiers.view(system, info.id()).version();
        if (event instanceof DossierEvent.DossierReviewRequested) {
            return new DossierNoticeRules.DossierSent(info, actor, today, version);
        }
        if (event instanceof DossierEvent.DossierPassed p) {
            return new DossierNoticeRules.DossierReviewed(info, actor, today, version, true, p.comments());
        }
        if (event instanceof DossierEvent.DossierReturned r) {
            return new DossierNoticeRules.DossierReviewed(info, actor, today, version, false, r.comments());
        }
        if (event instanceof DossierEvent.DossierSubmitted s) {
            return new DossierNoticeRules.SubmissionRecorded(info, actor, today, version, s.documentNumber(),
                    s.documentDate());
        }
        return null;
    }

    private NoticeSender.Outgoing outgoing(long agencyId, WorkNoticeRules.Planned planned, TaskView task,
            LocalDate today, NoticeRecipients recipients) {
        Long unitId = task.leadUnit() == null ? null : task.leadUnit().id();
        var draft = new JdbcNotices.Draft(agencyId, planned.rule(), planned.subjectType(), planned.subjectId(),
                planned.occasion(), task.id(), unitId, planned.title(), planned.body(), planned.link(), today);
        return new NoticeSender.Outgoing(draft, () -> {
            var to = new ArrayList<Notice.Recipient>(recipients.units(planned.to().units()));
            if (planned.to().leader()) {
                to.addAll(recipients.leaderOf(task.supervisingLeader() == null ? null : task.supervisingLeader().id(),
                        unitId));
            }
            if (planned.to().legal()) {
                to.addAll(recipients.legal());
            }
            return NoticeRecipients.distinct(to);
        }, null);
    }

    private static WorkNoticeRules.TaskInfo info(TaskView t) {
        return new WorkNoticeRules.TaskInfo(t.id(), t.version(), t.title(),
                t.leadUnit() == null ? null : new WorkNoticeRules.UnitRef(t.leadUnit().id(), t.leadUnit().name()),
                t.coordinatingUnits().stream().map(u -> new WorkNoticeRules.UnitRef(u.id(), u.name())).toList(),
                t.supervisingLeader() == null ? null
                        : t.supervisingLeader().title() + " " + t.supervisingLeader().fullName(),
                t.applicableDeadline(),
                t.directive() == null ? null : t.directive().kind() + " " + t.directive().number());
    }
}
