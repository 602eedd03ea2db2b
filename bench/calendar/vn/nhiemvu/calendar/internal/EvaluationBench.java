package vn.nhiemvu.calendar.internal;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

import vn.nhiemvu.evaluation.DeadlineChange;
import vn.nhiemvu.evaluation.EvaluationPolicy;
import vn.nhiemvu.evaluation.TaskEvaluator;
import vn.nhiemvu.evaluation.TaskFacts;
import vn.nhiemvu.evaluation.TaskStatus;

/**
 * Evaluating 1,000,000 tasks in memory as of a date, with the real working-day calendar (the
 * official rows of the migration) and both policies. Plain Java; run with bench/evaluation.sh.
 * It lives beside CalendarBench because it builds the calendar the same way.
 */
public final class EvaluationBench {

    public static void main(String[] args) throws Exception {
        int n = args.length > 1 ? Integer.parseInt(args[1]) : 1_000_000;
        var calendar = new TableWorkingCalendar(new CalendarBench.MemoryRows(
                CalendarBench.parse(Files.readString(Path.of(args[0])))));
        calendar.isWorkingDay(LocalDate.of(2025, 1, 1));

        // A mix like a ministry's register: 15 % without deadline, about half completed, 10 % with
        // one or two decided deadline changes, some under a directive's cut-off.
        var random = new Random(7);
        LocalDate base = LocalDate.of(2020, 1, 1);
        var facts = new TaskFacts[n];
        for (int i = 0; i < n; i++) {
            LocalDate deadline = random.nextInt(100) < 15 ? null : base.plusDays(random.nextInt(2500));
            LocalDate completed = deadline != null && random.nextBoolean()
                    ? deadline.plusDays(random.nextInt(40) - 25) : null;
            List<DeadlineChange> changes = new ArrayList<>();
            if (deadline != null && random.nextInt(10) == 0) {
                for (int c = 0; c < 1 + random.nextInt(2); c++) {
                    LocalDate requested = deadline.minusDays(random.nextInt(20));
                    changes.add(new DeadlineChange(requested, deadline.plusDays(10 + random.nextInt(60)),
                            random.nextInt(4) == 0 ? DeadlineChange.Decision.REJECTED : DeadlineChange.Decision.APPROVED,
                            requested.plusDays(random.nextInt(5))));
                }
            }
            facts[i] = new TaskFacts(deadline, completed, random.nextInt(5) == 0 && deadline != null
                    ? deadline.minusDays(15) : null, changes);
        }
        LocalDate asOf = LocalDate.of(2023, 6, 30);
        for (EvaluationPolicy.Kind kind : EvaluationPolicy.Kind.values()) {
            var evaluator = new TaskEvaluator(EvaluationPolicy.defaults().withKind(kind), calendar);
            long[] counts = new long[TaskStatus.values().length];
            double[] seconds = new double[7];
            for (int round = -3; round < seconds.length; round++) {
                Arrays.fill(counts, 0);
                long start = System.nanoTime();
                for (TaskFacts f : facts) {
                    counts[evaluator.evaluate(f, asOf).status().ordinal()]++;
                }
                if (round >= 0) {
                    seconds[round] = (System.nanoTime() - start) / 1e9;
                }
            }
            Arrays.sort(seconds);
            System.out.printf("%s: %,d tasks evaluated in %.3f s (median of 7; min %.3f, max %.3f); statuses %s%n",
                    kind, n, seconds[3], seconds[0], seconds[6], Arrays.toString(counts));
        }
    }
}
