package vn.nhiemvu.monitoring.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.LongFunction;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

import vn.nhiemvu.evaluation.TaskStatus;
import vn.nhiemvu.monitoring.UrgingLetter;

/**
 * Urging letters, their tasks and the agencies' yearly numbering, in explicit SQL. The unit's name is the organization
 * module's: the caller gives it ({@code unitNames}), this module does not read {@code org_unit}.
 */
@Repository
class JdbcUrgingLetters {

    private static final String SELECT = """
            select l.id, l.agency_id, l.unit_id, l.number, l.issued_on, l.created_at, l.created_by
            from urging_letter l
            """;

    private final JdbcClient jdbc;
    private final Clock clock;

    JdbcUrgingLetters(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** The next number of the agency's year; the update locks the row until the caller's transaction ends. */
    int nextNumber(long agencyId, int year) {
        jdbc.sql("insert into urging_sequence (agency_id, letter_year, last_number) values (:agency, :year, 0) on conflict do nothing")
                .param("agency", agencyId).param("year", year).update();
        jdbc.sql("update urging_sequence set last_number = last_number + 1 where agency_id = :agency and letter_year = :year")
                .param("agency", agencyId).param("year", year).update();
        return jdbc.sql("select last_number from urging_sequence where agency_id = :agency and letter_year = :year")
                .param("agency", agencyId).param("year", year).query(Integer.class).single();
    }

    long insert(long agencyId, long unitId, int year, int sequence, String number, LocalDate issuedOn, byte[] pdf,
            List<UrgingLetter.Item> items, String by) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("""
                insert into urging_letter (agency_id, unit_id, letter_year, sequence_number, number, issued_on, pdf, created_at,
                                           created_by)
                values (:agency, :unit, :year, :seq, :number, :issuedOn, :pdf, :now, :by)""")
                .param("agency", agencyId).param("unit", unitId).param("year", year).param("seq", sequence)
                .param("number", number).param("issuedOn", issuedOn).param("pdf", pdf)
                .param("now", OffsetDateTime.now(clock)).param("by", by)
                .update(keys, "id");
        long id = keys.getKeyAs(Number.class).longValue();
        for (UrgingLetter.Item item : items) {
            jdbc.sql("""
                    insert into urging_letter_task (letter_id, task_id, title, deadline, status, working_days_late)
                    values (:letter, :task, :title, :deadline, :status, :late)""")
                    .param("letter", id).param("task", item.taskId()).param("title", item.title())
                    .param("deadline", item.deadline()).param("status", item.status())
                    .param("late", item.workingDaysLate()).update();
        }
        return id;
    }

    /**
     * Newest first.
     *
     * @param unitId only those to this unit (null: any)
     * @param taskId only those listing this task (null: any)
     */
    List<UrgingLetter> list(long agencyId, Long unitId, Long taskId, LongFunction<String> unitNames) {
        var where = new ArrayList<String>(List.of("l.agency_id = :agency"));
        var params = new HashMap<String, Object>(Map.of("agency", agencyId));
        if (unitId != null) {
            where.add("l.unit_id = :unit");
            params.put("unit", unitId);
        }
        if (taskId != null) {
            where.add("exists (select 1 from urging_letter_task lt where lt.letter_id = l.id and lt.task_id = :task)");
            params.put("task", taskId);
        }
        return withItems(jdbc.sql(SELECT + " where " + String.join(" and ", where) + " order by l.id desc")
                .params(params).query(JdbcUrgingLetters::letter).list(), unitNames);
    }

    Optional<UrgingLetter> find(long agencyId, long id, LongFunction<String> unitNames) {
        return withItems(jdbc.sql(SELECT + " where l.agency_id = :agency and l.id = :id").param("agency", agencyId)
                .param("id", id).query(JdbcUrgingLetters::letter).list(), unitNames).stream().findFirst();
    }

    Optional<byte[]> pdf(long id) {
        return jdbc.sql("select pdf from urging_letter where id = :id").param("id", id)
                .query((rs, n) -> rs.getBytes(1)).optional();
    }

    private List<UrgingLetter> withItems(List<UrgingLetter> letters, LongFunction<String> unitNames) {
        if (letters.isEmpty()) {
            return letters;
        }
        var items = new HashMap<Long, List<UrgingLetter.Item>>();
        jdbc.sql("""
                select letter_id, task_id, title, deadline, status, working_days_late from urging_letter_task
                where letter_id in (:ids) order by letter_id, working_days_late desc, deadline, task_id""")
                .param("ids", letters.stream().map(UrgingLetter::id).toList())
                .query((ResultSet rs) -> {
                    String status = rs.getString("status");
                    items.computeIfAbsent(rs.getLong("letter_id"), k -> new ArrayList<>())
                            .add(new UrgingLetter.Item(rs.getLong("task_id"), rs.getString("title"),
                                    rs.getObject("deadline", LocalDate.class), status,
                                    TaskStatus.valueOf(status).label(), rs.getLong("working_days_late")));
                });
        return letters.stream().map(l -> new UrgingLetter(l.id(), l.agencyId(), l.unitId(), unitNames.apply(l.unitId()), l.number(),
                l.issuedOn(), items.getOrDefault(l.id(), List.of()), l.createdAt(), l.createdBy())).toList();
    }

    private static UrgingLetter letter(ResultSet rs, int row) throws SQLException {
        return new UrgingLetter(rs.getLong("id"), rs.getLong("agency_id"), rs.getLong("unit_id"),
                null, rs.getString("number"), rs.getObject("issued_on", LocalDate.class),
                List.of(), rs.getObject("created_at", OffsetDateTime.class).toInstant(), rs.getString("created_by"));
    }
}
