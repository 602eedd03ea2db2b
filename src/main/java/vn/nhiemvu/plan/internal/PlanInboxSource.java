package vn.nhiemvu.plan.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

import vn.nhiemvu.identity.CurrentUser;
import vn.nhiemvu.inbox.InboxItem;
import vn.nhiemvu.inbox.InboxSource;
import vn.nhiemvu.plan.PlanAction;
import vn.nhiemvu.plan.PlanPermissions;
import vn.nhiemvu.shared.DisplayDates;
import vn.nhiemvu.shared.Message;
import vn.nhiemvu.task.TaskHeading;
import vn.nhiemvu.task.TaskManagement;

/** Submitted plans wait for the leaders who may approve them (those who can see the task). */
@Component
class PlanInboxSource implements InboxSource {

    private final JdbcPlans plans;
    private final TaskManagement tasks;

    PlanInboxSource(JdbcPlans plans, TaskManagement tasks) {
        this.plans = plans;
        this.tasks = tasks;
    }

    @Override
    public List<InboxItem> waitingFor(CurrentUser user) {
        if (!PlanPermissions.POLICY.allowsAny(user, PlanAction.APPROVE)) {
            return List.of();
        }
        List<JdbcPlans.Submitted> submitted = plans.submitted(user.agencyId());
        // Scope and titles are the task module's: a leader sees the tasks they supervise and their units' tasks.
        Map<Long, TaskHeading> visible = tasks.headings(user, submitted.stream().map(JdbcPlans.Submitted::taskId).toList());
        return submitted.stream().filter(s -> visible.containsKey(s.taskId()))
                .map(s -> new InboxItem(Message.of("inbox.kind.approve-plan", s.number()),
                        visible.get(s.taskId()).title(), "/tasks/" + s.taskId() + "/plan",
                        LocalDate.ofInstant(s.at(), DisplayDates.ZONE)))
                .toList();
    }
}
