package vn.nhiemvu.task.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import vn.nhiemvu.evaluation.TaskStatus;
import vn.nhiemvu.identity.CurrentUser;
import vn.nhiemvu.identity.Role;
import vn.nhiemvu.organization.Organization;
import vn.nhiemvu.organization.Unit;
import vn.nhiemvu.shared.InvalidInputException;
import vn.nhiemvu.shared.Message;
import vn.nhiemvu.shared.Text;
import vn.nhiemvu.task.TaskFilter;
import vn.nhiemvu.task.TaskGroups;

/**
 * A list filter in two halves (ADR 0005, 0026): SQL conditions on {@code t} that narrow by plain facts — never
 * dropping a task that matches — and the exact test on the evaluated task, since the status and the deadline in
 * force come from the evaluator alone. The services hand it whole to the repositories, which alone read its SQL.
 *
 * @param sql    ANDed conditions; their parameters are in {@code params}
 * @param asOf   the day statuses are evaluated on
 * @param group  the ids of the tasks in the area asked for (null: no area asked)
 */
record TaskConditions(List<String> sql, Map<String, Object> params, TaskFilter filter, LocalDate asOf, Set<Long> group) {

    /** Up to this many tasks of an area narrow in SQL ({@code in}); a larger area is tested in Java alone. */
    static final int GROUP_IN_SQL = 1000;

    /** The conditions; {@code groups} answers the area filter (null when no module keeps areas). */
    static TaskConditions of(CurrentUser user, TaskFilter filter, LocalDate asOf, Organization organization,
            TaskGroups groups) {
        var conditions = new ArrayList<String>();
        var params = new HashMap<String, Object>();
        Set<Long> group = null;
        if (filter.areaCode() != null) {
            String code = filter.areaCode();
            group = (groups == null ? Optional.<Set<Long>>empty() : groups.taskIds(user.agencyId(), code))
                    .orElseThrow(() -> InvalidInputException.of("area", Message.of("invalid.area.areas.unknown", code)));
            if (group.isEmpty()) {
                conditions.add("1 = 0");
            } else if (group.size() <= GROUP_IN_SQL) {
                conditions.add("t.id in (:areaTasks)");
                params.put("areaTasks", List.copyOf(group));
            }
        }
        if (!filter.statuses().isEmpty()) {
            // Completion is a plain fact: narrow in SQL, then evaluate each candidate exactly.
            boolean onlyCompleted = filter.statuses().stream().allMatch(TaskStatus::isCompleted);
            boolean onlyOpen = filter.statuses().stream().noneMatch(TaskStatus::isCompleted);
            if (onlyCompleted) {
                conditions.add("t.completed_at is not null and t.completed_at <= :asOf");
                params.put("asOf", asOf);
            } else if (onlyOpen) {
                conditions.add("t.completed_at is null or t.completed_at > :asOf");
                params.put("asOf", asOf);
            }
        }
        if (filter.leadUnitCode() != null) {
            conditions.add("t.lead_unit_id = :leadUnit");
            params.put("leadUnit", unit(user, organization, filter.leadUnitCode(), "leadUnit").id());
        }
        if (filter.coordinatingUnitCode() != null) {
            conditions.add("exists (select 1 from task_coordinating_unit fc where fc.task_id = t.id and fc.unit_id = :coordinatingUnit)");
            params.put("coordinatingUnit", unit(user, organization, filter.coordinatingUnitCode(), "coordinatingUnit").id());
        }
        if (filter.leaderId() != null) {
            conditions.add("t.supervising_leader_id = :leader");
            params.put("leader", filter.leaderId());
        }
        if (filter.mine()) {
            if (user.role() == Role.LEADER) {
                conditions.add("t.supervising_leader_id = :mineLeader");
                params.put("mineLeader", user.leaderId());
            } else if (user.unitId() != null) {
                conditions.add("t.lead_unit_id = :mineUnit");
                params.put("mineUnit", user.unitId());
            } else {
                throw InvalidInputException.of("mine", Message.of("invalid.task.mine.invalid"));
            }
        }
        if (filter.directiveId() != null) {
            conditions.add("t.directive_id = :directive");
            params.put("directive", filter.directiveId());
        }
        if (filter.parentTaskId() != null) {
            conditions.add("t.parent_task_id = :parent");
            params.put("parent", filter.parentTaskId());
        }
        if (filter.deadlineFrom() != null && filter.deadlineTo() != null && filter.deadlineTo().isBefore(filter.deadlineFrom())) {
            throw InvalidInputException.of("deadlineTo", Message.of("invalid.task.deadline-to.range"));
        }
        // The range is on the deadline in force: SQL narrows by the original deadline, and keeps every task a
        // recorded deadline change may have moved (either way); the evaluation decides.
        String changed = "exists (select 1 from task_deadline_change fd where fd.task_id = t.id)";
        if (filter.deadlineFrom() != null) {
            conditions.add("t.deadline >= :deadlineFrom or " + changed);
            params.put("deadlineFrom", filter.deadlineFrom());
        }
        if (filter.deadlineTo() != null) {
            conditions.add("t.deadline <= :deadlineTo or " + changed);
            params.put("deadlineTo", filter.deadlineTo());
        }
        String folded = Text.fold(filter.query());
        if (!folded.isEmpty()) {
            conditions.add("t.search_text like :query");
            params.put("query", "%" + folded + "%");
        }
        return new TaskConditions(List.copyOf(conditions), Map.copyOf(params), filter, asOf,
                group == null ? null : Set.copyOf(group));
    }

    /**
     * Whether the evaluated task matches what SQL could not decide: its area (when too large for SQL), its status and
     * its deadline in force (applicable).
     */
    boolean matches(long id, TaskStatus status, LocalDate deadline) {
        if (group != null && !group.contains(id)) {
            return false;
        }
        if (!filter.statuses().isEmpty() && !filter.statuses().contains(status)) {
            return false;
        }
        if (filter.deadlineFrom() == null && filter.deadlineTo() == null) {
            return true;
        }
        return deadline != null && (filter.deadlineFrom() == null || !deadline.isBefore(filter.deadlineFrom()))
                && (filter.deadlineTo() == null || !deadline.isAfter(filter.deadlineTo()));
    }

    private static Unit unit(CurrentUser user, Organization organization, String code, String field) {
        return organization.unitByCode(user.agencyId(), code)
                .orElseThrow(() -> InvalidInputException.of(field, Message.of("invalid.task.unit.unknown", code)));
    }
}
