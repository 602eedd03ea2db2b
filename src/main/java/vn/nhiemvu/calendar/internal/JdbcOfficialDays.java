package vn.nhiemvu.calendar.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import vn.nhiemvu.calendar.CalendarDay;
import vn.nhiemvu.calendar.DayKind;
import vn.nhiemvu.calendar.NewCalendarDay;
import vn.nhiemvu.calendar.Occasion;

/** The table {@code calendar_day}: one row per date, national (no agency). */
@Repository
class JdbcOfficialDays implements OfficialDays {

    private static final String SELECT = """
            select day_date, kind, occasion, reason, source_document
            from calendar_day
            """;

    private static final String INSERT = """
            insert into calendar_day (day_date, kind, occasion, reason, source_document, created_by, created_at)
            values (:date, :kind, :occasion, :reason, :source, :by, :at)
            """;

    private final JdbcClient jdbc;
    private final Clock clock;

    JdbcOfficialDays(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    public List<CalendarDay> all() {
        return jdbc.sql(SELECT + " order by day_date").query(JdbcOfficialDays::row).list();
    }

    @Override
    public List<CalendarDay> year(int year) {
        return jdbc.sql(SELECT + " where day_date between :from and :to order by day_date")
                .param("from", LocalDate.of(year, 1, 1)).param("to", LocalDate.of(year, 12, 31))
                .query(JdbcOfficialDays::row).list();
    }

    @Override
    public Optional<CalendarDay> find(LocalDate date) {
        return jdbc.sql(SELECT + " where day_date = :date").param("date", date).query(JdbcOfficialDays::row)
                .optional();
    }

    @Override
    public void insert(NewCalendarDay day, String by) {
        jdbc.sql(INSERT).param("date", day.date()).param("kind", day.kind().name())
                .param("occasion", day.occasion().name()).param("reason", day.reason())
                .param("source", day.sourceDocument()).param("by", by).param("at", OffsetDateTime.now(clock))
                .update();
    }

    @Override
    public boolean delete(LocalDate date) {
        return jdbc.sql("delete from calendar_day where day_date = :date").param("date", date).update() > 0;
    }

    private static CalendarDay row(ResultSet rs, int row) throws SQLException {
        return new CalendarDay(rs.getObject("day_date", LocalDate.class), DayKind.valueOf(rs.getString("kind")),
                Occasion.valueOf(rs.getString("occasion")), rs.getString("reason"), rs.getString("source_document"),
                true);
    }
}
