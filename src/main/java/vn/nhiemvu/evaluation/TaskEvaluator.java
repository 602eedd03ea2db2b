package vn.nhiemvu.evaluation;

import java.time.LocalDate;
import java.util.Objects;

import vn.nhiemvu.calendar.WorkingCalendar;
import vn.nhiemvu.shared.DisplayDates;

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
        var notes = new StringBuilder();
        LocalDate applicable = applicableDeadline(facts, horizon, asOf, notes);

        if (applicable == null) {
            return completedAt != null
                    ? new Evaluation(TaskStatus.COMPLETED_ON_TIME, null, 0, 0,
                            "Hoàn thành ngày " + day(completedAt) + "; nhiệm vụ không có thời hạn." + notes)
                    : new Evaluation(TaskStatus.NO_DEADLINE, null, 0, 0,
                            "Không có thời hạn: được theo dõi riêng, không bao giờ tính là quá hạn." + notes);
        }
        LocalDate effective = judgedBy(applicable);
        if (!effective.equals(applicable)) {
            notes.append(" Thời hạn ").append(day(applicable))
                    .append(" là ngày nghỉ nên được tính đến hết ngày làm việc tiếp theo (").append(day(effective))
                    .append(").");
        }
        if (completedAt != null) {
            if (!completedAt.isAfter(effective)) {
                return new Evaluation(TaskStatus.COMPLETED_ON_TIME, applicable, 0, 0, "Hoàn thành ngày "
                        + day(completedAt) + ", không muộn hơn thời hạn " + day(applicable) + "." + notes);
            }
            long late = calendar.workingDaysBetween(effective.plusDays(1), completedAt);
            return new Evaluation(TaskStatus.COMPLETED_LATE, applicable, late, 0, "Hoàn thành ngày "
                    + day(completedAt) + ", chậm " + late + " ngày làm việc so với thời hạn " + day(applicable) + "."
                    + notes);
        }
        if (asOf.isAfter(effective)) {
            long late = calendar.workingDaysBetween(effective.plusDays(1), asOf);
            return new Evaluation(TaskStatus.OVERDUE, applicable, late, 0,
                    "Quá hạn " + late + " ngày làm việc so với thời hạn " + day(applicable) + "." + notes);
        }
        long left = workingDaysLeft(applicable, asOf);
        String reason = left == 0
                ? "Đến hạn hôm nay (" + day(applicable) + ")."
                : "Còn " + left + " ngày làm việc đến thời hạn " + day(applicable) + ".";
        return new Evaluation(left <= policy.dueSoonWorkingDays() ? TaskStatus.DUE_SOON : TaskStatus.IN_PROGRESS,
                applicable, 0, left, reason + notes);
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
    private LocalDate applicableDeadline(TaskFacts facts, LocalDate horizon, LocalDate asOf, StringBuilder notes) {
        LocalDate current = facts.deadline();
        for (DeadlineChange change : facts.deadlineChanges()) {
            if (change.decidedOn().isAfter(asOf)) {
                continue;
            }
            if (change.decidedOn().isAfter(horizon)) {
                notes.append(" Đề nghị gia hạn đến ").append(day(change.proposedDeadline()))
                        .append(" được quyết định ngày ").append(day(change.decidedOn()))
                        .append(", sau ngày hoàn thành, nên không làm thay đổi kết quả.");
                continue;
            }
            if (!change.isApproved()) {
                notes.append(" Đề nghị gia hạn đến ").append(day(change.proposedDeadline())).append(" (gửi ngày ")
                        .append(day(change.requestedOn())).append(") không được phê duyệt.");
                continue;
            }
            LocalDate cutoff = cutoff(facts, current);
            if (policy.kind() == EvaluationPolicy.Kind.CHI_THI_75 && cutoff != null
                    && change.requestedOn().isAfter(cutoff)) {
                notes.append(" Đề nghị gia hạn đến ").append(day(change.proposedDeadline())).append(" gửi ngày ")
                        .append(day(change.requestedOn())).append(", sau thời điểm chốt ").append(day(cutoff))
                        .append(", nên không được tính (Chỉ thị 75, mục II.4).");
                continue;
            }
            notes.append(" Thời hạn ").append(current == null ? "(chưa có)" : day(current)).append(" đã được gia hạn đến ")
                    .append(day(change.proposedDeadline())).append(" (đề nghị ngày ").append(day(change.requestedOn()))
                    .append(", phê duyệt ngày ").append(day(change.decidedOn())).append(").");
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
