package vn.nhiemvu.monitoring.internal;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import vn.nhiemvu.calendar.WorkingCalendar;
import vn.nhiemvu.evaluation.Evaluation;
import vn.nhiemvu.evaluation.TaskEvaluator;
import vn.nhiemvu.evaluation.TaskFacts;
import vn.nhiemvu.evaluation.TaskStatus;
import vn.nhiemvu.monitoring.MonitoringRules;
import vn.nhiemvu.monitoring.NoticeRule;

/**
 * Which notices are due for a subject as of a date (plain Java): each has an occasion, so that the same rule
 * about the same subject sends again only when something new happened (a new deadline, the next repetition).
 * Status, working days left or late and due soon come from the evaluation module (a milestone's due date is judged
 * like a deadline); these rules only decide when to speak.
 */
final class NoticeRules {

    record Due(NoticeRule rule, String occasion, long workingDays) {
    }

    private final MonitoringRules rules;
    private final TaskEvaluator evaluator;
    private final WorkingCalendar calendar;

    NoticeRules(MonitoringRules rules, TaskEvaluator evaluator, WorkingCalendar calendar) {
        this.rules = rules;
        this.evaluator = evaluator;
        this.calendar = calendar;
    }

    /**
     * An open task: warned once per applicable deadline while it is due soon; once overdue,
     * notified on the first working day after the deadline and every M working days after that; escalated once per
     * deadline when K working days overdue.
     */
    List<Due> forTask(TaskStatus status, LocalDate applicableDeadline, long workingDaysLate, LocalDate asOf) {
        var due = new ArrayList<Due>();
        if (applicableDeadline == null || status.isCompleted()) {
            return due;
        }
        if (status == TaskStatus.OVERDUE) {
            if (workingDaysLate >= 1) {
                long repetition = (workingDaysLate - 1) / rules.repeatWorkingDays();
                due.add(new Due(NoticeRule.OVERDUE, applicableDeadline + "#" + repetition, workingDaysLate));
            }
            if (workingDaysLate >= rules.escalateAfterWorkingDays()) {
                due.add(new Due(NoticeRule.ESCALATION, applicableDeadline.toString(), workingDaysLate));
            }
            return due;
        }
        if (status == TaskStatus.DUE_SOON) {
            due.add(new Due(NoticeRule.DUE_SOON, applicableDeadline.toString(),
                    evaluator.workingDaysLeft(applicableDeadline, asOf)));
        }
        return due;
    }

    /**
     * The latest deadline a task rule can speak about as of the date: a task whose applicable deadline is later is
     * neither overdue nor due soon, so a sweep need not read it.
     */
    LocalDate horizon(LocalDate asOf) {
        return evaluator.dueSoonUntil(asOf);
    }

    /**
     * A milestone not yet completed, its due date judged like a deadline: warned while due soon, notified once on the
     * first working day it is overdue.
     */
    Optional<Due> forMilestone(LocalDate dueDate, LocalDate asOf) {
        Evaluation evaluation = evaluator.evaluate(TaskFacts.of(dueDate, null), asOf);
        return switch (evaluation.status()) {
            case OVERDUE -> evaluation.workingDaysLate() >= 1
                    ? Optional.of(new Due(NoticeRule.MILESTONE_OVERDUE, dueDate.toString(), evaluation.workingDaysLate()))
                    : Optional.empty();
            case DUE_SOON -> Optional.of(new Due(NoticeRule.MILESTONE_DUE_SOON, dueDate.toString(),
                    evaluation.workingDaysLeft()));
            default -> Optional.empty();
        };
    }

    /**
     * A proposal round's deadline, judged like a task's, for an agency that has not answered: reminded once while the
     * deadline is near (due soon), notified once on the first working day after it.
     */
    Optional<Due> forRound(LocalDate deadline, LocalDate asOf) {
        Evaluation evaluation = evaluator.evaluate(TaskFacts.of(deadline, null), asOf);
        return switch (evaluation.status()) {
            case OVERDUE -> evaluation.workingDaysLate() >= 1
                    ? Optional.of(new Due(NoticeRule.ROUND_OVERDUE, deadline.toString(), evaluation.workingDaysLate()))
                    : Optional.empty();
            case DUE_SOON -> Optional.of(new Due(NoticeRule.ROUND_DUE_SOON, deadline.toString(),
                    evaluation.workingDaysLeft()));
            default -> Optional.empty();
        };
    }

    /** A request still open more than D working days after it was sent: once. */
    Optional<Due> forRequest(LocalDate requestedOn, LocalDate asOf) {
        long waited = calendar.workingDaysBetween(requestedOn.plusDays(1), asOf);
        return waited > rules.requestDecisionWorkingDays()
                ? Optional.of(new Due(NoticeRule.REQUEST_UNDECIDED, "after-" + rules.requestDecisionWorkingDays(), waited))
                : Optional.empty();
    }

    /** The Office's digest: on the first working day of each ISO week, once per week. */
    Optional<Due> forDigest(LocalDate asOf) {
        if (!rules.weeklyDigest() || !calendar.isWorkingDay(asOf)) {
            return Optional.empty();
        }
        LocalDate monday = asOf.with(DayOfWeek.MONDAY);
        if (monday.isBefore(asOf) && calendar.workingDaysBetween(monday, asOf.minusDays(1)) > 0) {
            return Optional.empty();
        }
        return Optional.of(new Due(NoticeRule.WEEKLY_DIGEST,
                asOf.get(IsoFields.WEEK_BASED_YEAR) + "-W" + asOf.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR), 0));
    }
}
