package vn.nhiemvu.dossier.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

import vn.nhiemvu.dossier.DossierAction;
import vn.nhiemvu.dossier.DossierPermissions;
import vn.nhiemvu.dossier.DossierState;
import vn.nhiemvu.identity.CurrentUser;
import vn.nhiemvu.inbox.InboxItem;
import vn.nhiemvu.inbox.InboxSource;
import vn.nhiemvu.shared.DisplayDates;
import vn.nhiemvu.shared.Message;
import vn.nhiemvu.task.TaskHeading;
import vn.nhiemvu.task.TaskManagement;

/**
 * Dossiers waiting for legal review wait for the Legal Department; passed dossiers wait for the
 * supervising leader (or the Office) to record the submission.
 */
@Component
class DossierInboxSource implements InboxSource {

    private final JdbcDossiers dossiers;
    private final TaskManagement tasks;

    DossierInboxSource(JdbcDossiers dossiers, TaskManagement tasks) {
        this.dossiers = dossiers;
        this.tasks = tasks;
    }

    @Override
    public List<InboxItem> waitingFor(CurrentUser user) {
        DossierState state;
        Message kind;
        if (DossierPermissions.POLICY.allowsAny(user, DossierAction.PASS)) {
            state = DossierState.SUBMITTED_FOR_REVIEW;
            kind = Message.of("inbox.kind.dossier-review");
        } else if (DossierPermissions.POLICY.allowsAny(user, DossierAction.RECORD_SUBMISSION)) {
            state = DossierState.PASSED;
            kind = Message.of("inbox.kind.dossier-submission");
        } else {
            return List.of();
        }
        List<JdbcDossiers.Waiting> waiting = dossiers.waiting(user.agencyId(), state);
        // Scope and titles are the task module's, asked once for the list.
        Map<Long, TaskHeading> visible = tasks.headings(user, waiting.stream().map(JdbcDossiers.Waiting::taskId).toList());
        return waiting.stream().filter(w -> visible.containsKey(w.taskId()))
                .map(w -> new InboxItem(kind, visible.get(w.taskId()).title(), "/tasks/" + w.taskId() + "/dossier",
                        LocalDate.ofInstant(w.since(), DisplayDates.ZONE)))
                .toList();
    }
}
