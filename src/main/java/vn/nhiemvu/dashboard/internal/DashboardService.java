package vn.nhiemvu.dashboard.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

import vn.nhiemvu.dashboard.Dashboard;
import vn.nhiemvu.dashboard.Dashboards;
import vn.nhiemvu.dashboard.Recount;
import vn.nhiemvu.dashboard.StatusCounts;
import vn.nhiemvu.evaluation.EvaluationPolicy;
import vn.nhiemvu.evaluation.Evaluations;
import vn.nhiemvu.evaluation.TaskEvaluator;
import vn.nhiemvu.identity.CurrentUser;
import vn.nhiemvu.identity.Role;
import vn.nhiemvu.organization.Leader;
import vn.nhiemvu.organization.Visibility;
import vn.nhiemvu.organization.Organization;
import vn.nhiemvu.organization.Unit;
import vn.nhiemvu.shared.ForbiddenException;
import vn.nhiemvu.shared.InvalidInputException;
import vn.nhiemvu.shared.Message;
import vn.nhiemvu.task.TaskManagement;

@Service
@Transactional(readOnly = true)
class DashboardService implements Dashboards {

    /** How many differences a recount lists (it counts them all). */
    static final int LISTED_DIFFERENCES = 100;

    private final JdbcAggregates store;
    private final AggregateLocks locks;
    private final Folder folder;
    private final Contributions contributions;
    private final TaskManagement tasks;
    private final Organization organization;
    private final Evaluations evaluations;
    private final Clock clock;
    private final TransactionTemplate reading;

    DashboardService(JdbcAggregates store, AggregateLocks locks, Folder folder, Contributions contributions,
            TaskManagement tasks, Organization organization, Evaluations evaluations, Clock clock,
            PlatformTransactionManager transactions) {
        this.store = store;
        this.locks = locks;
        this.folder = folder;
        this.contributions = contributions;
        this.tasks = tasks;
        this.organization = organization;
        this.evaluations = evaluations;
        this.clock = clock;
        this.reading = new TransactionTemplate(transactions);
        this.reading.setReadOnly(true);
    }

    /** The counts per (unit, leader) row of the user's scope as of a date. */
    private record Counted(LocalDate asOf, LocalDate dueSoonUntil, EvaluationPolicy policy,
            Map<Aggregates.UnitKey, StatusCounts> rows, Visibility visibility) {
    }

    /**
     * Not in a transaction: the pending increments are folded first, in a transaction of their own, and the read
     * that follows sees them (and holds one connection at a time).
     */
    @Override
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    public Dashboard dashboard(CurrentUser user, LocalDate asOf) {
        folder.fold(user.agencyId());
        return reading.execute(s -> read(user, asOf));
    }

    private Dashboard read(CurrentUser user, LocalDate asOf) {
        Counted counted = count(user, asOf);
        var byLeader = new LinkedHashMap<Long, StatusCounts>();
        StatusCounts total = StatusCounts.ZERO;
        for (var row : counted.rows().entrySet()) {
            byLeader.merge(row.getKey().leaderId(), row.getValue(), StatusCounts::plus);
            total = total.plus(row.getValue());
        }
        var leaders = new ArrayList<Dashboard.LeaderCounts>();
        for (Leader leader : organization.leaders(user.agencyId())) {
            StatusCounts counts = byLeader.get(leader.id());
            if (counts != null || counted.visibility().wholeAgency()) {
                leaders.add(new Dashboard.LeaderCounts(leader.id(), leader.title() + " " + leader.fullName(),
                        counts == null ? StatusCounts.ZERO : counts));
            }
        }
        if (byLeader.containsKey(0L)) {
            leaders.add(new Dashboard.LeaderCounts(null, "Chưa có Lãnh đạo Bộ phụ trách", byLeader.get(0L)));
        }
        YearMonth last = YearMonth.from(counted.asOf());
        Map<LocalDate, long[]> months = store.months(user.agencyId(), counted.visibility(),
                last.minusMonths(11).atDay(1), last.atDay(1));
        var trend = new ArrayList<Dashboard.MonthTrend>();
        for (int i = 11; i >= 0; i--) {
            YearMonth month = last.minusMonths(i);
            long[] m = months.getOrDefault(month.atDay(1), new long[3]);
            trend.add(new Dashboard.MonthTrend(month, m[0], m[1], m[2]));
        }
        return new Dashboard(counted.asOf(), counted.dueSoonUntil(), counted.policy().kind(), total,
                units(user, counted), leaders, trend);
    }

    @Override
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    public Dashboard.Units units(CurrentUser user, LocalDate asOf) {
        folder.fold(user.agencyId());
        return reading.execute(s -> {
            Counted counted = count(user, asOf);
            return new Dashboard.Units(counted.asOf(), counted.dueSoonUntil(), counted.policy().kind(),
                    units(user, counted));
        });
    }

    private List<Dashboard.UnitCounts> units(CurrentUser user, Counted counted) {
        var byUnit = new HashMap<Long, StatusCounts>();
        counted.rows().forEach((key, counts) -> byUnit.merge(key.unitId(), counts, StatusCounts::plus));
        Set<Long> shown = counted.visibility().namedUnits();
        var result = new ArrayList<Dashboard.UnitCounts>();
        for (Unit unit : organization.units(user.agencyId())) {
            StatusCounts counts = byUnit.get(unit.id());
            if (counts != null || counted.visibility().wholeAgency() || shown.contains(unit.id())) {
                result.add(new Dashboard.UnitCounts(unit.id(), unit.code(), unit.name(),
                        counts == null ? StatusCounts.ZERO : counts));
            }
        }
        return result;
    }

    private Counted count(CurrentUser user, LocalDate asOf) {
        LocalDate today = LocalDate.now(clock);
        LocalDate date = asOf == null ? today : asOf;
        if (date.isBefore(today)) {
            throw InvalidInputException.of("asOf", Message.of("invalid.dashboard.as-of.invalid"));
        }
        TaskEvaluator evaluator = evaluations.evaluator(user.agencyId());
        EvaluationPolicy policy = evaluator.policy();
        LocalDate dueSoonUntil = evaluator.dueSoonUntil(date);
        Visibility visibility = organization.visibility(user);
        var counts = new LinkedHashMap<Aggregates.UnitKey, StatusCounts>();
        // Today, the rows' own counts as of their pivot day answer; another day sums the days near it.
        Optional<List<Tally.Sums>> atPivot = date.equals(today)
                ? store.sumsAtPivot(user.agencyId(), visibility, date, dueSoonUntil) : Optional.empty();
        List<Tally.Sums> rows = atPivot.orElseGet(() -> store.sums(user.agencyId(), visibility, date, dueSoonUntil));
        for (Tally.Sums sums : rows) {
            counts.put(new Aggregates.UnitKey(sums.row().unitId(), sums.row().leaderId()), Tally.count(sums));
        }
        return new Counted(date, dueSoonUntil, policy, counts, visibility);
    }

    @Override
    @Transactional
    public Recount recount(CurrentUser user) {
        if (user.role() != Role.ADMIN) {
            throw new ForbiddenException(Message.of("forbidden.dashboard.reconcile.admin-only"));
        }
        return recount(user.agencyId());
    }

    /**
     * Recounts every task of the agency and rebuilds the aggregates where they differ. Every gate is closed first:
     * changes recording increments meanwhile wait, and those recorded before are applied, so that the stored rows
     * compared are the changes committed and each change is counted once (ADR 0020).
     */
    @Transactional
    public Recount recount(long agency) {
        LocalDate today = LocalDate.now(clock);
        TaskEvaluator evaluator = evaluations.evaluator(agency);
        LocalDate dueSoonUntil = evaluator.dueSoonUntil(today);
        locks.lockAll(agency);
        folder.applyPending(agency);
        store.advancePivots(agency, today, dueSoonUntil);
        var counted = new Aggregates();
        long[] taskCount = { 0 };
        tasks.forEachWithFacts(agency, (task, facts) -> {
            contributions.of(task, facts, evaluator).applyTo(counted, 1);
            taskCount[0]++;
        });
        var unitRows = new HashMap<Aggregates.UnitKey, Tally.UnitRow>();
        Aggregates stored = store.stored(agency, unitRows);
        List<Recount.Difference> differences = differences(counted, stored, unitRows, store.openThroughDueSoon(agency));
        if (!differences.isEmpty()) {
            store.rebuild(agency, counted, today, dueSoonUntil);
        }
        return new Recount(taskCount[0], differences.size(),
                differences.subList(0, Math.min(LISTED_DIFFERENCES, differences.size())), !differences.isEmpty());
    }

    /** Pivots move forward each night so that a dashboard reads a few days of rows; counts are right without it. */
    @Scheduled(cron = "0 5 0 * * *", zone = "Asia/Ho_Chi_Minh")
    @Transactional
    public void advancePivots() {
        LocalDate today = LocalDate.now(clock);
        store.agencies().forEach(agency -> {
            locks.lockFolder(agency);
            store.advancePivots(agency, today, evaluations.evaluator(agency).dueSoonUntil(today));
        });
    }

    /**
     * @param throughDueSoon each stored unit row's due-soon boundary and its count of open tasks judged by a day up to
     *                       it
     */
    static List<Recount.Difference> differences(Aggregates counted, Aggregates stored,
            Map<Aggregates.UnitKey, Tally.UnitRow> unitRows, Map<Aggregates.UnitKey, Tally.ThroughDueSoon> throughDueSoon) {
        var result = new ArrayList<Recount.Difference>();
        var unitKeys = new java.util.TreeSet<>(counted.units.keySet());
        unitKeys.addAll(stored.units.keySet());
        for (var key : unitKeys) {
            Tally.UnitRow row = unitRows.get(key);
            Tally.ThroughDueSoon through = throughDueSoon.get(key);
            LocalDate until = through == null ? null : through.until();
            long[] expected = with(with(counted.units.get(key), 4, row == null ? 0 : counted.openBefore(key, row.pivot())),
                    5, until == null ? 0 : counted.openBefore(key, until.plusDays(1)));
            long[] actual = with(with(stored.units.get(key), 4, row == null ? 0 : row.openBeforePivot()), 5,
                    until == null ? 0 : through.open());
            compare(result, "dashboard_unit", "unit=" + key.unitId() + " leader=" + key.leaderId(), expected, actual);
        }
        var dayKeys = new java.util.TreeSet<>(counted.days.keySet());
        dayKeys.addAll(stored.days.keySet());
        for (var key : dayKeys) {
            compare(result, "dashboard_open_day", key(key), new long[] { counted.days.getOrDefault(key, 0L) },
                    new long[] { stored.days.getOrDefault(key, 0L) });
        }
        var monthKeys = new java.util.TreeSet<>(counted.months.keySet());
        monthKeys.addAll(stored.months.keySet());
        for (var key : monthKeys) {
            compare(result, "dashboard_month", key(key), with(counted.months.get(key), 3, null),
                    with(stored.months.get(key), 3, null));
        }
        var agencyMonths = new java.util.TreeSet<>(counted.agencyMonths.keySet());
        agencyMonths.addAll(stored.agencyMonths.keySet());
        for (var month : agencyMonths) {
            compare(result, "dashboard_agency_month", "month=" + month, with(counted.agencyMonths.get(month), 3, null),
                    with(stored.agencyMonths.get(month), 3, null));
        }
        return Collections.unmodifiableList(result);
    }

    private static String key(Aggregates.DayKey key) {
        return "unit=" + key.unitId() + " leader=" + key.leaderId() + " day=" + key.day();
    }

    /** The counts (zeros when absent), with one more value appended if given. */
    private static long[] with(long[] counts, int size, Long extra) {
        long[] result = new long[extra == null ? size : size + 1];
        if (counts != null) {
            System.arraycopy(counts, 0, result, 0, size);
        }
        if (extra != null) {
            result[size] = extra;
        }
        return result;
    }

    private static void compare(List<Recount.Difference> result, String table, String key, long[] expected,
            long[] actual) {
        if (!java.util.Arrays.equals(expected, actual)) {
            result.add(new Recount.Difference(table, key, java.util.Arrays.toString(expected),
                    java.util.Arrays.toString(actual)));
        }
    }
}
