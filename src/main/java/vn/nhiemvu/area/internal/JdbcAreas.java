package vn.nhiemvu.area.internal;

import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

import vn.nhiemvu.area.ManagementArea;

/** The area module's tables ({@code area}, {@code area_task}), in explicit SQL. */
@Repository
class JdbcAreas {

    private static final String AREA = """
            select id, agency_id, code, name, focal_unit_id, focal_note, sort_order
              from area a
            """;

    private final JdbcClient jdbc;

    JdbcAreas(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The agency's areas in their order (then by code). */
    List<ManagementArea> list(long agencyId) {
        return jdbc.sql(AREA + " where a.agency_id = :agency order by a.sort_order, a.code")
                .param("agency", agencyId).query(ManagementArea.class).list();
    }

    Optional<ManagementArea> byCode(long agencyId, String code) {
        return jdbc.sql(AREA + " where a.agency_id = :agency and a.code = :code")
                .param("agency", agencyId).param("code", code).query(ManagementArea.class).optional();
    }

    long insert(ManagementArea a) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("""
                insert into area (agency_id, code, name, focal_unit_id, focal_note, sort_order)
                values (:agency, :code, :name, :focal, :note, :sort)
                """)
                .param("agency", a.agencyId()).param("code", a.code()).param("name", a.name())
                .param("focal", a.focalUnitId()).param("note", a.focalNote()).param("sort", a.sortOrder())
                .update(keys, "id");
        return keys.getKeyAs(Number.class).longValue();
    }

    void update(ManagementArea a) {
        jdbc.sql("""
                update area set code = :code, name = :name, focal_unit_id = :focal, focal_note = :note, sort_order = :sort
                 where id = :id and agency_id = :agency
                """)
                .param("id", a.id()).param("agency", a.agencyId()).param("code", a.code()).param("name", a.name())
                .param("focal", a.focalUnitId()).param("note", a.focalNote()).param("sort", a.sortOrder())
                .update();
    }

    /** The ids of the areas the task belongs to. */
    Set<Long> areasOf(long taskId) {
        return new HashSet<>(jdbc.sql("select area_id from area_task where task_id = :task")
                .param("task", taskId).query(Long.class).list());
    }

    /** Replaces the task's areas. */
    void replace(long taskId, Collection<Long> areaIds) {
        jdbc.sql("delete from area_task where task_id = :task").param("task", taskId).update();
        for (Long areaId : areaIds) {
            jdbc.sql("insert into area_task (area_id, task_id) values (:area, :task)")
                    .param("area", areaId).param("task", taskId).update();
        }
    }

    /** The ids of the tasks in the area. */
    Set<Long> tasksOf(long areaId) {
        return new HashSet<>(jdbc.sql("select task_id from area_task where area_id = :area")
                .param("area", areaId).query(Long.class).list());
    }

    /** For each of the agency's areas that holds tasks, their ids. */
    Map<Long, Set<Long>> tasksByArea(long agencyId) {
        var result = new HashMap<Long, Set<Long>>();
        jdbc.sql("""
                select at.area_id, at.task_id from area_task at join area a on a.id = at.area_id
                 where a.agency_id = :agency
                """).param("agency", agencyId)
                .query((rs, n) -> result.computeIfAbsent(rs.getLong(1), k -> new HashSet<>()).add(rs.getLong(2)))
                .list();
        return result;
    }

    /** Whether any of the agency's areas holds a task (the demo links tasks once, on a first load). */
    boolean anyTask(long agencyId) {
        return !jdbc.sql("select 1 from area_task at join area a on a.id = at.area_id where a.agency_id = :agency fetch first 1 rows only")
                .param("agency", agencyId).query(Integer.class).list().isEmpty();
    }
}
