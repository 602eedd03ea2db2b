package vn.nhiemvu.task.internal;

import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

import vn.nhiemvu.identity.CurrentUser;
import vn.nhiemvu.inbox.InboxItem;
import vn.nhiemvu.inbox.InboxSource;
import vn.nhiemvu.organization.Organization;
import vn.nhiemvu.shared.Message;
import vn.nhiemvu.task.GuidanceRequest;
import vn.nhiemvu.task.TaskPermissions;

/** Open requests for guidance or a new deadline wait for the leaders who may decide them. */
@Component
class TaskInboxSource implements InboxSource {

    private final JdbcGuidanceRequests requests;
    private final JdbcTasks tasks;
    private final Organization organization;

    TaskInboxSource(JdbcGuidanceRequests requests, JdbcTasks tasks, Organization organization) {
        this.requests = requests;
        this.tasks = tasks;
        this.organization = organization;
    }

    @Override
    public List<InboxItem> waitingFor(CurrentUser user) {
        if (!TaskPermissions.POLICY.allowsAny(user, TaskPermissions.Action.DECIDE_GUIDANCE)) {
            return List.of();
        }
        List<GuidanceRequest> open = requests.open(TaskScope.of(organization.visibility(user)));
        Map<Long, String> titles = tasks.titles(open.stream().map(GuidanceRequest::taskId).distinct().toList());
        return open.stream().map(r -> new InboxItem(
                Message.of(r.kind() == GuidanceRequest.Kind.EXTENSION ? "inbox.kind.decide-extension"
                        : "inbox.kind.give-direction"),
                titles.get(r.taskId()), "/tasks/" + r.taskId() + "#guidance-requests", r.requestedOn())).toList();
    }
}
