package vn.nhiemvu.task.internal;

import java.util.Map;
import java.util.Set;

import vn.nhiemvu.identity.CurrentUser;
import vn.nhiemvu.identity.Role;
import vn.nhiemvu.organization.Leader;
import vn.nhiemvu.organization.Organization;

/**
 * The SQL condition that limits tasks (alias {@code t}) to what a user may see. Every query of
 * the module goes through it, so scope cannot be forgotten by one endpoint.
 */
record TaskScope(String condition, Map<String, Object> params) {

    /** The whole agency, for system work that answers to no user (recounts of read models). */
    static TaskScope agency(long agencyId) {
        return new TaskScope("t.agency_id = :scopeAgency", Map.of("scopeAgency", agencyId));
    }

    /** The user's scope; a leader's supervised units are looked up. */
    static TaskScope of(CurrentUser user, Organization organization) {
        Set<Long> supervised = user.role() == Role.LEADER
                ? organization.leader(user.agencyId(), user.leaderId()).map(Leader::supervisedUnitIds).orElse(Set.of())
                : Set.of();
        return of(user, supervised);
    }

    private static TaskScope of(CurrentUser user, Set<Long> supervisedUnitIds) {
        if (user.seesWholeAgency()) {
            return agency(user.agencyId());
        }
        if (user.respondent()) {
            // An outside agency's focal person answers proposal rounds and sees no task (ADR 0035).
            return new TaskScope("1 = 0", Map.of());
        }
        if (user.role() == Role.LEADER) {
            // "in ()" is not valid SQL; -1 is never an id.
            var units = supervisedUnitIds.isEmpty() ? Set.of(-1L) : supervisedUnitIds;
            return new TaskScope("""
                    t.agency_id = :scopeAgency and (t.supervising_leader_id = :scopeLeader
                        or t.lead_unit_id in (:scopeUnits))""",
                    Map.of("scopeAgency", user.agencyId(), "scopeLeader", user.leaderId(), "scopeUnits", units));
        }
        return new TaskScope("""
                t.agency_id = :scopeAgency and (t.lead_unit_id = :scopeUnit or exists (
                    select 1 from task_coordinating_unit sc where sc.task_id = t.id and sc.unit_id = :scopeUnit))""",
                Map.of("scopeAgency", user.agencyId(), "scopeUnit", user.unitId()));
    }
}
