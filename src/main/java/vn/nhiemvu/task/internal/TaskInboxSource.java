package vn.nhiemvu.task.internal;

import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import vn.nhiemvu.identity.CurrentUser;
import vn.nhiemvu.inbox.InboxItem;
import vn.nhiemvu.inbox.InboxSource;
import vn.nhiemvu.organization.Organization;
import vn.nhiemvu.task.TaskPermissions;
import vn.nhiemvu.shared.Message;

/** Open requests for guidance or a new deadline wait for the leaders who may decide them. */
@Component
class TaskInboxSource implements InboxSource {

    private final JdbcClient jdbc;
    private final Organization organization;

    TaskInboxSource(JdbcClient jdbc, Organization organization) {
        this.jdbc = jdbc;
        this.organization = organization;
    }

    @Override
    public List<InboxItem> waitingFor(CurrentUser user) {
        if (!TaskPermissions.POLICY.allowsAny(user, TaskPermissions.Action.DECIDE_GUIDANCE)) {
            return List.of();
        }
        TaskScope scope = TaskScope.of(user, organization);
        return jdbc.sql("""
                select r.kind, r.task_id, r.requested_on, t.title from guidance_request r join task t on t.id = r.task_id
                where r.state = 'OPEN' and
                """ + scope.condition() + " order by r.requested_on, r.id")
                .params(scope.params())
                .query((rs, n) -> new InboxItem(
                        Message.of("EXTENSION".equals(rs.getString("kind")) ? "inbox.kind.decide-extension"
                                : "inbox.kind.give-direction"),
                        rs.getString("title"), "/tasks/" + rs.getLong("task_id") + "#guidance-requests",
                        rs.getObject("requested_on", java.time.LocalDate.class)))
                .list();
    }
}
