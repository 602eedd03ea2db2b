package vn.nhiemvu.measurement.internal;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import vn.nhiemvu.measurement.ParCriterion;
import vn.nhiemvu.measurement.ParScore;

/** The PAR index tables ({@code par_criterion}, {@code par_score}), in explicit SQL. */
@Repository
class JdbcParIndex {

    private final JdbcClient jdbc;

    JdbcParIndex(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<ParCriterion> criteria(long agencyId, int year) {
        return jdbc.sql("""
                select id, agency_id, period_year, code, name, max_points, survey, owner_unit_id, sort_order
                  from par_criterion where agency_id = :agency and period_year = :year
                """).param("agency", agencyId).param("year", year).query(JdbcParIndex::criterion).list();
    }

    long insert(ParCriterion c) {
        var keys = new org.springframework.jdbc.support.GeneratedKeyHolder();
        jdbc.sql("""
                insert into par_criterion (agency_id, period_year, code, name, max_points, survey, owner_unit_id, sort_order)
                values (:agency, :year, :code, :name, :max, :survey, :owner, :sort)
                """).param("agency", c.agencyId()).param("year", c.year()).param("code", c.code())
                .param("name", c.name()).param("max", c.maxPoints()).param("survey", c.survey())
                .param("owner", c.ownerUnitId()).param("sort", c.sortOrder()).update(keys, "id");
        return keys.getKeyAs(Number.class).longValue();
    }

    void update(ParCriterion c) {
        jdbc.sql("""
                update par_criterion set name = :name, max_points = :max, survey = :survey, owner_unit_id = :owner,
                       sort_order = :sort
                 where id = :id and agency_id = :agency
                """).param("id", c.id()).param("agency", c.agencyId()).param("name", c.name())
                .param("max", c.maxPoints()).param("survey", c.survey()).param("owner", c.ownerUnitId())
                .param("sort", c.sortOrder()).update();
    }

    /** The latest score of each of the agency's criteria of the year. */
    Map<Long, ParScore> latestScores(long agencyId, int year) {
        var latest = new HashMap<Long, ParScore>();
        jdbc.sql("""
                select s.id, s.criterion_id, s.points, s.evidence, s.note, s.recorded_by, s.recorded_at
                  from par_score s join par_criterion c on c.id = s.criterion_id
                 where c.agency_id = :agency and c.period_year = :year
                 order by s.recorded_at, s.id
                """).param("agency", agencyId).param("year", year)
                .query((rs, n) -> new ParScore(rs.getLong(1), rs.getLong(2), rs.getBigDecimal(3).stripTrailingZeros(),
                        rs.getString(4), rs.getString(5), rs.getString(6), rs.getTimestamp(7).toInstant()))
                .list().forEach(s -> latest.put(s.criterionId(), s));
        return latest;
    }

    void addScore(long agencyId, long criterionId, BigDecimal points, String evidence, String note, String by,
            Instant at) {
        jdbc.sql("""
                insert into par_score (agency_id, criterion_id, points, evidence, note, recorded_by, recorded_at)
                values (:agency, :criterion, :points, :evidence, :note, :by, :at)
                """).param("agency", agencyId).param("criterion", criterionId).param("points", points)
                .param("evidence", evidence).param("note", note).param("by", by).param("at", Timestamp.from(at))
                .update();
    }

    private static ParCriterion criterion(ResultSet rs, int n) throws SQLException {
        BigDecimal max = rs.getBigDecimal("max_points");
        long owner = rs.getLong("owner_unit_id");
        Long ownerId = rs.wasNull() ? null : owner;
        return new ParCriterion(rs.getLong("id"), rs.getLong("agency_id"), rs.getInt("period_year"),
                rs.getString("code"), rs.getString("name"), max == null ? null : max.stripTrailingZeros(),
                rs.getBoolean("survey"), ownerId, rs.getInt("sort_order"));
    }
}
