package vn.nhiemvu.dossier.internal;

import java.time.OffsetDateTime;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import vn.nhiemvu.dossier.DossierAction;
import vn.nhiemvu.dossier.DossierPermissions;
import vn.nhiemvu.identity.CurrentUser;
import vn.nhiemvu.inbox.InboxItem;
import vn.nhiemvu.inbox.InboxSource;
import vn.nhiemvu.task.TaskManagement;

/**
 * Dossiers waiting for legal review wait for the Legal Department; passed dossiers wait for the
 * supervising leader (or the Office) to record the submission.
 */
@Component
class DossierInboxSource implements InboxSource {

    private final JdbcClient jdbc;
    private final TaskManagement tasks;

    DossierInboxSource(JdbcClient jdbc, TaskManagement tasks) {
        this.jdbc = jdbc;
        this.tasks = tasks;
    }

    @Override
    public List<InboxItem> waitingFor(CurrentUser user) {
        String state;
        String kind;
        if (DossierPermissions.POLICY.allowsAny(user, DossierAction.PASS)) {
            state = "SUBMITTED_FOR_REVIEW";
            kind = "Thẩm định hồ sơ";
        } else if (DossierPermissions.POLICY.allowsAny(user, DossierAction.RECORD_SUBMISSION)) {
            state = "PASSED";
            kind = "Ký trình hồ sơ đã thông qua thẩm định";
        } else {
            return List.of();
        }
        return jdbc.sql("""
                select d.task_id, d.updated_at, t.title from dossier d join task t on t.id = d.task_id
                where d.agency_id = :agency and d.state = :state order by d.updated_at, d.task_id
                """).param("agency", user.agencyId()).param("state", state)
                .query((rs, n) -> new Object[] { rs.getLong("task_id"), rs.getObject("updated_at", OffsetDateTime.class),
                        rs.getString("title") })
                .list().stream()
                .filter(row -> tasks.isVisible(user, (Long) row[0]))
                .map(row -> new InboxItem(kind, (String) row[2], "/tasks/" + row[0] + "/dossier",
                        ((OffsetDateTime) row[1]).toLocalDate()))
                .toList();
    }
}
