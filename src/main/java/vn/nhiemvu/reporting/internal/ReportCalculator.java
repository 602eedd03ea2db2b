package vn.nhiemvu.reporting.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import vn.nhiemvu.evaluation.Evaluation;
import vn.nhiemvu.reporting.Figures;
import vn.nhiemvu.reporting.PeriodicReport.Breakdown;
import vn.nhiemvu.reporting.ReportingPeriod;

/**
 * Counts a period's figures from evaluated tasks. Pure: no clock, no database. A task is in the report of a period
 * if it was received by the cut-off and not completed before the period began; it is "received" if received in the
 * period, else "carried over"; its class is its status as of the cut-off (completion after the cut-off has not
 * happened yet).
 */
final class ReportCalculator {

    private ReportCalculator() {
    }

    /** The figures one task adds to a period's report, or null if it is not in that report. */
    static Figures figuresOf(LocalDate receivedOn, LocalDate completedAt, Evaluation asOfCutoff, ReportingPeriod period) {
        if (receivedOn.isAfter(period.to()) || completedAt != null && completedAt.isBefore(period.from())) {
            return null;
        }
        long received = receivedOn.isBefore(period.from()) ? 0 : 1;
        long carried = 1 - received;
        return switch (asOfCutoff.status()) {
            case COMPLETED_ON_TIME -> new Figures(received, carried, 1, 0, 0, 0, 0, 0);
            case COMPLETED_LATE -> new Figures(received, carried, 0, 1, 0, 0, 0, 0);
            case IN_PROGRESS -> new Figures(received, carried, 0, 0, 1, 0, 0, 0);
            case DUE_SOON -> new Figures(received, carried, 0, 0, 1, 1, 0, 0);
            case OVERDUE -> new Figures(received, carried, 0, 0, 0, 0, 1, 0);
            case NO_DEADLINE -> new Figures(received, carried, 0, 0, 0, 0, 0, 1);
        };
    }

    /** What a pass over the rows gives. */
    record Tally(Figures summary, Figures previous, List<Breakdown> bySource, List<Breakdown> byUnit,
            List<Breakdown> byLeader, List<Breakdown> byDirective, List<ReportRow> overdue, long recordedAfterCutoff) {
    }

    /**
     * One pass: the summary of the period and of the previous one, the breakdowns (rows in the order of the given
     * keys, then any other key in the order met; rows with nothing are left out), the overdue tasks as of the cut-off
     * (most working days late first) and how many counted tasks were entered after the cut-off.
     */
    static Tally tally(ReportingPeriod period, ReportingPeriod previousPeriod, List<ReportRow> rows,
            List<ReportRow.Key> unitOrder, List<ReportRow.Key> leaderOrder) {
        Figures summary = Figures.ZERO;
        Figures previous = Figures.ZERO;
        var bySource = new LinkedHashMap<String, Acc>();
        for (ReportRow.Source s : ReportRow.Source.values()) {
            bySource.put(s.name(), new Acc(s.label(), null));
        }
        var byUnit = ordered(unitOrder);
        var byLeader = ordered(leaderOrder);
        var byDirective = new LinkedHashMap<String, Acc>();
        var overdue = new ArrayList<ReportRow>();
        long recordedAfter = 0;
        for (ReportRow row : rows) {
            Figures before = figuresOf(row.receivedOn(), row.completedAt(), row.previous(), previousPeriod);
            if (before != null) {
                previous = previous.plus(before);
            }
            Figures f = figuresOf(row.receivedOn(), row.completedAt(), row.current(), period);
            if (f == null) {
                continue;
            }
            summary = summary.plus(f);
            bySource.get(row.source().name()).add(f);
            add(byUnit, row.unit(), f);
            add(byLeader, row.leader(), f);
            add(byDirective, row.directive(), f);
            if (f.overdue() == 1) {
                overdue.add(row);
            }
            if (row.recordedOn().isAfter(period.to())) {
                recordedAfter++;
            }
        }
        overdue.sort(Comparator.comparingLong((ReportRow r) -> r.current().workingDaysLate()).reversed()
                .thenComparingLong(ReportRow::taskId));
        return new Tally(summary, previous, rows(bySource), rows(byUnit), rows(byLeader), rows(byDirective), overdue,
                recordedAfter);
    }

    private static LinkedHashMap<String, Acc> ordered(List<ReportRow.Key> order) {
        var map = new LinkedHashMap<String, Acc>();
        order.forEach(k -> map.put(k.key(), new Acc(k.name(), k.tasksQuery())));
        return map;
    }

    private static void add(Map<String, Acc> map, ReportRow.Key key, Figures f) {
        if (key != null) {
            map.computeIfAbsent(key.key(), k -> new Acc(key.name(), key.tasksQuery())).add(f);
        }
    }

    private static List<Breakdown> rows(Map<String, Acc> map) {
        return map.entrySet().stream().filter(e -> e.getValue().figures.total() > 0)
                .map(e -> new Breakdown(e.getKey(), e.getValue().name, e.getValue().query, e.getValue().figures))
                .toList();
    }

    private static final class Acc {
        final String name;
        final String query;
        Figures figures = Figures.ZERO;

        Acc(String name, String query) {
            this.name = name;
            this.query = query;
        }

        void add(Figures f) {
            figures = figures.plus(f);
        }
    }
}
