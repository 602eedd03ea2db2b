package vn.nhiemvu.plan.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.nhiemvu.identity.CurrentUser;
import vn.nhiemvu.identity.Role;
import vn.nhiemvu.inbox.InboxItem;
import vn.nhiemvu.inbox.InboxSource;
import vn.nhiemvu.plan.MissingReport;
import vn.nhiemvu.plan.PlanAction;
import vn.nhiemvu.plan.PlanPermissions;
import vn.nhiemvu.plan.ReportFrequency;
import vn.nhiemvu.plan.ReportSchedules;
import vn.nhiemvu.task.TaskManagement;
import vn.nhiemvu.task.TaskPermissions;
import vn.nhiemvu.task.TaskView;
import vn.nhiemvu.shared.Message;

/** Report schedules; a unit that owes a report sees it in its inbox. */
@Service
@Transactional(readOnly = true)
class JdbcReportSchedules implements ReportSchedules, InboxSource {

    private final JdbcClient jdbc;
    private final TaskManagement tasks;
    private final Clock clock;

    JdbcReportSchedules(JdbcClient jdbc, TaskManagement tasks, Clock clock) {
        this.jdbc = jdbc;
        this.tasks = tasks;
        this.clock = clock;
    }

    @Override
    @Transactional
    public void require(CurrentUser user, long taskId, ReportFrequency frequency) {
        TaskView task = tasks.get(user, taskId, null, null); // not found outside the user's scope
        PlanPermissions.POLICY.check(PlanAction.REQUIRE_REPORTS, TaskPermissions.relation(user, task));
        jdbc.sql("delete from report_schedule where task_id = :task").param("task", taskId).update();
        if (frequency != null) {
            jdbc.sql("""
                    insert into report_schedule (task_id, agency_id, frequency, set_by, set_at)
                    values (:task, :agency, :frequency, :by, :now)
                    """).param("task", taskId).param("agency", user.agencyId()).param("frequency", frequency.name())
                    .param("by", user.username()).param("now", OffsetDateTime.now(clock)).update();
        }
    }

    @Override
    public List<MissingReport> missing(CurrentUser user, LocalDate asOf) {
        LocalDate date = asOf == null ? LocalDate.now(clock) : asOf;
        var rows = jdbc.sql("""
                select s.task_id, s.frequency,
                       (select max(r.created_at) from progress_report r where r.task_id = s.task_id and r.part = 'LEAD')
                           as last_report
                from report_schedule s where s.agency_id = :agency order by s.task_id
                """).param("agency", user.agencyId())
                .query((rs, n) -> new Object[] { rs.getLong("task_id"), ReportFrequency.valueOf(rs.getString("frequency")),
                        rs.getObject("last_report", OffsetDateTime.class) })
                .list();
        var missing = new ArrayList<MissingReport>();
        for (Object[] row : rows) {
            long taskId = (Long) row[0];
            if (!tasks.isVisible(user, taskId)) {
                continue;
            }
            ReportFrequency frequency = (ReportFrequency) row[1];
            LocalDate last = row[2] == null ? null : ((OffsetDateTime) row[2]).atZoneSameInstant(clock.getZone()).toLocalDate();
            LocalDate start = frequency.periodStart(date);
            TaskView task = tasks.get(user, taskId, date, null);
            boolean done = task.completedAt() != null && !task.completedAt().isAfter(date);
            if (!done && (last == null || last.isBefore(start))) {
                missing.add(new MissingReport(taskId, task.title(), task.leadUnit() == null ? null : task.leadUnit().name(),
                        frequency, start, last));
            }
        }
        return missing;
    }

    @Override
    public List<InboxItem> waitingFor(CurrentUser user) {
        if (user.role() != Role.UNIT) {
            return List.of();
        }
        return missing(user, null).stream()
                .filter(m -> tasks.get(user, m.taskId(), null, null).leadUnit().id() == user.unitId())
                .map(m -> new InboxItem(Message.of("inbox.kind.report-progress", Message.of(m.frequency().code())), m.title(),
                        "/tasks/" + m.taskId() + "/plan", m.periodStart()))
                .toList();
    }
}
