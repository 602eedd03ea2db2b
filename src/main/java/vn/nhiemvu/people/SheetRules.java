package vn.nhiemvu.people;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import vn.nhiemvu.evaluation.TaskStatus;

/**
 * A person's sheet for a period under Nghị định 335/2025 (DOMAIN §10), as one plain-Java rule. Every number is a
 * setting ({@code nhiemvu.people.*}); the way a, b and c make the 70 points was published as an image that could not
 * be confirmed, so the formula below is our best reading, said on the page.
 *
 * <p>Which tasks are the period's work items: reckoned to {@code end} = the period's last day, or the as-of date when
 * earlier, a task counts when it was completed in [start, end], or is still open at {@code end} with its applicable
 * deadline on or before {@code end}; it counts for the person who carried it out on the day of its completion (open:
 * on {@code end}) — one who carried it out earlier in the period sees it listed as re-assigned, not counted. An
 * objective cause confirmed with its decision leaves the task out (listed with the decision). Each counted item
 * with weight w gives:
 * <ul>
 * <li>quantity: w when completed, else 0 — a = Σ quantity / Σ w;</li>
 * <li>quality: w × max(0, 1 − {@code qualityReduction} × failed checks) when completed — b = Σ quality / Σ w;</li>
 * <li>timeliness: w × max(0, 1 − {@code latenessReduction} × late instances) when completed, a late completion being
 *     one late instance — c = Σ timeliness / Σ w;</li>
 * <li>task points = {@code taskPoints} × (wa·a + wb·b + wc·c) / (wa + wb + wc), to two decimals (half up).</li>
 * </ul>
 * Total = general criteria (entered by the evaluator, 0 to {@code generalPoints}) + task points; the grade by the
 * thresholds. No item: no task points and no grade; no general points entered: no total and no grade.
 */
public record SheetRules(BigDecimal taskPoints, BigDecimal generalPoints, BigDecimal quantityWeight,
        BigDecimal qualityWeight, BigDecimal timelinessWeight, BigDecimal qualityReduction,
        BigDecimal latenessReduction, BigDecimal excellentFrom, BigDecimal goodFrom, BigDecimal doneFrom) {

    private static final MathContext EXACT = MathContext.DECIMAL64;

    /** The defaults (as {@code nhiemvu.people.*} ships them): 70 + 30 points, a, b, c alike, 25 %, 90/70/50. */
    public static SheetRules defaults() {
        return new SheetRules(d("70"), d("30"), d("1"), d("1"), d("1"), d("0.25"), d("0.25"), d("90"), d("70"), d("50"));
    }

    public SheetRules {
        if (quantityWeight.add(qualityWeight).add(timelinessWeight).signum() <= 0) {
            throw new IllegalArgumentException("the weights of a, b and c must not all be zero");
        }
    }

    /** The sheet of the items for the period, reckoned as of the date, with the general points (null: not entered). */
    public Sheet sheet(SheetPeriod period, LocalDate asOf, List<WorkItem> items, BigDecimal general) {
        LocalDate end = asOf.isBefore(period.to()) ? asOf : period.to();
        var lines = new ArrayList<Line>();
        var left = new ArrayList<LeftOut>();
        BigDecimal assigned = BigDecimal.ZERO;
        BigDecimal quantity = BigDecimal.ZERO;
        BigDecimal quality = BigDecimal.ZERO;
        BigDecimal timeliness = BigDecimal.ZERO;
        if (!end.isBefore(period.from())) {
            for (WorkItem item : items.stream().sorted(Comparator.comparingLong(WorkItem::taskId)).toList()) {
                boolean completed = item.status().isCompleted() && item.completedOn() != null;
                LocalDate day;
                if (completed) {
                    if (item.completedOn().isBefore(period.from()) || item.completedOn().isAfter(end)) {
                        continue;
                    }
                    day = item.completedOn();
                } else if (item.deadline() != null && !item.deadline().isAfter(end)) {
                    day = end;
                } else {
                    continue;
                }
                boolean heldInPeriod = item.holdings().stream().anyMatch(h -> h.overlaps(period.from(), end));
                if (item.holdings().stream().noneMatch(h -> h.covers(day))) {
                    if (heldInPeriod) {
                        left.add(new LeftOut(item.taskId(), item.title(), LeftOut.Reason.REASSIGNED, null));
                    }
                    continue;
                }
                if (item.objectiveCause() != null) {
                    left.add(new LeftOut(item.taskId(), item.title(), LeftOut.Reason.OBJECTIVE_CAUSE, item.objectiveCause()));
                    continue;
                }
                BigDecimal w = item.weight();
                long failed = item.checks().stream().filter(c -> !c.passed()).count();
                int late = item.status() == TaskStatus.COMPLETED_LATE ? 1 : 0;
                BigDecimal q = completed ? w : BigDecimal.ZERO;
                BigDecimal ql = completed ? w.multiply(factor(qualityReduction, failed)) : BigDecimal.ZERO;
                BigDecimal tl = completed ? w.multiply(factor(latenessReduction, late)) : BigDecimal.ZERO;
                assigned = assigned.add(w);
                quantity = quantity.add(q);
                quality = quality.add(ql);
                timeliness = timeliness.add(tl);
                lines.add(new Line(item.taskId(), item.title(), w, item.status(), item.deadline(),
                        completed ? item.completedOn() : null, item.workingDaysLate(), failed, late, q, ql, tl,
                        item.checks()));
            }
        }
        BigDecimal a = ratio(quantity, assigned);
        BigDecimal b = ratio(quality, assigned);
        BigDecimal c = ratio(timeliness, assigned);
        BigDecimal points = null;
        if (assigned.signum() > 0) {
            BigDecimal mix = quantityWeight.multiply(quantity).add(qualityWeight.multiply(quality))
                    .add(timelinessWeight.multiply(timeliness));
            BigDecimal weights = quantityWeight.add(qualityWeight).add(timelinessWeight).multiply(assigned);
            points = taskPoints.multiply(mix).divide(weights, EXACT).setScale(2, RoundingMode.HALF_UP);
        }
        BigDecimal total = points == null || general == null ? null : points.add(general);
        return new Sheet(period, end, lines, left, assigned, quantity, quality, timeliness, a, b, c, points, general,
                total, total == null ? null : grade(total));
    }

    /**
     * The year's rating (Nghị định 335, Điều 19: yearly, from the periods' scores, made before 15/12): the mean of the
     * totals of the year's sheets that have one, to two decimals, and its grade. How the periods combine is not
     * confirmed: the mean is our reading, stated with the rating. Null when no sheet has a total.
     */
    public YearRating yearly(int year, List<Sheet> sheets) {
        var totals = sheets.stream().map(Sheet::total).filter(t -> t != null).toList();
        if (totals.isEmpty()) {
            return new YearRating(year, sheets, 0, null, null);
        }
        BigDecimal mean = totals.stream().reduce(BigDecimal.ZERO, BigDecimal::add)
                .divide(BigDecimal.valueOf(totals.size()), 2, RoundingMode.HALF_UP);
        return new YearRating(year, sheets, totals.size(), mean, grade(mean));
    }

    /**
     * @param counted the sheets with a total, which the mean is of
     * @param total   their mean (null: none)
     */
    public record YearRating(int year, List<Sheet> sheets, int counted, BigDecimal total, Grade grade) {

        public YearRating {
            sheets = List.copyOf(sheets);
        }
    }

    /** The grade of a total by the thresholds. */
    public Grade grade(BigDecimal total) {
        if (total.compareTo(excellentFrom) >= 0) {
            return Grade.EXCELLENT;
        }
        if (total.compareTo(goodFrom) >= 0) {
            return Grade.GOOD;
        }
        return total.compareTo(doneFrom) >= 0 ? Grade.DONE : Grade.NOT_DONE;
    }

    /** A 400-free check of general points: within 0 and the general criteria's maximum. */
    public boolean generalPointsValid(BigDecimal points) {
        return points != null && points.signum() >= 0 && points.compareTo(generalPoints) <= 0;
    }

    private static BigDecimal factor(BigDecimal reduction, long times) {
        BigDecimal f = BigDecimal.ONE.subtract(reduction.multiply(BigDecimal.valueOf(times)));
        return f.signum() < 0 ? BigDecimal.ZERO : f;
    }

    private static BigDecimal ratio(BigDecimal part, BigDecimal whole) {
        return whole.signum() == 0 ? null : part.divide(whole, 4, RoundingMode.HALF_UP);
    }

    private static BigDecimal d(String value) {
        return new BigDecimal(value);
    }

    /**
     * The computed sheet: its counted lines and the items left out, the sums (in weight units), a, b, c (4 decimals;
     * null with no item), the points and the grade.
     *
     * @param reckonedTo the last day counted: the period's end or the as-of date when earlier
     */
    public record Sheet(SheetPeriod period, LocalDate reckonedTo, List<Line> lines, List<LeftOut> leftOut,
            BigDecimal assigned, BigDecimal completed, BigDecimal quality, BigDecimal timeliness, BigDecimal a,
            BigDecimal b, BigDecimal c, BigDecimal taskPoints, BigDecimal generalPoints, BigDecimal total,
            Grade grade) {

        public Sheet {
            lines = List.copyOf(lines);
            leftOut = List.copyOf(leftOut);
        }
    }

    /** One counted work item and the points it gives (in weight units), with the checks behind its quality. */
    public record Line(long taskId, String title, BigDecimal weight, TaskStatus status, LocalDate deadline,
            LocalDate completedOn, long workingDaysLate, long failedChecks, int lateInstances, BigDecimal quantity,
            BigDecimal quality, BigDecimal timeliness, List<WorkItem.QualityCheck> checks) {

        public Line {
            checks = List.copyOf(checks);
        }
    }

    /** A task of the person's left out of the period, and why (the decision of an objective cause). */
    public record LeftOut(long taskId, String title, Reason reason, WorkItem.ObjectiveCause cause) {

        public enum Reason {
            /** Carried out by someone else on the day it counts. */
            REASSIGNED,
            /** An objective cause confirmed by the competent level. */
            OBJECTIVE_CAUSE;

            public String code() {
                return "people.leftout." + name();
            }
        }
    }
}
