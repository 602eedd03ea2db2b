package vn.nhiemvu.dashboard.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The aggregate tables. Increments are portable upserts: UPDATE the row; if there is none, INSERT it
 * inside a savepoint; if a concurrent transaction inserted it first (duplicate key), roll back to the
 * savepoint and UPDATE again. Rows are touched in one global order (unit rows, then days, then months,
 * each by key), so two changes never wait for each other in a cycle.
 */
@Repository
class JdbcAggregates {

    /** The scope of a read: an SQL condition on the aggregate row (alias {@code a}): its unit_id and leader_id. */
    record Scope(String condition, Map<String, Object> params) {

        static final Scope AGENCY = new Scope("1 = 1", Map.of());
    }

    private final JdbcClient jdbc;
    private final JdbcTemplate batch;
    private final TransactionTemplate savepoint;

    JdbcAggregates(JdbcClient jdbc, JdbcTemplate batch, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.batch = batch;
        this.savepoint = new TransactionTemplate(transactions);
        this.savepoint.setPropagationBehavior(TransactionDefinition.PROPAGATION_NESTED);
    }

    /**
     * Replaces one contribution by another (either may be null) in the current transaction; a new (unit, leader) row
     * gets today as its pivot and {@code dueSoonUntil} (today's due-soon boundary) as its boundary.
     */
    void replace(long agencyId, Contribution before, Contribution after, LocalDate today, LocalDate dueSoonUntil) {
        if (before != null && before.equals(after)) {
            return;
        }
        var ops = new Ops();
        if (before != null) {
            before.applyTo(ops, -1);
        }
        if (after != null) {
            after.applyTo(ops, 1);
        }
        ops.addAgencyMonths();
        ops.list.sort(Comparator.comparingInt(Op::table).thenComparingLong(Op::unitId).thenComparingLong(Op::leaderId)
                .thenComparing(Op::day, Comparator.nullsFirst(Comparator.naturalOrder())));
        for (Op op : ops.list) {
            var params = new HashMap<String, Object>(op.params);
            params.put("agency", agencyId);
            params.put("unit", op.unitId);
            params.put("leader", op.leaderId);
            switch (op.table) {
                case 0 -> {
                    LocalDate deadline = (LocalDate) params.get("deadline");
                    params.put("pivot", today);
                    params.put("before", deadline != null && deadline.isBefore(today) ? params.get("dated") : 0L);
                    params.put("until", dueSoonUntil);
                    params.put("through", deadline != null && !deadline.isAfter(dueSoonUntil) ? params.get("dated") : 0L);
                    upsert("""
                            update dashboard_unit set open_dated = open_dated + :dated,
                                open_undated = open_undated + :undated, closed_on_time = closed_on_time + :onTime,
                                closed_late = closed_late + :late,
                                open_before_pivot = open_before_pivot + case when cast(:deadline as date) < pivot_on
                                    then :dated else 0 end,
                                open_through_due_soon = open_through_due_soon
                                    + case when cast(:deadline as date) <= due_soon_until then :dated else 0 end
                            where agency_id = :agency and unit_id = :unit and leader_id = :leader
                            """, """
                            insert into dashboard_unit (agency_id, unit_id, leader_id, open_dated, open_undated,
                                closed_on_time, closed_late, pivot_on, open_before_pivot, due_soon_until,
                                open_through_due_soon)
                            values (:agency, :unit, :leader, :dated, :undated, :onTime, :late, :pivot, :before, :until,
                                :through)
                            """, params);
                }
                case 1 -> upsert("""
                        update dashboard_open_day set task_count = task_count + :count
                        where agency_id = :agency and unit_id = :unit and leader_id = :leader and deadline_on = :day
                        """, """
                        insert into dashboard_open_day (agency_id, unit_id, leader_id, deadline_on, task_count)
                        values (:agency, :unit, :leader, :day, :count)
                        """, params);
                case 3 -> upsert("""
                        update dashboard_agency_month set opened = opened + :received,
                            closed_on_time = closed_on_time + :onTime, closed_late = closed_late + :late
                        where agency_id = :agency and month_on = :day
                        """, """
                        insert into dashboard_agency_month (agency_id, month_on, opened, closed_on_time, closed_late)
                        values (:agency, :day, :received, :onTime, :late)
                        """, params);
                default -> upsert("""
                        update dashboard_month set opened = opened + :received,
                            closed_on_time = closed_on_time + :onTime, closed_late = closed_late + :late
                        where agency_id = :agency and unit_id = :unit and leader_id = :leader and month_on = :day
                        """, """
                        insert into dashboard_month (agency_id, unit_id, leader_id, month_on, opened, closed_on_time,
                            closed_late)
                        values (:agency, :unit, :leader, :day, :received, :onTime, :late)
                        """, params);
            }
        }
    }

    private void upsert(String update, String insert, Map<String, Object> params) {
        if (jdbc.sql(update).params(params).update() > 0) {
            return;
        }
        try {
            savepoint.executeWithoutResult(s -> jdbc.sql(insert).params(params).update());
        } catch (DuplicateKeyException raced) {
            jdbc.sql(update).params(params).update();
        }
    }

    List<Tally.UnitRow> units(long agencyId, Scope scope) {
        return jdbc.sql("""
                select a.unit_id, a.leader_id, a.open_dated, a.open_undated, a.closed_on_time, a.closed_late, a.pivot_on,
                       a.open_before_pivot
                from dashboard_unit a where a.agency_id = :agency and (""" + scope.condition() + ")")
                .param("agency", agencyId).params(scope.params())
                .query((rs, n) -> new Tally.UnitRow(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4),
                        rs.getLong(5), rs.getLong(6), rs.getObject(7, LocalDate.class), rs.getLong(8)))
                .list();
    }

    /**
     * Each (unit, leader) row of the scope with the three range sums of its open tasks per deadline that
     * {@link Tally} needs as of {@code asOf}: days in [pivot, asOf), in [asOf, pivot), in [asOf, dueSoonUntil].
     * Summed by the database, so a dashboard reads one row per (unit, leader) whatever the days in between.
     */
    List<Tally.Sums> sums(long agencyId, Scope scope, LocalDate asOf, LocalDate dueSoonUntil) {
        return jdbc.sql("""
                select a.unit_id, a.leader_id, a.open_dated, a.open_undated, a.closed_on_time, a.closed_late,
                       a.pivot_on, a.open_before_pivot,
                       coalesce(sum(case when d.deadline_on >= a.pivot_on and d.deadline_on < :asOf
                                         then d.task_count end), 0),
                       coalesce(sum(case when d.deadline_on >= :asOf and d.deadline_on < a.pivot_on
                                         then d.task_count end), 0),
                       coalesce(sum(case when d.deadline_on >= :asOf and d.deadline_on <= :until
                                         then d.task_count end), 0)
                from dashboard_unit a left join dashboard_open_day d
                  on d.agency_id = a.agency_id and d.unit_id = a.unit_id and d.leader_id = a.leader_id
                 and d.deadline_on >= least(cast(:asOf as date),
                         (select min(p.pivot_on) from dashboard_unit p where p.agency_id = :agency))
                 and d.deadline_on <= greatest(cast(:until as date),
                         (select max(p.pivot_on) from dashboard_unit p where p.agency_id = :agency))
                where a.agency_id = :agency and (""" + scope.condition() + """
                )
                group by a.unit_id, a.leader_id, a.open_dated, a.open_undated, a.closed_on_time, a.closed_late,
                         a.pivot_on, a.open_before_pivot""")
                .param("agency", agencyId).param("asOf", asOf).param("until", dueSoonUntil).params(scope.params())
                .query((rs, n) -> new Tally.Sums(new Tally.UnitRow(rs.getLong(1), rs.getLong(2), rs.getLong(3),
                        rs.getLong(4), rs.getLong(5), rs.getLong(6), rs.getObject(7, LocalDate.class), rs.getLong(8)),
                        rs.getLong(9), rs.getLong(10), rs.getLong(11)))
                .list();
    }

    /**
     * The same sums as of the pivot day (today once the nightly move has run), from the unit rows alone: their prefix
     * and due-soon counts are kept for the pivot day by each change. Empty when a row of the scope has another pivot or
     * boundary (before the nightly move, after a change of policy): then {@link #sums} must sum the days. (Not one
     * query with the day sums as fallback subqueries: their estimated cost alone made PostgreSQL JIT-compile each run,
     * ~100 ms.)
     */
    Optional<List<Tally.Sums>> sumsAtPivot(long agencyId, Scope scope, LocalDate asOf, LocalDate dueSoonUntil) {
        var sums = new ArrayList<Tally.Sums>();
        boolean[] stale = { false };
        jdbc.sql("""
                select a.unit_id, a.leader_id, a.open_dated, a.open_undated, a.closed_on_time, a.closed_late,
                       a.pivot_on, a.open_before_pivot, a.due_soon_until, a.open_through_due_soon
                from dashboard_unit a where a.agency_id = :agency and (""" + scope.condition() + ")")
                .param("agency", agencyId).params(scope.params())
                .query(rs -> {
                    var row = new Tally.UnitRow(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4),
                            rs.getLong(5), rs.getLong(6), rs.getObject(7, LocalDate.class), rs.getLong(8));
                    if (!asOf.equals(row.pivot()) || !dueSoonUntil.equals(rs.getObject(9, LocalDate.class))) {
                        stale[0] = true;
                    }
                    sums.add(new Tally.Sums(row, 0, 0, rs.getLong(10) - row.openBeforePivot()));
                });
        return stale[0] ? Optional.empty() : Optional.of(sums);
    }

    /** Received, completed on time and late per month in [from, to], summed over the scope. */
    Map<LocalDate, long[]> months(long agencyId, Scope scope, LocalDate from, LocalDate to) {
        var result = new TreeMap<LocalDate, long[]>();
        if (scope == Scope.AGENCY) {
            // Already summed in the same transaction as each change: 12 rows, not 12 per (unit, leader).
            jdbc.sql("""
                    select month_on, opened, closed_on_time, closed_late from dashboard_agency_month
                    where agency_id = :agency and month_on >= :from and month_on <= :to""")
                    .param("agency", agencyId).param("from", from).param("to", to)
                    .query(rs -> {
                        result.put(rs.getObject(1, LocalDate.class),
                                new long[] { rs.getLong(2), rs.getLong(3), rs.getLong(4) });
                    });
            return result;
        }
        jdbc.sql("""
                select a.month_on, sum(a.opened), sum(a.closed_on_time), sum(a.closed_late) from dashboard_month a
                where a.agency_id = :agency and a.month_on >= :from and a.month_on <= :to and ("""
                + scope.condition() + ") group by a.month_on")
                .param("agency", agencyId).param("from", from).param("to", to).params(scope.params())
                .query(rs -> {
                    result.put(rs.getObject(1, LocalDate.class),
                            new long[] { rs.getLong(2), rs.getLong(3), rs.getLong(4) });
                });
        return result;
    }

    /**
     * Moves every row's pivot forward to {@code target}, adding the open tasks judged by the days passed to
     * its prefix sum. The rows are locked first (changes lock their unit row before its days), so the sum,
     * read by a later statement, sees every change that touched the row and none is counted twice.
     */
    void advancePivots(long agencyId, LocalDate target, LocalDate dueSoonUntil) {
        lock(agencyId);
        // Both sums read the row as it was (the old prefix and pivot), as SQL evaluates every SET against the old row.
        jdbc.sql("""
                update dashboard_unit set open_before_pivot = open_before_pivot + coalesce((
                        select sum(d.task_count) from dashboard_open_day d
                        where d.agency_id = dashboard_unit.agency_id and d.unit_id = dashboard_unit.unit_id
                          and d.leader_id = dashboard_unit.leader_id
                          and d.deadline_on >= dashboard_unit.pivot_on and d.deadline_on < :target), 0),
                    open_through_due_soon = open_before_pivot + coalesce((
                        select sum(d.task_count) from dashboard_open_day d
                        where d.agency_id = dashboard_unit.agency_id and d.unit_id = dashboard_unit.unit_id
                          and d.leader_id = dashboard_unit.leader_id
                          and d.deadline_on >= dashboard_unit.pivot_on and d.deadline_on <= :until), 0),
                    pivot_on = :target, due_soon_until = :until
                where agency_id = :agency and pivot_on <= :target
                  and (pivot_on < :target or due_soon_until is null or due_soon_until <> :until)
                """).param("agency", agencyId).param("target", target).param("until", dueSoonUntil).update();
    }

    /** Each (unit, leader) row's count of open tasks judged by a day up to its due-soon boundary, with the boundary. */
    Map<Aggregates.UnitKey, Tally.ThroughDueSoon> openThroughDueSoon(long agencyId) {
        var result = new HashMap<Aggregates.UnitKey, Tally.ThroughDueSoon>();
        jdbc.sql("select unit_id, leader_id, due_soon_until, open_through_due_soon from dashboard_unit where agency_id = :agency")
                .param("agency", agencyId)
                .query(rs -> {
                    result.put(new Aggregates.UnitKey(rs.getLong(1), rs.getLong(2)),
                            new Tally.ThroughDueSoon(rs.getObject(3, LocalDate.class), rs.getLong(4)));
                });
        return result;
    }

    /** Locks the agency's (unit, leader) rows, in key order, until the transaction ends. */
    void lock(long agencyId) {
        jdbc.sql("""
                select unit_id from dashboard_unit where agency_id = :agency order by unit_id, leader_id for update
                """).param("agency", agencyId).query(Long.class).list();
    }

    List<Long> agencies() {
        return jdbc.sql("select distinct agency_id from dashboard_unit").query(Long.class).list();
    }

    /** The stored aggregates of the agency, with each unit row's prefix sum and pivot. */
    Aggregates stored(long agencyId, Map<Aggregates.UnitKey, Tally.UnitRow> unitRows) {
        var stored = new Aggregates();
        for (Tally.UnitRow row : units(agencyId, Scope.AGENCY)) {
            var key = new Aggregates.UnitKey(row.unitId(), row.leaderId());
            unitRows.put(key, row);
            stored.units.put(key, new long[] { row.openDated(), row.openUndated(), row.closedOnTime(), row.closedLate() });
        }
        jdbc.sql("select unit_id, leader_id, deadline_on, task_count from dashboard_open_day where agency_id = :agency")
                .param("agency", agencyId)
                .query(rs -> {
                    stored.days.put(new Aggregates.DayKey(rs.getLong(1), rs.getLong(2), rs.getObject(3, LocalDate.class)),
                            rs.getLong(4));
                });
        jdbc.sql("""
                select unit_id, leader_id, month_on, opened, closed_on_time, closed_late from dashboard_month
                where agency_id = :agency""")
                .param("agency", agencyId)
                .query(rs -> {
                    stored.months.put(new Aggregates.DayKey(rs.getLong(1), rs.getLong(2), rs.getObject(3, LocalDate.class)),
                            new long[] { rs.getLong(4), rs.getLong(5), rs.getLong(6) });
                });
        jdbc.sql("""
                select month_on, opened, closed_on_time, closed_late from dashboard_agency_month
                where agency_id = :agency""")
                .param("agency", agencyId)
                .query(rs -> {
                    stored.agencyMonths.put(rs.getObject(1, LocalDate.class),
                            new long[] { rs.getLong(2), rs.getLong(3), rs.getLong(4) });
                });
        return stored;
    }

    /** Replaces the agency's aggregates by the recounted ones, every pivot at {@code pivot} with that boundary. */
    void rebuild(long agencyId, Aggregates counted, LocalDate pivot, LocalDate dueSoonUntil) {
        for (String table : List.of("dashboard_unit", "dashboard_open_day", "dashboard_month",
                "dashboard_agency_month")) {
            jdbc.sql("delete from " + table + " where agency_id = :agency").param("agency", agencyId).update();
        }
        var unitRows = new ArrayList<Object[]>();
        counted.units.forEach((k, c) -> unitRows.add(new Object[] { agencyId, k.unitId(), k.leaderId(), c[0], c[1], c[2],
                c[3], pivot, counted.openBefore(k, pivot), dueSoonUntil, counted.openBefore(k, dueSoonUntil.plusDays(1)) }));
        batch.batchUpdate("""
                insert into dashboard_unit (agency_id, unit_id, leader_id, open_dated, open_undated, closed_on_time,
                    closed_late, pivot_on, open_before_pivot, due_soon_until, open_through_due_soon)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", unitRows);
        var dayRows = new ArrayList<Object[]>();
        counted.days.forEach((k, c) -> {
            if (c != 0) {
                dayRows.add(new Object[] { agencyId, k.unitId(), k.leaderId(), k.day(), c });
            }
        });
        // By day: a dashboard reads the days near today, which then lie on a few pages, not on all of them.
        dayRows.sort(java.util.Comparator.comparing((Object[] row) -> (LocalDate) row[3])
                .thenComparingLong(row -> (Long) row[1]).thenComparingLong(row -> (Long) row[2]));
        batch.batchUpdate("""
                insert into dashboard_open_day (agency_id, unit_id, leader_id, deadline_on, task_count)
                values (?, ?, ?, ?, ?)""", dayRows);
        var monthRows = new ArrayList<Object[]>();
        counted.months.forEach((k, c) -> monthRows.add(new Object[] { agencyId, k.unitId(), k.leaderId(), k.day(), c[0],
                c[1], c[2] }));
        batch.batchUpdate("""
                insert into dashboard_month (agency_id, unit_id, leader_id, month_on, opened, closed_on_time, closed_late)
                values (?, ?, ?, ?, ?, ?, ?)""", monthRows);
        var agencyMonthRows = new ArrayList<Object[]>();
        counted.agencyMonths.forEach((month, c) -> agencyMonthRows.add(new Object[] { agencyId, month, c[0], c[1], c[2] }));
        batch.batchUpdate("""
                insert into dashboard_agency_month (agency_id, month_on, opened, closed_on_time, closed_late)
                values (?, ?, ?, ?, ?)""", agencyMonthRows);
    }

    /**
     * One increment of one row; {@code table}: 0 units, 1 days, 2 months, 3 the agency's months (the order rows are
     * locked in).
     */
    private record Op(int table, long unitId, long leaderId, LocalDate day, Map<String, Object> params) {
    }

    private static final class Ops implements Contribution.Sink {

        final List<Op> list = new ArrayList<>();

        @Override
        public void unit(long unitId, long leaderId, long openDated, long openUndated, long closedOnTime,
                long closedLate, LocalDate deadline) {
            var params = new HashMap<String, Object>();
            params.put("dated", openDated);
            params.put("undated", openUndated);
            params.put("onTime", closedOnTime);
            params.put("late", closedLate);
            params.put("deadline", deadline);
            list.add(new Op(0, unitId, leaderId, deadline, params));
        }

        @Override
        public void day(long unitId, long leaderId, LocalDate deadline, long count) {
            list.add(new Op(1, unitId, leaderId, deadline, Map.of("day", deadline, "count", count)));
        }

        /** The agency's months, netted: moving a task to another unit or leader leaves them as they are. */
        private final Map<LocalDate, long[]> agencyMonths = new TreeMap<>();

        @Override
        public void month(long unitId, long leaderId, LocalDate month, long received, long closedOnTime,
                long closedLate) {
            list.add(new Op(2, unitId, leaderId, month,
                    Map.of("day", month, "received", received, "onTime", closedOnTime, "late", closedLate)));
            long[] sums = agencyMonths.computeIfAbsent(month, k -> new long[3]);
            sums[0] += received;
            sums[1] += closedOnTime;
            sums[2] += closedLate;
        }

        void addAgencyMonths() {
            agencyMonths.forEach((month, c) -> {
                if (!Aggregates.isZero(c)) {
                    list.add(new Op(3, 0, 0, month, Map.of("day", month, "received", c[0], "onTime", c[1], "late", c[2])));
                }
            });
        }
    }
}
