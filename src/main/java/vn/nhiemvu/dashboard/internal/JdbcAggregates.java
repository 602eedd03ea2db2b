package vn.nhiemvu.dashboard.internal;

import java.sql.Types;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.namedparam.SqlParameterSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import vn.nhiemvu.organization.Visibility;

/**
 * The aggregate tables (ADR 0020; their locks are {@link AggregateLocks}). A fold, holding the agency's folder lock,
 * applies the committed increments ({@link JdbcIncrements}) to them ({@link #apply}: UPDATE each row, INSERT those
 * missing; the lock makes it the only writer of the agency's rows).
 */
@Repository
class JdbcAggregates {

    /**
     * A {@link Visibility} as an SQL condition on the aggregate row (alias {@code a}): its lead unit and supervising
     * leader. A row counts the tasks a unit leads, so a unit sees the rows of its own unit.
     */
    private record Scope(String condition, Map<String, Object> params) {

        static final Scope AGENCY = new Scope("1 = 1", Map.of());

        static Scope of(Visibility visibility) {
            if (visibility instanceof Visibility.WholeAgency) {
                return AGENCY;
            }
            if (visibility instanceof Visibility.Supervised leader) {
                // "in ()" is not valid SQL; -1 is never an id.
                return new Scope("a.leader_id = :scopeLeader or a.unit_id in (:scopeUnits)", Map.of("scopeLeader",
                        leader.leaderId(), "scopeUnits", leader.unitIds().isEmpty() ? Set.of(-1L) : leader.unitIds()));
            }
            if (visibility instanceof Visibility.OwnUnit unit) {
                return new Scope("a.unit_id = :scopeUnit", Map.of("scopeUnit", unit.unitId()));
            }
            if (visibility instanceof Visibility.NoTasks || visibility instanceof Visibility.LeadAgency) {
                // The aggregates are per unit and leader; a focal person has no dashboard (ADR 0053).
                return new Scope("1 = 0", Map.of());
            }
            throw new IllegalStateException("no SQL for " + visibility);
        }
    }

    private static final Map<Deltas.Table, String> UPDATES = Map.of(Deltas.Table.UNIT, """
            update dashboard_unit set open_dated = open_dated + :n1, open_undated = open_undated + :n2,
                closed_on_time = closed_on_time + :n3, closed_late = closed_late + :n4,
                open_before_pivot = open_before_pivot + case when cast(:day as date) < pivot_on then :n1 else 0 end,
                open_through_due_soon = open_through_due_soon
                    + case when cast(:day as date) <= due_soon_until then :n1 else 0 end
            where agency_id = :agency and unit_id = :unit and leader_id = :leader
            """, Deltas.Table.DAY, """
            update dashboard_open_day set task_count = task_count + :n1
            where agency_id = :agency and unit_id = :unit and leader_id = :leader and deadline_on = :day
            """, Deltas.Table.MONTH, """
            update dashboard_month set opened = opened + :n1, closed_on_time = closed_on_time + :n2,
                closed_late = closed_late + :n3
            where agency_id = :agency and unit_id = :unit and leader_id = :leader and month_on = :day
            """, Deltas.Table.AGENCY_MONTH, """
            update dashboard_agency_month set opened = opened + :n1, closed_on_time = closed_on_time + :n2,
                closed_late = closed_late + :n3
            where agency_id = :agency and month_on = :day
            """);

    private static final Map<Deltas.Table, String> INSERTS = Map.of(Deltas.Table.UNIT, """
            insert into dashboard_unit (agency_id, unit_id, leader_id, open_dated, open_undated, closed_on_time,
                closed_late, pivot_on, open_before_pivot, due_soon_until, open_through_due_soon)
            values (:agency, :unit, :leader, :n1, :n2, :n3, :n4, :pivot, :before, :until, :through)
            """, Deltas.Table.DAY, """
            insert into dashboard_open_day (agency_id, unit_id, leader_id, deadline_on, task_count)
            values (:agency, :unit, :leader, :day, :n1)
            """, Deltas.Table.MONTH, """
            insert into dashboard_month (agency_id, unit_id, leader_id, month_on, opened, closed_on_time, closed_late)
            values (:agency, :unit, :leader, :day, :n1, :n2, :n3)
            """, Deltas.Table.AGENCY_MONTH, """
            insert into dashboard_agency_month (agency_id, month_on, opened, closed_on_time, closed_late)
            values (:agency, :day, :n1, :n2, :n3)
            """);

    private final JdbcClient jdbc;
    private final JdbcTemplate batch;
    private final NamedParameterJdbcTemplate named;

    JdbcAggregates(JdbcClient jdbc, JdbcTemplate batch) {
        this.jdbc = jdbc;
        this.batch = batch;
        this.named = new NamedParameterJdbcTemplate(batch);
    }

    /**
     * Applies increments to the aggregate rows; the caller holds the agency's folder lock. A unit row's prefix and
     * due-soon counts take an open task if its deadline is before the row's pivot, or up to its boundary, as they are
     * now; a new unit row gets {@code today} as its pivot and {@code dueSoonUntil} (today's due-soon boundary).
     */
    void apply(long agencyId, Deltas deltas, LocalDate today, LocalDate dueSoonUntil) {
        var byTable = new EnumMap<Deltas.Table, List<SqlParameterSource>>(Deltas.Table.class);
        deltas.forEach((key, n) -> {
            LocalDate day = key.day();
            long dated = key.table() == Deltas.Table.UNIT ? n[0] : 0;
            byTable.computeIfAbsent(key.table(), t -> new ArrayList<>()).add(new MapSqlParameterSource()
                    .addValue("agency", agencyId).addValue("unit", key.unitId()).addValue("leader", key.leaderId())
                    .addValue("day", day, Types.DATE)
                    .addValue("n1", n[0]).addValue("n2", n[1]).addValue("n3", n[2]).addValue("n4", n[3])
                    .addValue("pivot", today).addValue("until", dueSoonUntil)
                    .addValue("before", day != null && day.isBefore(today) ? dated : 0L)
                    .addValue("through", day != null && !day.isAfter(dueSoonUntil) ? dated : 0L));
        });
        byTable.forEach((table, rows) -> {
            SqlParameterSource[] all = rows.toArray(SqlParameterSource[]::new);
            int[] updated = named.batchUpdate(UPDATES.get(table), all);
            // A unit row has an increment per deadline: the first inserts the row, the others update it.
            var inserts = new ArrayList<SqlParameterSource>();
            var updates = new ArrayList<SqlParameterSource>();
            var inserted = new HashSet<List<Object>>();
            for (int i = 0; i < all.length; i++) {
                if (updated[i] == 0) {
                    boolean first = inserted.add(List.of(all[i].getValue("unit"), all[i].getValue("leader"),
                            table == Deltas.Table.UNIT ? "" : all[i].getValue("day")));
                    (first ? inserts : updates).add(all[i]);
                }
            }
            named.batchUpdate(INSERTS.get(table), inserts.toArray(SqlParameterSource[]::new));
            named.batchUpdate(UPDATES.get(table), updates.toArray(SqlParameterSource[]::new));
        });
    }

    private List<Tally.UnitRow> units(long agencyId, Scope scope) {
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
    List<Tally.Sums> sums(long agencyId, Visibility visibility, LocalDate asOf, LocalDate dueSoonUntil) {
        Scope scope = Scope.of(visibility);
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
    Optional<List<Tally.Sums>> sumsAtPivot(long agencyId, Visibility visibility, LocalDate asOf, LocalDate dueSoonUntil) {
        Scope scope = Scope.of(visibility);
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
    Map<LocalDate, long[]> months(long agencyId, Visibility visibility, LocalDate from, LocalDate to) {
        Scope scope = Scope.of(visibility);
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
     * its prefix sum. The caller holds the agency's folder lock: no fold changes the rows and days meanwhile, and
     * increments applied later compare their deadline with the moved pivot.
     */
    void advancePivots(long agencyId, LocalDate target, LocalDate dueSoonUntil) {
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

    /** The reasons migrations gave for recounting every agency, not yet done (ADR 0026). */
    List<String> recountRequests() {
        return jdbc.sql("select reason from dashboard_recount_request order by requested_at, reason").query(String.class)
                .list();
    }

    void recountRequestDone(String reason) {
        jdbc.sql("delete from dashboard_recount_request where reason = :reason").param("reason", reason).update();
    }

    List<Long> agencies() {
        return jdbc.sql("select distinct agency_id from dashboard_unit order by agency_id").query(Long.class).list();
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
}
