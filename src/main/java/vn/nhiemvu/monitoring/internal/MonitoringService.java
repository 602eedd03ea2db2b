package vn.nhiemvu.monitoring.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.nhiemvu.calendar.WorkingCalendar;
import vn.nhiemvu.evaluation.Evaluations;
import vn.nhiemvu.evaluation.TaskStatus;
import vn.nhiemvu.identity.CurrentUser;
import vn.nhiemvu.identity.Role;
import vn.nhiemvu.monitoring.Monitoring;
import vn.nhiemvu.monitoring.MonitoringPermissions;
import vn.nhiemvu.monitoring.MonitoringRules;
import vn.nhiemvu.monitoring.Notice;
import vn.nhiemvu.monitoring.NoticeRule;
import vn.nhiemvu.organization.Agency;
import vn.nhiemvu.organization.Leader;
import vn.nhiemvu.organization.Organization;
import vn.nhiemvu.organization.Unit;
import vn.nhiemvu.plan.MissingReport;
import vn.nhiemvu.plan.OpenMilestone;
import vn.nhiemvu.plan.Plans;
import vn.nhiemvu.plan.ReportSchedules;
import vn.nhiemvu.shared.DisplayDates;
import vn.nhiemvu.shared.InvalidInputException;
import vn.nhiemvu.shared.Message;
import vn.nhiemvu.shared.NotFoundException;
import vn.nhiemvu.task.GuidanceRequest;
import vn.nhiemvu.task.TaskDue;
import vn.nhiemvu.task.TaskManagement;
import vn.nhiemvu.task.TaskView;

/**
 * The sweep: for each agency, every open task a task rule may speak about (overdue or near its deadline, read narrow
 * from the task module with its status as of the day, a page at a time, the notices already sent left out in one
 * query per page, the new ones recorded in one transaction per page), the open milestones
 * of approved plans, the missing progress reports, the requests waiting for a decision, and the weekly digest.
 * What to say and when is {@link NoticeRules}; that each is said once is the notice table's unique key.
 */
@Service
class MonitoringService implements Monitoring {

    private static final Logger log = LoggerFactory.getLogger(MonitoringService.class);

    private final JdbcNotices notices;
    private final NoticeSender sender;
    private final TaskManagement tasks;
    private final Plans plans;
    private final ReportSchedules schedules;
    private final Organization organization;
    private final WorkingCalendar calendar;
    private final Evaluations evaluations;
    private final Clock clock;
    private final MonitoringRules defaults;
    private final RoundNotices roundNotices;
    private final IndicatorNotices indicatorNotices;

    MonitoringService(JdbcNotices notices, NoticeSender sender, TaskManagement tasks, Plans plans,
            ReportSchedules schedules, Organization organization, WorkingCalendar calendar, Evaluations evaluations,
            Clock clock, MonitoringProperties properties, RoundNotices roundNotices, IndicatorNotices indicatorNotices) {
        this.indicatorNotices = indicatorNotices;
        this.notices = notices;
        this.sender = sender;
        this.tasks = tasks;
        this.plans = plans;
        this.schedules = schedules;
        this.organization = organization;
        this.calendar = calendar;
        this.evaluations = evaluations;
        this.clock = clock;
        this.defaults = properties.defaults();
        this.roundNotices = roundNotices;
    }

    @Override
    public MonitoringRules rules(long agencyId) {
        return notices.rules(agencyId).orElse(defaults);
    }

    @Override
    @Transactional
    public MonitoringRules updateRules(CurrentUser user, MonitoringRules rules) {
        MonitoringPermissions.POLICY.checkAny(user, MonitoringPermissions.Action.EDIT_RULES);
        if (rules == null) {
            throw InvalidInputException.of("rules", Message.of("invalid.monitoring.repeat-working-days.required"));
        }
        rules.checked();
        notices.saveRules(user.agencyId(), rules, user.username());
        return rules(user.agencyId());
    }

    @Override
    public List<Notice> notices(CurrentUser user, Long taskId, int limit) {
        if (limit < 1 || limit > 500) {
            throw InvalidInputException.of("limit", Message.of("invalid.monitoring.limit.range"));
        }
        if (taskId != null && !tasks.isVisible(user, taskId)) {
            throw new NotFoundException(Message.of("notfound.task.task.none", taskId));
        }
        return notices.list(user.agencyId(), user.seesWholeAgency() ? null : user.id(), taskId, limit);
    }

    @Override
    public int sweep(LocalDate asOf) {
        int sent = 0;
        for (Agency agency : organization.agencies()) {
            sent += sweepAgency(agency.id(), asOf);
        }
        log.info("Monitoring sweep as of {}: {} notice(s) sent", asOf, sent);
        return sent;
    }

    /**
     * The notices the task rules say are due about one task today (those already sent included: the notice table's
     * key leaves them out), after a change to it.
     */
    List<NoticeSender.Outgoing> dueAbout(TaskView task, LocalDate today, NoticeRecipients recipients) {
        long agencyId = recipients.agencyId();
        return taskNotices(agencyId, noticeRules(agencyId), Subject.of(task), today, recipients);
    }

    private NoticeRules noticeRules(long agencyId) {
        return new NoticeRules(rules(agencyId), evaluations.evaluator(agencyId), calendar);
    }

    private int sweepAgency(long agencyId, LocalDate asOf) {
        CurrentUser system = system(agencyId);
        MonitoringRules r = rules(agencyId);
        var rules = noticeRules(agencyId);
        var recipients = new NoticeRecipients(agencyId, sender, organization);
        Map<Long, Unit> units = organization.units(agencyId).stream()
                .collect(Collectors.toMap(Unit::id, Function.identity()));
        Map<Long, Leader> leaders = organization.leaders(agencyId).stream()
                .collect(Collectors.toMap(Leader::id, Function.identity()));
        LocalDate horizon = rules.horizon(asOf);
        long[] counts = new long[3]; // sent, overdue, due soon
        tasks.forEachOpenDueBy(agencyId, asOf, horizon, page -> {
            var outgoing = new ArrayList<NoticeSender.Outgoing>();
            for (TaskDue task : page) {
                counts[1] += task.evaluation().status() == TaskStatus.OVERDUE ? 1 : 0;
                counts[2] += task.evaluation().status() == TaskStatus.DUE_SOON ? 1 : 0;
                outgoing.addAll(taskNotices(agencyId, rules, Subject.of(task, units, leaders), asOf, recipients));
            }
            // Pages come in id order.
            Set<JdbcNotices.TaskKey> known = notices.taskKeys(page.get(0).id(), page.get(page.size() - 1).id());
            outgoing.removeIf(o -> known.contains(new JdbcNotices.TaskKey(o.draft().rule(), o.draft().subjectId(),
                    o.draft().occasion())));
            counts[0] += sender.sendAll(outgoing);
        });
        int sent = (int) counts[0];
        long overdue = counts[1];
        long dueSoon = counts[2];

        // The other rules' notices of the day go in one batch too.
        var others = new ArrayList<NoticeSender.Outgoing>();
        for (OpenMilestone m : plans.openMilestones(system)) {
            var due = rules.forMilestone(m.dueDate(), asOf);
            if (due.isPresent()) {
                TaskView task = tasks.get(system, m.taskId(), asOf, null);
                others.add(outgoing(agencyId, due.get(), "MILESTONE", m.milestoneId(), Subject.of(task),
                        Message.of("monitoring-notice.milestone.title", Message.of(due.get().rule().code()), m.title()),
                        Message.of(due.get().rule() == NoticeRule.MILESTONE_OVERDUE
                                ? "monitoring-notice.milestone.overdue.body"
                                : "monitoring-notice.milestone.due-soon.body", m.title(),
                                DisplayDates.date(m.dueDate()), task.title(), due.get().workingDays()),
                        "/tasks/" + task.id() + "/plan#plan-version-" + m.planNumber(), asOf, Role.UNIT, recipients));
            }
        }

        List<MissingReport> missing = schedules.missing(system, asOf);
        for (MissingReport m : missing) {
            TaskView task = tasks.get(system, m.taskId(), asOf, null);
            var due = new NoticeRules.Due(NoticeRule.MISSING_REPORT, m.periodStart().toString(), 0);
            Message frequency = Message.of(m.frequency().code());
            String start = DisplayDates.date(m.periodStart());
            others.add(outgoing(agencyId, due, "TASK", task.id(), Subject.of(task),
                    Message.of("monitoring-notice.missing-report.title", task.title()),
                    m.lastReportedOn() == null
                            ? Message.of("monitoring-notice.missing-report.body.never", frequency, start)
                            : Message.of("monitoring-notice.missing-report.body", frequency, start,
                                    DisplayDates.date(m.lastReportedOn())),
                    "/tasks/" + task.id() + "/plan", asOf, Role.UNIT, recipients));
        }

        List<GuidanceRequest> open = tasks.openGuidanceRequests(system);
        long waiting = 0;
        for (GuidanceRequest request : open) {
            var due = rules.forRequest(request.requestedOn(), asOf);
            if (due.isPresent()) {
                waiting++;
                TaskView task = tasks.get(system, request.taskId(), asOf, null);
                others.add(outgoing(agencyId, due.get(), "REQUEST", request.id(), Subject.of(task),
                        Message.of("monitoring-notice.request.title", task.title()),
                        Message.of("monitoring-notice.request.body", Message.of(request.kind().code()),
                                DisplayDates.date(request.requestedOn()), due.get().workingDays(),
                                r.requestDecisionWorkingDays()),
                        "/tasks/" + task.id() + "#guidance-requests", asOf, Role.LEADER, recipients));
            }
        }
        sent += sender.sendAll(others);
        sent += roundNotices.sweep(agencyId, rules, asOf);
        sent += indicatorNotices.sweep(agencyId, asOf);

        var digest = rules.forDigest(asOf);
        if (digest.isPresent()) {
            Message title = Message.of("monitoring-notice.digest.title", digest.get().occasion());
            Message body = Message.of("monitoring-notice.digest.body", DisplayDates.date(asOf), overdue, dueSoon,
                    missing.size(), waiting);
            sent += sender.send(new JdbcNotices.Draft(agencyId, NoticeRule.WEEKLY_DIGEST, "AGENCY", agencyId,
                    digest.get().occasion(), null, null, title.vietnamese(), body.vietnamese(), "/tasks?status=OVERDUE",
                    asOf), () -> sender.members(agencyId, Role.OFFICE, null, null), null)
                            ? 1 : 0;
        }
        return sent;
    }

    /** The notices the task rules say are due about the task as of the date (those already sent included). */
    private List<NoticeSender.Outgoing> taskNotices(long agencyId, NoticeRules rules, Subject task, LocalDate asOf,
            NoticeRecipients recipients) {
        var outgoing = new ArrayList<NoticeSender.Outgoing>();
        for (NoticeRules.Due due : rules.forTask(task.status(), task.applicableDeadline(), task.workingDaysLate(), asOf)) {
            Object unit = task.unitName() == null ? "" : Message.of("monitoring-notice.task.unit", task.unitName());
            String link = "/tasks/" + task.id();
            outgoing.add(switch (due.rule()) {
                case DUE_SOON -> outgoing(agencyId, due, "TASK", task.id(), task,
                        Message.of("monitoring-notice.task.due-soon.title", task.title()),
                        Message.of("monitoring-notice.task.due-soon.body", due.workingDays(),
                                DisplayDates.date(task.applicableDeadline()), unit),
                        link, asOf, Role.UNIT, recipients);
                case OVERDUE -> outgoing(agencyId, due, "TASK", task.id(), task,
                        Message.of("monitoring-notice.task.overdue.title", task.title()),
                        Message.of("monitoring-notice.task.overdue.body", task.statusReason(), unit), link, asOf,
                        Role.UNIT, recipients);
                case ESCALATION -> outgoing(agencyId, due, "TASK", task.id(), task,
                        Message.of("monitoring-notice.task.escalation.title", due.workingDays(), task.title()),
                        Message.of("monitoring-notice.task.escalation.body", task.statusReason(), unit), link, asOf,
                        Role.LEADER, recipients);
                default -> throw new IllegalStateException("Not a task rule: " + due.rule());
            });
        }
        return outgoing;
    }

    /** To the task's lead unit ({@link Role#UNIT}) or its leader ({@link Role#LEADER}, see {@link NoticeRecipients}). */
    private NoticeSender.Outgoing outgoing(long agencyId, NoticeRules.Due due, String subjectType, long subjectId,
            Subject task, Message title, Message body, String link, LocalDate asOf, Role to,
            NoticeRecipients recipients) {
        // Stored in Vietnamese, as every notice is (RoundNotices, WorkNoticeRules): mail and the API read it so.
        var draft = new JdbcNotices.Draft(agencyId, due.rule(), subjectType, subjectId, due.occasion(), task.id(),
                task.unitId(), title.vietnamese(), body.vietnamese(), link, asOf);
        return new NoticeSender.Outgoing(draft, () -> {
            if (to == Role.UNIT) {
                return task.unitId() == null ? List.of() : recipients.units(List.of(task.unitId()));
            }
            return recipients.leaderOf(task.leaderId(), task.unitId());
        }, null);
    }

    /**
     * What a notice says about a task and to whom it goes, from a full view (one task) or a sweep's narrow row.
     *
     * @param unitId   the lead unit (null when it is no longer in the organisation)
     * @param leaderId the supervising leader (null: none, or no longer in the organisation)
     */
    record Subject(long id, String title, Long unitId, String unitName, Long leaderId, TaskStatus status,
            LocalDate applicableDeadline, long workingDaysLate, String statusReason) {

        static Subject of(TaskView t) {
            return new Subject(t.id(), t.title(), t.leadUnit() == null ? null : t.leadUnit().id(),
                    t.leadUnit() == null ? null : t.leadUnit().name(),
                    t.supervisingLeader() == null ? null : t.supervisingLeader().id(), t.status(),
                    t.applicableDeadline(), t.workingDaysLate(), t.statusReason());
        }

        static Subject of(TaskDue t, Map<Long, Unit> units, Map<Long, Leader> leaders) {
            Unit unit = units.get(t.leadUnitId());
            Leader leader = t.supervisingLeaderId() == null ? null : leaders.get(t.supervisingLeaderId());
            return new Subject(t.id(), t.title(), unit == null ? null : unit.id(), unit == null ? null : unit.name(),
                    leader == null ? null : leader.id(), t.evaluation().status(), t.evaluation().applicableDeadline(),
                    t.evaluation().workingDaysLate(), t.evaluation().reason());
        }
    }

    /** The sweep reads as the Office of the agency would: every task, nothing changed. */
    static CurrentUser system(long agencyId) {
        return new CurrentUser(0, "system", "Hệ thống theo dõi", Role.OFFICE, agencyId, null, null);
    }
}
