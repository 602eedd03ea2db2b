package vn.nhiemvu.dossier.internal;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import vn.nhiemvu.dossier.DossierAction;
import vn.nhiemvu.dossier.DossierPermissions;
import vn.nhiemvu.identity.CurrentUser;
import vn.nhiemvu.inbox.InboxItem;
import vn.nhiemvu.inbox.InboxSource;
import vn.nhiemvu.task.TaskHeading;
import vn.nhiemvu.task.TaskManagement;
import vn.nhiemvu.shared.Message;

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

    private record Waiting(long taskId, OffsetDateTime updatedAt) {
    }

    @Override
    public List<InboxItem> waitingFor(CurrentUser user) {
        String state;
        Message kind;
        if (DossierPermissions.POLICY.allowsAny(user, DossierAction.PASS)) {
            state = "SUBMITTED_FOR_REVIEW";
            kind = Message.of("inbox.kind.dossier-review");
        } else if (DossierPermissions.POLICY.allowsAny(user, DossierAction.RECORD_SUBMISSION)) {
            state = "PASSED";
            kind = Message.of("inbox.kind.dossier-submission");
        } else {
            return List.of();
        }
        List<Waiting> waiting = jdbc.sql("""
                select task_id, updated_at from dossier
                where agency_id = :agency and state = :state order by updated_at, task_id
                """).param("agency", user.agencyId()).param("state", state)
                .query((rs, n) -> new Waiting(rs.getLong("task_id"), rs.getObject("updated_at", OffsetDateTime.class)))
                .list();
        // Scope and titles are the task module's, asked once for the list.
        Map<Long, TaskHeading> visible = tasks.headings(user, waiting.stream().map(Waiting::taskId).toList());
        return waiting.stream().filter(w -> visible.containsKey(w.taskId()))
                .map(w -> new InboxItem(kind, visible.get(w.taskId()).title(), "/tasks/" + w.taskId() + "/dossier",
                        w.updatedAt().toLocalDate()))
                .toList();
    }
}
