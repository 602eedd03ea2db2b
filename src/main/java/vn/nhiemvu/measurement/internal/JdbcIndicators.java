package vn.nhiemvu.measurement.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

import vn.nhiemvu.measurement.Direction;
import vn.nhiemvu.measurement.Frequency;
import vn.nhiemvu.measurement.Indicator;
import vn.nhiemvu.measurement.IndicatorValue;
import vn.nhiemvu.measurement.TaskMetric;
import vn.nhiemvu.measurement.ValueChannel;

/** The indicator tables ({@code indicator}, {@code indicator_value}), in explicit SQL. */
@Repository
class JdbcIndicators {

    private static final String INDICATOR = """
            select id, agency_id, code, name, unit_of_measure, direction, target, frequency, period_year, owner_unit_id,
                   area_id, note, metric
              from indicator i
            """;

    private static final String VALUE = """
            select id, indicator_id, period_key, period_end, measured, source, evidence, correction, recorded_by,
                   recorded_at, channel, channel_ref
              from indicator_value v
            """;

    private final JdbcClient jdbc;

    JdbcIndicators(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<Indicator> list(long agencyId) {
        return jdbc.sql(INDICATOR + " where i.agency_id = :agency order by i.period_year desc, i.code")
                .param("agency", agencyId).query(JdbcIndicators::indicator).list();
    }

    Optional<Indicator> byCode(long agencyId, String code) {
        return jdbc.sql(INDICATOR + " where i.agency_id = :agency and i.code = :code")
                .param("agency", agencyId).param("code", code).query(JdbcIndicators::indicator).optional();
    }

    long insert(Indicator i) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("""
                insert into indicator (agency_id, code, name, unit_of_measure, direction, target, frequency,
                                       period_year, owner_unit_id, area_id, note, metric)
                values (:agency, :code, :name, :unit, :direction, :target, :frequency, :year, :owner, :area, :note,
                        :metric)
                """)
                .param("agency", i.agencyId()).param("code", i.code()).param("name", i.name())
                .param("unit", i.unitOfMeasure()).param("direction", i.direction().name()).param("target", i.target())
                .param("frequency", i.frequency().name()).param("year", i.periodYear()).param("owner", i.ownerUnitId())
                .param("area", i.areaId()).param("note", i.note())
                .param("metric", i.metric() == null ? null : i.metric().name())
                .update(keys, "id");
        return keys.getKeyAs(Number.class).longValue();
    }

    void update(Indicator i) {
        jdbc.sql("""
                update indicator set code = :code, name = :name, unit_of_measure = :unit, direction = :direction,
                       target = :target, frequency = :frequency, period_year = :year, owner_unit_id = :owner,
                       area_id = :area, note = :note, metric = :metric
                 where id = :id and agency_id = :agency
                """)
                .param("id", i.id()).param("agency", i.agencyId()).param("code", i.code()).param("name", i.name())
                .param("unit", i.unitOfMeasure()).param("direction", i.direction().name()).param("target", i.target())
                .param("frequency", i.frequency().name()).param("year", i.periodYear()).param("owner", i.ownerUnitId())
                .param("area", i.areaId()).param("note", i.note())
                .param("metric", i.metric() == null ? null : i.metric().name())
                .update();
    }

    Optional<Indicator> byId(long id) {
        return jdbc.sql(INDICATOR + " where i.id = :id").param("id", id).query(JdbcIndicators::indicator).optional();
    }

    /** The agency's indicators computed from tasks, of the year. */
    List<Indicator> computed(long agencyId, int year) {
        return jdbc.sql(INDICATOR + " where i.agency_id = :agency and i.period_year = :year and i.metric is not null")
                .param("agency", agencyId).param("year", year).query(JdbcIndicators::indicator).list();
    }

    /** The agencies that have an indicator of the year. */
    List<Long> agenciesWithIndicators(int year) {
        return jdbc.sql("select distinct agency_id from indicator where period_year = :year order by agency_id")
                .param("year", year).query(Long.class).list();
    }

    /** Whether the indicator has any value (its frequency and year then stay: the values' periods are theirs). */
    boolean hasValues(long indicatorId) {
        return !jdbc.sql("select 1 from indicator_value where indicator_id = :id fetch first 1 rows only")
                .param("id", indicatorId).query(Integer.class).list().isEmpty();
    }

    /** For each indicator, its values recorded before the cut-off. */
    Map<Long, List<IndicatorValue>> values(Collection<Long> indicatorIds, Instant cutoff) {
        var result = new HashMap<Long, List<IndicatorValue>>();
        if (indicatorIds.isEmpty()) {
            return result;
        }
        jdbc.sql(VALUE + " where v.indicator_id in (:ids) and v.recorded_at < :cutoff")
                .param("ids", indicatorIds).param("cutoff", Timestamp.from(cutoff))
                .query(JdbcIndicators::value).list()
                .forEach(v -> result.computeIfAbsent(v.indicatorId(), k -> new java.util.ArrayList<>()).add(v));
        return result;
    }

    void addValue(long agencyId, long indicatorId, String periodKey, LocalDate periodEnd, java.math.BigDecimal value,
            String source, String evidence, String correction, String by, Instant at, ValueChannel channel,
            String channelRef) {
        jdbc.sql("""
                insert into indicator_value (agency_id, indicator_id, period_key, period_end, measured, source, evidence,
                                             correction, recorded_by, recorded_at, channel, channel_ref)
                values (:agency, :indicator, :key, :end, :value, :source, :evidence, :correction, :by, :at, :channel,
                        :ref)
                """)
                .param("channel", channel.name()).param("ref", channelRef)
                .param("agency", agencyId).param("indicator", indicatorId).param("key", periodKey)
                .param("end", periodEnd).param("value", value).param("source", source).param("evidence", evidence)
                .param("correction", correction).param("by", by).param("at", Timestamp.from(at))
                .update();
    }

    private static Indicator indicator(ResultSet rs, int n) throws SQLException {
        long area = rs.getLong("area_id");
        Long areaId = rs.wasNull() ? null : area;
        return new Indicator(rs.getLong("id"), rs.getLong("agency_id"), rs.getString("code"), rs.getString("name"),
                rs.getString("unit_of_measure"), Direction.valueOf(rs.getString("direction")),
                rs.getBigDecimal("target").stripTrailingZeros(), Frequency.valueOf(rs.getString("frequency")),
                rs.getInt("period_year"), rs.getLong("owner_unit_id"), areaId, rs.getString("note"),
                rs.getString("metric") == null ? null : TaskMetric.valueOf(rs.getString("metric")));
    }

    private static IndicatorValue value(ResultSet rs, int n) throws SQLException {
        return new IndicatorValue(rs.getLong("id"), rs.getLong("indicator_id"), rs.getString("period_key"),
                rs.getObject("period_end", LocalDate.class), rs.getBigDecimal("measured").stripTrailingZeros(),
                rs.getString("source"), rs.getString("evidence"), rs.getString("correction"),
                rs.getString("recorded_by"), rs.getTimestamp("recorded_at").toInstant(),
                ValueChannel.valueOf(rs.getString("channel")), rs.getString("channel_ref"));
    }
}
