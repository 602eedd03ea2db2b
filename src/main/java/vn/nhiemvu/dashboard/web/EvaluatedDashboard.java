package vn.nhiemvu.dashboard.web;

import java.time.LocalDate;
import java.util.List;

import vn.nhiemvu.dashboard.Dashboard;
import vn.nhiemvu.dashboard.StatusCounts;
import vn.nhiemvu.evaluation.EvaluationPolicy;
import vn.nhiemvu.evaluation.TaskStatus;
import vn.nhiemvu.identity.CurrentUser;
import vn.nhiemvu.task.TaskManagement;
import vn.nhiemvu.task.UnitStatusCounts;

/**
 * The dashboard's picture on a day the aggregates do not hold (before today) or under the other policy: the task
 * module evaluates every task in scope (what the former "Tổng quan" page showed), in the dashboard's shape, with
 * the totals and the units only (no trend or leaders: those are the aggregates' and the periodic reports').
 */
final class EvaluatedDashboard {

    private EvaluatedDashboard() {
    }

    static Dashboard of(TaskManagement tasks, CurrentUser user, LocalDate asOf, EvaluationPolicy.Kind policy) {
        List<Dashboard.UnitCounts> units = tasks.countByUnit(user, asOf, policy).stream()
                .map(c -> new Dashboard.UnitCounts(c.unit().id(), c.unit().code(), c.unit().name(), counts(c)))
                .toList();
        StatusCounts totals = units.stream().map(Dashboard.UnitCounts::counts).reduce(StatusCounts.ZERO, StatusCounts::plus);
        return new Dashboard(asOf, null, policy, totals, units, List.of(), List.of());
    }

    private static StatusCounts counts(UnitStatusCounts c) {
        return StatusCounts.of(c.counts().get(TaskStatus.COMPLETED_ON_TIME), c.counts().get(TaskStatus.COMPLETED_LATE),
                c.counts().get(TaskStatus.IN_PROGRESS), c.counts().get(TaskStatus.DUE_SOON),
                c.counts().get(TaskStatus.OVERDUE), c.counts().get(TaskStatus.NO_DEADLINE));
    }
}
