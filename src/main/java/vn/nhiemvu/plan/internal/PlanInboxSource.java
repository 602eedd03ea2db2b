package vn.nhiemvu.plan.internal;

import java.time.OffsetDateTime;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import vn.nhiemvu.identity.CurrentUser;
import vn.nhiemvu.identity.Role;
import vn.nhiemvu.inbox.InboxItem;
import vn.nhiemvu.inbox.InboxSource;
import vn.nhiemvu.task.TaskManagement;

/** Submitted plans wait for the leaders who may approve them (those who can see the task). */
@Component
class PlanInboxSource implements InboxSource {

    private final JdbcClient jdbc;
    private final TaskManagement tasks;

    PlanInboxSource(JdbcClient jdbc, TaskManagement tasks) {
        this.jdbc = jdbc;
        this.tasks = tasks;
    }

    @Override
    public List<InboxItem> waitingFor(CurrentUser user) {
        if (user.role() != Role.LEADER) {
            return List.of();
        }
        return jdbc.sql("""
                select p.task_id, p.number, p.submitted_at, t.title from plan_version p join task t on t.id = p.task_id
                where p.agency_id = :agency and p.state = 'SUBMITTED' order by p.submitted_at, p.id
                """).param("agency", user.agencyId())
                .query((rs, n) -> new Object[] { rs.getLong("task_id"), rs.getInt("number"),
                        rs.getObject("submitted_at", OffsetDateTime.class), rs.getString("title") })
                .list().stream()
                // Scope is the task module's: a leader sees the tasks they supervise and their units' tasks.
                .filter(row -> tasks.isVisible(user, (Long) row[0]))
                .map(row -> new InboxItem("Phê duyệt kế hoạch thực hiện (phiên bản " + row[1] + ")", (String) row[3],
                        "/tasks/" + row[0] + "/plan", ((OffsetDateTime) row[2]).toLocalDate()))
                .toList();
    }
}
