package vn.nhiemvu.extraction;

import java.io.IOException;
import java.time.LocalDate;
import java.util.Arrays;

import vn.nhiemvu.deadline.DeadlinePhraseParser;
import vn.nhiemvu.support.WeekendCalendar;

/**
 * Time to extract a 20,000-character document: the labelled corpus's texts joined and cut to that
 * length, after a warm-up; prints the median and the 95th percentile of the wall-clock and of the thread's CPU time. Run with bench/extraction.sh.
 */
public final class ExtractionBenchmark {

    public static void main(String[] args) throws IOException {
        var docs = ExtractionScorer.corpus(ExtractionScorer.CORPUS);
        var all = new StringBuilder();
        for (var d : docs) {
            all.append(d.text()).append("\n\n");
        }
        int size = 20_000;
        var extractor = new DirectiveExtractor(new DeadlinePhraseParser());
        PartyDirectory directory = TestDirectory.demo();
        var calendar = new WeekendCalendar();
        int runs = 200;
        long[] nanos = new long[runs];
        long[] cpu = new long[runs];
        var threads = java.lang.management.ManagementFactory.getThreadMXBean();
        int pieces = Math.max(1, all.length() / size);
        for (int i = -50; i < runs; i++) {
            int from = Math.floorMod(i, pieces) * size;
            String text = all.substring(from, Math.min(all.length(), from + size));
            long t0 = System.nanoTime();
            long c0 = threads.getCurrentThreadCpuTime();
            extractor.extract(text, directory, calendar, LocalDate.of(2020, 1, 1));
            if (i >= 0) {
                nanos[i] = System.nanoTime() - t0;
                cpu[i] = threads.getCurrentThreadCpuTime() - c0;
            }
        }
        Arrays.sort(nanos);
        Arrays.sort(cpu);
        // on a shared machine the wall clock counts other people's work; the thread's CPU time does not
        System.out.printf("extract 20,000 chars, CPU time of the thread: median %.1f ms, p95 %.1f ms%n", cpu[runs / 2] / 1e6,
                cpu[runs * 95 / 100] / 1e6);
        System.out.printf("extract 20,000 chars: median %.1f ms, p95 %.1f ms, max %.1f ms (%d runs over %d different pieces)%n",
                nanos[runs / 2] / 1e6, nanos[runs * 95 / 100] / 1e6, nanos[runs - 1] / 1e6, runs, pieces);
    }
}
