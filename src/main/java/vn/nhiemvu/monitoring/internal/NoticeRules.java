package vn.nhiemvu.monitoring.internal;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import vn.nhiemvu.calendar.WorkingCalendar;
import vn.nhiemvu.evaluation.TaskStatus;
import vn.nhiemvu.monitoring.MonitoringRules;
import vn.nhiemvu.monitoring.NoticeRule;

/**
 * Which notices are due for a subject as of a date (plain Java): each has an occasion, so that the same rule
 * about the same subject sends again only when something new happened (a new deadline, the next repetition).
 * Status comes from the evaluation module; these rules only decide when to speak.
 */
final class NoticeRules {

    record Due(NoticeRule rule, String occasion, long workingDays) {
    }

    private final MonitoringRules rules;
    private final WorkingCalendar calendar;

    NoticeRules(MonitoringRules rules, WorkingCalendar calendar) {
        this.rules = rules;
        this.calendar = calendar;
    }

    /**
     * An open task: warned once per applicable deadline when at most N working days are left; once overdue,
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
        long left = calendar.workingDaysBetween(asOf.plusDays(1), applicableDeadline);
        if (!asOf.isAfter(applicableDeadline) && left <= rules.dueSoonWorkingDays()) {
            due.add(new Due(NoticeRule.DUE_SOON, applicableDeadline.toString(), left));
        }
        return due;
    }

    /**
     * The latest deadline a task rule can speak about as of the date, with at most {@code workingDays} working days
     * left: a task whose applicable deadline is later is neither overdue nor due soon, so a sweep need not read it.
     */
    LocalDate horizon(LocalDate asOf, int workingDays) {
        LocalDate last = asOf;
        while (calendar.workingDaysBetween(asOf.plusDays(1), last.plusDays(1)) <= workingDays) {
            last = last.plusDays(1);
        }
        return last;
    }

    /** A milestone not yet completed: warned before its due date, notified once on the first working day after. */
    Optional<Due> forMilestone(LocalDate dueDate, LocalDate asOf) {
        if (asOf.isAfter(dueDate)) {
            long late = calendar.workingDaysBetween(dueDate.plusDays(1), asOf);
            return late >= 1 ? Optional.of(new Due(NoticeRule.MILESTONE_OVERDUE, dueDate.toString(), late))
                    : Optional.empty();
        }
        long left = calendar.workingDaysBetween(asOf.plusDays(1), dueDate);
        return left <= rules.dueSoonWorkingDays()
                ? Optional.of(new Due(NoticeRule.MILESTONE_DUE_SOON, dueDate.toString(), left))
                : Optional.empty();
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
