package vn.nhiemvu.evaluation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import vn.nhiemvu.calendar.WorkingCalendar;
import vn.nhiemvu.shared.DisplayDates;
import vn.nhiemvu.shared.Message;

/**
 * Evaluates a task as of a date under a policy and the working-day calendar: the one place where
 * status is decided. Pure: no clock, no database; the same facts and date always give the same
 * answer, so a report run again for a past date gives the figures it gave then.
 *
 * <p>The rules, in order:
 * <ol>
 * <li>Only what had happened by the "as of" date counts: a completion or a decision after it has not
 * happened yet; a decision after the completion does not change how the completion is judged.</li>
 * <li>The applicable deadline is the original one, moved by each approved change — under
 * {@link EvaluationPolicy.Kind#CHI_THI_75} only by changes requested on or before the cut-off (the
 * directive's, or the policy's number of working days before the deadline then in force); under
 * {@link EvaluationPolicy.Kind#GOVERNMENT_OFFICE} by every approved change.</li>
 * <li>A deadline on a non-working day is met by the end of the next working day, if the policy says so.</li>
 * <li>Completed on or before that day: on time; after: late. Not completed: overdue after it, due soon
 * with at most the policy's working days left, in progress before that; no deadline: counted apart.</li>
 * </ol>
 * The evaluation says why as message codes with their arguments (dates as read, counts as numbers), never as
 * sentences: the bundles word them in each language (ADR 0033).
 */
public final class TaskEvaluator {


    private final EvaluationPolicy policy;
    private final WorkingCalendar calendar;

    public TaskEvaluator(EvaluationPolicy policy, WorkingCalendar calendar) {
        this.policy = Objects.requireNonNull(policy, "policy");
        this.calendar = Objects.requireNonNull(calendar, "calendar");
    }

    public EvaluationPolicy policy() {
        return policy;
    }

    public Evaluation evaluate(TaskFacts facts, LocalDate asOf) {
        Objects.requireNonNull(asOf, "asOf");
        LocalDate completedAt = facts.completedAt() != null && !facts.completedAt().isAfter(asOf)
                ? facts.completedAt() : null;
        LocalDate horizon = completedAt != null ? completedAt : asOf;
        var notes = new ArrayList<Message>();
        LocalDate applicable = applicableDeadline(facts, horizon, asOf, notes);

        if (applicable == null) {
            return completedAt != null
                    ? new Evaluation(TaskStatus.COMPLETED_ON_TIME, null, 0, 0,
                            why(Message.of("explanation.completed.no-deadline", day(completedAt)), notes))
                    : new Evaluation(TaskStatus.NO_DEADLINE, null, 0, 0,
                            why(Message.of("explanation.no-deadline"), notes));
        }
        LocalDate effective = judgedBy(applicable);
        if (!effective.equals(applicable)) {
            notes.add(Message.of("explanation.note.day-off", day(applicable), day(effective)));
        }
        if (completedAt != null) {
            if (!completedAt.isAfter(effective)) {
                return new Evaluation(TaskStatus.COMPLETED_ON_TIME, applicable, 0, 0,
                        why(Message.of("explanation.completed.on-time", day(completedAt), day(applicable)), notes));
            }
            long late = calendar.workingDaysBetween(effective.plusDays(1), completedAt);
            return new Evaluation(TaskStatus.COMPLETED_LATE, applicable, late, 0,
                    why(Message.of("explanation.completed.late", day(completedAt), late, day(applicable)), notes));
        }
        if (asOf.isAfter(effective)) {
            long late = calendar.workingDaysBetween(effective.plusDays(1), asOf);
            return new Evaluation(TaskStatus.OVERDUE, applicable, late, 0,
                    why(Message.of("explanation.overdue", late, day(applicable)), notes));
        }
        long left = workingDaysLeft(applicable, asOf);
        Message outcome = left == 0
                ? Message.of("explanation.due-today", day(applicable))
                : Message.of("explanation.days-left", left, day(applicable));
        return new Evaluation(left <= policy.dueSoonWorkingDays() ? TaskStatus.DUE_SOON : TaskStatus.IN_PROGRESS,
                applicable, 0, left, why(outcome, notes));
    }

    /** The outcome first, then the notes on how the deadline was reached. */
    private static List<Message> why(Message outcome, List<Message> notes) {
        var explanation = new ArrayList<Message>(notes.size() + 1);
        explanation.add(outcome);
        explanation.addAll(notes);
        return explanation;
    }

    /**
     * The day a deadline is met by: the deadline itself, or the next working day when it falls on a day off and the
     * policy says such a deadline is met by the end of the next working day. Every count of days late or left is
     * counted to this day.
     */
    public LocalDate judgedBy(LocalDate deadline) {
        return policy.nonWorkingDeadlineExtends() && !calendar.isWorkingDay(deadline) ? calendar.nextWorkingDay(deadline)
                : deadline;
    }

    /**
     * The working days left on {@code asOf} until the day the deadline is judged by, that day included: 0 on that
     * day and after it.
     */
    public long workingDaysLeft(LocalDate deadline, LocalDate asOf) {
        return calendar.workingDaysBetween(asOf.plusDays(1), judgedBy(deadline));
    }

    /**
     * The last day a deadline can be judged by and be due soon on {@code asOf}: at most the policy's working days
     * left means judged by a day before the next working day after those. A deadline judged by a later day is in
     * progress, so whoever reads open tasks for warnings may stop there (a deadline is never after the day it is
     * judged by).
     */
    public LocalDate dueSoonUntil(LocalDate asOf) {
        return calendar.addWorkingDays(asOf, policy.dueSoonWorkingDays() + 1).minusDays(1);
    }

    /** The deadline the task is judged against, explaining in {@code notes} each change counted or not. */
    private LocalDate applicableDeadline(TaskFacts facts, LocalDate horizon, LocalDate asOf, List<Message> notes) {
        LocalDate current = facts.deadline();
        for (DeadlineChange change : facts.deadlineChanges()) {
            if (change.decidedOn().isAfter(asOf)) {
                continue;
            }
            if (change.decidedOn().isAfter(horizon)) {
                notes.add(Message.of("explanation.note.decided-after-completion", day(change.proposedDeadline()),
                        day(change.decidedOn())));
                continue;
            }
            if (!change.isApproved()) {
                notes.add(Message.of("explanation.note.not-approved", day(change.proposedDeadline()),
                        day(change.requestedOn())));
                continue;
            }
            LocalDate cutoff = cutoff(facts, current);
            if (policy.kind() == EvaluationPolicy.Kind.CHI_THI_75 && cutoff != null
                    && change.requestedOn().isAfter(cutoff)) {
                notes.add(Message.of("explanation.note.after-cutoff", day(change.proposedDeadline()),
                        day(change.requestedOn()), day(cutoff)));
                continue;
            }
            notes.add(current == null
                    ? Message.of("explanation.note.extended.no-deadline", day(change.proposedDeadline()),
                            day(change.requestedOn()), day(change.decidedOn()))
                    : Message.of("explanation.note.extended", day(current), day(change.proposedDeadline()),
                            day(change.requestedOn()), day(change.decidedOn())));
            current = change.proposedDeadline();
        }
        return current;
    }

    /**
     * The last day a request to change the deadline counts as timely: the directive's cut-off, else the
     * policy's number of working days before the deadline in force; null when there is neither.
     */
    public LocalDate cutoff(TaskFacts facts, LocalDate deadlineInForce) {
        if (facts.extensionCutoff() != null) {
            return facts.extensionCutoff();
        }
        return deadlineInForce == null ? null
                : calendar.addWorkingDays(deadlineInForce, -policy.cutoffWorkingDaysBeforeDeadline());
    }

    private static String day(LocalDate date) {
        return DisplayDates.date(date);
    }
}
