package vn.nhiemvu.monitoring.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.nhiemvu.calendar.WorkingCalendar;
import vn.nhiemvu.evaluation.TaskStatus;
import vn.nhiemvu.identity.CurrentUser;
import vn.nhiemvu.identity.Role;
import vn.nhiemvu.monitoring.Monitoring;
import vn.nhiemvu.monitoring.MonitoringRules;
import vn.nhiemvu.monitoring.Notice;
import vn.nhiemvu.monitoring.NoticeRule;
import vn.nhiemvu.organization.Agency;
import vn.nhiemvu.organization.Organization;
import vn.nhiemvu.plan.MissingReport;
import vn.nhiemvu.plan.OpenMilestone;
import vn.nhiemvu.plan.Plans;
import vn.nhiemvu.plan.ReportSchedules;
import vn.nhiemvu.shared.ForbiddenException;
import vn.nhiemvu.shared.InvalidInputException;
import vn.nhiemvu.shared.NotFoundException;
import vn.nhiemvu.task.GuidanceRequest;
import vn.nhiemvu.task.TaskFilter;
import vn.nhiemvu.task.TaskManagement;
import vn.nhiemvu.task.TaskPage;
import vn.nhiemvu.task.TaskView;

/**
 * The sweep: for each agency, every open task (status from the task module, as of the day), the open milestones
 * of approved plans, the missing progress reports, the requests waiting for a decision, and the weekly digest.
 * What to say and when is {@link NoticeRules}; that each is said once is the notice table's unique key.
 */
@Service
class MonitoringService implements Monitoring {

    private static final Logger log = LoggerFactory.getLogger(MonitoringService.class);
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final Set<TaskStatus> OPEN = Set.of(TaskStatus.IN_PROGRESS, TaskStatus.DUE_SOON, TaskStatus.OVERDUE);

    private final JdbcNotices notices;
    private final NoticeSender sender;
    private final TaskManagement tasks;
    private final Plans plans;
    private final ReportSchedules schedules;
    private final Organization organization;
    private final WorkingCalendar calendar;
    private final Clock clock;
    private final MonitoringRules defaults;

    MonitoringService(JdbcNotices notices, NoticeSender sender, TaskManagement tasks, Plans plans,
            ReportSchedules schedules, Organization organization, WorkingCalendar calendar, Clock clock,
            @Value("${nhiemvu.monitoring.due-soon-working-days:5}") int dueSoon,
            @Value("${nhiemvu.monitoring.repeat-working-days:5}") int repeat,
            @Value("${nhiemvu.monitoring.escalate-after-working-days:10}") int escalate,
            @Value("${nhiemvu.monitoring.request-decision-working-days:5}") int requestDecision,
            @Value("${nhiemvu.monitoring.weekly-digest:true}") boolean digest) {
        this.notices = notices;
        this.sender = sender;
        this.tasks = tasks;
        this.plans = plans;
        this.schedules = schedules;
        this.organization = organization;
        this.calendar = calendar;
        this.clock = clock;
        this.defaults = new MonitoringRules(dueSoon, repeat, escalate, requestDecision, digest, false).checked();
    }

    @Override
    public MonitoringRules rules(long agencyId) {
        return notices.rules(agencyId).orElse(defaults);
    }

    @Override
    @Transactional
    public MonitoringRules updateRules(CurrentUser user, MonitoringRules rules) {
        if (!user.managesAgency()) {
            throw new ForbiddenException("Chỉ Văn phòng Bộ hoặc quản trị hệ thống được sửa quy tắc theo dõi.");
        }
        if (rules == null) {
            throw InvalidInputException.of("rules", "Chưa nhập quy tắc theo dõi.");
        }
        rules.checked();
        notices.saveRules(user.agencyId(), rules, user.username());
        return rules(user.agencyId());
    }

    @Override
    public List<Notice> notices(CurrentUser user, Long taskId, int limit) {
        if (limit < 1 || limit > 500) {
            throw InvalidInputException.of("limit", "Số bản ghi (limit) phải từ 1 đến 500.");
        }
        if (taskId != null && !tasks.isVisible(user, taskId)) {
            throw new NotFoundException("Không có nhiệm vụ số " + taskId + ".");
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

    /** After a change: the task rules for that one task, today. */
    int sweepTask(long agencyId, long taskId) {
        LocalDate today = LocalDate.now(clock);
        TaskView task = tasks.get(system(agencyId), taskId, today, null);
        return taskNotices(agencyId, new NoticeRules(rules(agencyId), calendar), task, today);
    }

    private int sweepAgency(long agencyId, LocalDate asOf) {
        CurrentUser system = system(agencyId);
        MonitoringRules r = rules(agencyId);
        var rules = new NoticeRules(r, calendar);
        int sent = 0;
        long overdue = 0;
        long dueSoon = 0;
        var filter = new TaskFilter(OPEN, null, null, null, null, null, null, null, asOf, null);
        String cursor = null;
        do {
            TaskPage page = tasks.list(system, filter, cursor, TaskManagement.MAX_LIMIT);
            for (TaskView task : page.items()) {
                sent += taskNotices(agencyId, rules, task, asOf);
                overdue += task.status() == TaskStatus.OVERDUE ? 1 : 0;
                dueSoon += task.status() == TaskStatus.DUE_SOON ? 1 : 0;
            }
            cursor = page.nextCursor();
        } while (cursor != null);

        for (OpenMilestone m : plans.openMilestones(system)) {
            var due = rules.forMilestone(m.dueDate(), asOf);
            if (due.isPresent()) {
                TaskView task = tasks.get(system, m.taskId(), asOf, null);
                String what = due.get().rule() == NoticeRule.MILESTONE_OVERDUE
                        ? "đã quá " + due.get().workingDays() + " ngày làm việc"
                        : "còn " + due.get().workingDays() + " ngày làm việc";
                sent += send(agencyId, due.get(), "MILESTONE", m.milestoneId(), task,
                        due.get().rule().label() + ": " + m.title(),
                        "Mốc \"" + m.title() + "\" (hạn " + DAY.format(m.dueDate()) + ") của nhiệm vụ \"" + task.title()
                                + "\" " + what + ".",
                        "/tasks/" + task.id() + "/plan", asOf, Role.UNIT);
            }
        }

        List<MissingReport> missing = schedules.missing(system, asOf);
        for (MissingReport m : missing) {
            TaskView task = tasks.get(system, m.taskId(), asOf, null);
            var due = new NoticeRules.Due(NoticeRule.MISSING_REPORT, m.periodStart().toString(), 0);
            sent += send(agencyId, due, "TASK", task.id(), task, "Chưa báo cáo tiến độ: " + task.title(),
                    "Đơn vị chủ trì chưa gửi báo cáo tiến độ " + m.frequency().label() + " của kỳ bắt đầu ngày "
                            + DAY.format(m.periodStart()) + (m.lastReportedOn() == null ? " (chưa báo cáo lần nào)."
                                    : " (lần gần nhất ngày " + DAY.format(m.lastReportedOn()) + ")."),
                    "/tasks/" + task.id() + "/plan", asOf, Role.UNIT);
        }

        List<GuidanceRequest> open = tasks.openGuidanceRequests(system);
        long waiting = 0;
        for (GuidanceRequest request : open) {
            var due = rules.forRequest(request.requestedOn(), asOf);
            if (due.isPresent()) {
                waiting++;
                TaskView task = tasks.get(system, request.taskId(), asOf, null);
                sent += send(agencyId, due.get(), "REQUEST", request.id(), task,
                        "Đề nghị chờ cho ý kiến: " + task.title(),
                        request.kind().label() + " gửi ngày " + DAY.format(request.requestedOn()) + " đã chờ "
                                + due.get().workingDays() + " ngày làm việc, quá thời hạn " + r.requestDecisionWorkingDays()
                                + " ngày làm việc để cho ý kiến.",
                        "/tasks/" + task.id() + "#guidance-requests", asOf, Role.LEADER);
            }
        }

        var digest = rules.forDigest(asOf);
        if (digest.isPresent()) {
            String body = "Đến ngày " + DAY.format(asOf) + ": " + overdue + " nhiệm vụ quá hạn, " + dueSoon
                    + " nhiệm vụ sắp đến hạn, " + missing.size() + " nhiệm vụ chưa báo cáo tiến độ, " + waiting
                    + " đề nghị chờ cho ý kiến quá hạn.";
            sent += sender.send(new JdbcNotices.Draft(agencyId, NoticeRule.WEEKLY_DIGEST, "AGENCY", agencyId,
                    digest.get().occasion(), null, null, "Tổng hợp tình hình thực hiện nhiệm vụ tuần " + digest.get().occasion(),
                    body, "/tasks?status=OVERDUE", asOf), () -> sender.members(agencyId, Role.OFFICE, null, null), null)
                            ? 1 : 0;
        }
        return sent;
    }

    private int taskNotices(long agencyId, NoticeRules rules, TaskView task, LocalDate asOf) {
        int sent = 0;
        for (NoticeRules.Due due : rules.forTask(task.status(), task.applicableDeadline(), task.workingDaysLate(), asOf)) {
            String unit = task.leadUnit() == null ? "" : " Đơn vị chủ trì: " + task.leadUnit().name() + ".";
            String link = "/tasks/" + task.id();
            sent += switch (due.rule()) {
                case DUE_SOON -> send(agencyId, due, "TASK", task.id(), task, "Nhiệm vụ sắp đến hạn: " + task.title(),
                        "Còn " + due.workingDays() + " ngày làm việc đến thời hạn "
                                + DAY.format(task.applicableDeadline()) + "." + unit,
                        link, asOf, Role.UNIT);
                case OVERDUE -> send(agencyId, due, "TASK", task.id(), task, "Nhiệm vụ quá hạn: " + task.title(),
                        task.statusReason() + unit, link, asOf, Role.UNIT);
                case ESCALATION -> send(agencyId, due, "TASK", task.id(), task,
                        "Nhiệm vụ quá hạn " + due.workingDays() + " ngày làm việc: " + task.title(),
                        task.statusReason() + unit + " Kính báo cáo Lãnh đạo Bộ phụ trách để chỉ đạo.", link, asOf,
                        Role.LEADER);
                default -> 0;
            };
        }
        return sent;
    }

    /**
     * Sends to the task's lead unit ({@link Role#UNIT}) or its supervising leader ({@link Role#LEADER}; the Office
     * when the task has none).
     */
    private int send(long agencyId, NoticeRules.Due due, String subjectType, long subjectId, TaskView task,
            String title, String body, String link, LocalDate asOf, Role to) {
        Long unitId = task.leadUnit() == null ? null : task.leadUnit().id();
        var draft = new JdbcNotices.Draft(agencyId, due.rule(), subjectType, subjectId, due.occasion(), task.id(),
                unitId, title, body, link, asOf);
        return sender.send(draft, () -> {
            if (to == Role.UNIT) {
                return unitId == null ? List.of() : sender.members(agencyId, Role.UNIT, unitId, null);
            }
            return task.supervisingLeader() == null ? sender.members(agencyId, Role.OFFICE, null, null)
                    : sender.members(agencyId, Role.LEADER, null, task.supervisingLeader().id());
        }, null) ? 1 : 0;
    }

    /** The sweep reads as the Office of the agency would: every task, nothing changed. */
    static CurrentUser system(long agencyId) {
        return new CurrentUser(0, "system", "Hệ thống theo dõi", Role.OFFICE, agencyId, null, null);
    }
}
