package vn.nhiemvu.dashboard.internal;

import java.sql.Types;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The increments waiting to be applied to the aggregates (ADR 0020): a change only inserts its increments
 * ({@link #record}), so changes never wait for each other; a fold reads the committed ones ({@link #pending}), applies
 * them ({@link JdbcAggregates#apply}) and deletes exactly those ({@link #forget}).
 */
@Repository
class JdbcIncrements {

    /** Increments read for a fold, netted, and the ids read, as ranges of consecutive ids (exactly those to delete). */
    record Pending(Deltas deltas, List<long[]> idRanges) {
    }

    private final JdbcClient jdbc;
    private final JdbcTemplate batch;

    JdbcIncrements(JdbcClient jdbc, JdbcTemplate batch) {
        this.jdbc = jdbc;
        this.batch = batch;
    }

    /** Records a change's increments, to be applied by a later fold: inserts only, so changes never wait for each other. */
    void record(long agencyId, Deltas deltas) {
        var rows = new ArrayList<Object[]>();
        deltas.forEach((key, n) -> {
            if (key.table() != Deltas.Table.AGENCY_MONTH) {
                rows.add(new Object[] { agencyId, key.table().ordinal(), key.unitId(), key.leaderId(), key.day(), n[0],
                        n[1], n[2], n[3] });
            }
        });
        batch.batchUpdate("""
                insert into dashboard_delta (agency_id, kind, unit_id, leader_id, day_on, n1, n2, n3, n4)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?)""", rows, new int[] { Types.BIGINT, Types.SMALLINT, Types.BIGINT,
                Types.BIGINT, Types.DATE, Types.BIGINT, Types.BIGINT, Types.BIGINT, Types.BIGINT });
    }

    /** The agency's committed increments not applied yet. */
    Pending pending(long agencyId) {
        var deltas = new Deltas();
        var ranges = new ArrayList<long[]>();
        Deltas.Table[] tables = Deltas.Table.values();
        jdbc.sql("""
                select id, kind, unit_id, leader_id, day_on, n1, n2, n3, n4 from dashboard_delta
                where agency_id = :agency order by id""")
                .param("agency", agencyId)
                .query(rs -> {
                    long id = rs.getLong(1);
                    long[] last = ranges.isEmpty() ? null : ranges.get(ranges.size() - 1);
                    if (last != null && last[1] == id - 1) {
                        last[1] = id;
                    } else {
                        ranges.add(new long[] { id, id });
                    }
                    deltas.add(tables[rs.getInt(2)], rs.getLong(3), rs.getLong(4), rs.getObject(5, LocalDate.class),
                            rs.getLong(6), rs.getLong(7), rs.getLong(8), rs.getLong(9));
                });
        return new Pending(deltas, ranges);
    }

    /** Deletes the increments read (and applied) by a fold; those committed since stay for the next one. */
    void forget(long agencyId, List<long[]> idRanges) {
        batch.batchUpdate("delete from dashboard_delta where agency_id = ? and id between ? and ?",
                idRanges.stream().map(r -> new Object[] { agencyId, r[0], r[1] }).toList());
    }

    /** Whether the agency has committed increments not applied yet (read without a lock). */
    boolean hasPending(long agencyId) {
        return jdbc.sql("select 1 from dashboard_delta where agency_id = :agency fetch first 1 rows only")
                .param("agency", agencyId).query(Integer.class).optional().isPresent();
    }

    /** Agencies with increments waiting to be applied. */
    List<Long> agenciesWithPending() {
        return jdbc.sql("select distinct agency_id from dashboard_delta").query(Long.class).list();
    }
}
