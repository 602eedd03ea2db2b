package vn.nhiemvu.task.internal;

import java.util.Collection;
import java.util.Map;
import java.util.Set;

import vn.nhiemvu.organization.Visibility;
import vn.nhiemvu.shared.SqlIds;

/**
 * A user's {@link Visibility} as the SQL condition on the task table (alias {@code t}) that the repositories add to
 * every read, so that scope cannot be forgotten by one endpoint.
 */
record TaskScope(String condition, Map<String, Object> params) {

    /** The whole agency, for system work that answers to no user (recounts of read models). */
    static TaskScope agency(long agencyId) {
        return new TaskScope("t.agency_id = :scopeAgency", Map.of("scopeAgency", agencyId));
    }

    /** This scope and only the tasks with the ids (a caller's thousand at most), written as literals. */
    TaskScope narrowedTo(Collection<Long> ids) {
        return new TaskScope("(" + condition + ") and t.id in (" + SqlIds.literals(ids) + ")", params);
    }

    static TaskScope of(Visibility visibility) {
        if (visibility instanceof Visibility.Supervised leader) {
            // "in ()" is not valid SQL; -1 is never an id.
            Set<Long> units = leader.unitIds().isEmpty() ? Set.of(-1L) : leader.unitIds();
            return new TaskScope("""
                    t.agency_id = :scopeAgency and (t.supervising_leader_id = :scopeLeader
                        or t.lead_unit_id in (:scopeUnits))""",
                    Map.of("scopeAgency", leader.agencyId(), "scopeLeader", leader.leaderId(), "scopeUnits", units));
        }
        if (visibility instanceof Visibility.OwnUnit unit) {
            return new TaskScope("""
                    t.agency_id = :scopeAgency and (t.lead_unit_id = :scopeUnit or exists (
                        select 1 from task_coordinating_unit sc where sc.task_id = t.id and sc.unit_id = :scopeUnit))""",
                    Map.of("scopeAgency", unit.agencyId(), "scopeUnit", unit.unitId()));
        }
        if (visibility instanceof Visibility.LeadAgency agency) {
            return new TaskScope("""
                    t.agency_id = :scopeAgency and exists (
                        select 1 from task_lead_agency sa where sa.task_id = t.id and sa.agency_id = :scopeLeadAgency)""",
                    Map.of("scopeAgency", agency.agencyId(), "scopeLeadAgency", agency.leadAgencyId()));
        }
        if (visibility instanceof Visibility.NoTasks) {
            return new TaskScope("1 = 0", Map.of());
        }
        if (visibility instanceof Visibility.WholeAgency) {
            return agency(visibility.agencyId());
        }
        throw new IllegalStateException("no SQL for " + visibility);
    }
}
