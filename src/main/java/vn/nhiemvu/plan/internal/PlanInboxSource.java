package vn.nhiemvu.plan.internal;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import vn.nhiemvu.identity.CurrentUser;
import vn.nhiemvu.identity.Role;
import vn.nhiemvu.inbox.InboxItem;
import vn.nhiemvu.inbox.InboxSource;
import vn.nhiemvu.task.TaskHeading;
import vn.nhiemvu.task.TaskManagement;
import vn.nhiemvu.shared.Message;

/** Submitted plans wait for the leaders who may approve them (those who can see the task). */
@Component
class PlanInboxSource implements InboxSource {

    private final JdbcClient jdbc;
    private final TaskManagement tasks;

    PlanInboxSource(JdbcClient jdbc, TaskManagement tasks) {
        this.jdbc = jdbc;
        this.tasks = tasks;
    }

    private record Submitted(long taskId, int number, OffsetDateTime submittedAt) {
    }

    @Override
    public List<InboxItem> waitingFor(CurrentUser user) {
        if (user.role() != Role.LEADER) {
            return List.of();
        }
        List<Submitted> submitted = jdbc.sql("""
                select task_id, number, submitted_at from plan_version
                where agency_id = :agency and state = 'SUBMITTED' order by submitted_at, id
                """).param("agency", user.agencyId())
                .query((rs, n) -> new Submitted(rs.getLong("task_id"), rs.getInt("number"),
                        rs.getObject("submitted_at", OffsetDateTime.class)))
                .list();
        // Scope and titles are the task module's: a leader sees the tasks they supervise and their units' tasks.
        Map<Long, TaskHeading> visible = tasks.headings(user, submitted.stream().map(Submitted::taskId).toList());
        return submitted.stream().filter(s -> visible.containsKey(s.taskId()))
                .map(s -> new InboxItem(Message.of("inbox.kind.approve-plan", s.number()),
                        visible.get(s.taskId()).title(), "/tasks/" + s.taskId() + "/plan", s.submittedAt().toLocalDate()))
                .toList();
    }
}
