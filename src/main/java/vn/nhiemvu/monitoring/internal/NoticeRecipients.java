package vn.nhiemvu.monitoring.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import vn.nhiemvu.identity.Role;
import vn.nhiemvu.monitoring.Notice;
import vn.nhiemvu.organization.Leader;
import vn.nhiemvu.organization.Organization;

/**
 * Who receives a notice, asked of the identity module once per unit, leader or role for as long as this lives (a
 * sweep, a change). A task's leader is its supervising leader; failing an account of theirs, the leaders who
 * supervise its lead unit (they see and may decide its plan and requests); failing those, the Office, which passes
 * it on.
 */
final class NoticeRecipients {

    private final long agencyId;
    private final NoticeSender sender;
    private final Organization organization;
    private final Map<String, List<Notice.Recipient>> known = new HashMap<>();
    private List<Leader> leaders;

    NoticeRecipients(long agencyId, NoticeSender sender, Organization organization) {
        this.agencyId = agencyId;
        this.sender = sender;
        this.organization = organization;
    }

    long agencyId() {
        return agencyId;
    }

    /** The accounts of the units. */
    List<Notice.Recipient> units(Collection<Long> unitIds) {
        var all = new ArrayList<Notice.Recipient>();
        unitIds.forEach(id -> all.addAll(of(Role.UNIT, id, null)));
        return distinct(all);
    }

    /** The accounts of the task's leader (see the class). */
    List<Notice.Recipient> leaderOf(Long supervisingLeaderId, Long leadUnitId) {
        if (supervisingLeaderId != null) {
            List<Notice.Recipient> own = of(Role.LEADER, null, supervisingLeaderId);
            if (!own.isEmpty()) {
                return own;
            }
        }
        if (leadUnitId != null) {
            if (leaders == null) {
                leaders = organization.leaders(agencyId);
            }
            var unitLeaders = new ArrayList<Notice.Recipient>();
            leaders.stream().filter(l -> l.supervisedUnitIds().contains(leadUnitId))
                    .forEach(l -> unitLeaders.addAll(of(Role.LEADER, null, l.id())));
            if (!unitLeaders.isEmpty()) {
                return distinct(unitLeaders);
            }
        }
        return office();
    }

    List<Notice.Recipient> office() {
        return of(Role.OFFICE, null, null);
    }

    List<Notice.Recipient> legal() {
        return of(Role.LEGAL, null, null);
    }

    private List<Notice.Recipient> of(Role role, Long unitId, Long leaderId) {
        return known.computeIfAbsent(role + ":" + unitId + ":" + leaderId,
                k -> sender.members(agencyId, role, unitId, leaderId));
    }

    static List<Notice.Recipient> distinct(List<Notice.Recipient> recipients) {
        var byId = new LinkedHashMap<Long, Notice.Recipient>();
        recipients.forEach(r -> byId.putIfAbsent(r.userId(), r));
        return List.copyOf(byId.values());
    }
}
