package vn.nhiemvu.dossier;

import java.io.InputStream;
import java.time.LocalDate;
import java.util.List;

import vn.nhiemvu.identity.CurrentUser;

/**
 * The dossier module's API. Every method takes the user: a task outside their scope is not found,
 * a step their role may not take is forbidden, a step the state does not allow is a conflict.
 * Methods with an {@code idempotencyKey} (may be null) return the first result when the same user
 * repeats the key, without doing the step again.
 */
public interface Dossiers {

    DossierView view(CurrentUser user, long taskId);

    /**
     * Stores an uploaded file (sniffed, hashed, limited in size) and adds it to the dossier;
     * {@code replaces} names an earlier file of which this is a new version.
     */
    DossierView.FileView addFile(CurrentUser user, long taskId, FileRole role, Long replaces, String originalName,
            InputStream content, String idempotencyKey);

    StoredFile content(CurrentUser user, long taskId, long fileId);

    DossierView submitForReview(CurrentUser user, long taskId, String idempotencyKey);

    DossierView review(CurrentUser user, long taskId, ReviewDecision decision, String comments, String idempotencyKey);

    /** Records the submission (trình) and completes the task on the document's date. */
    DossierView recordSubmission(CurrentUser user, long taskId, String documentNumber, LocalDate documentDate,
            String idempotencyKey);

    /** Dossiers waiting for legal review, oldest first, within the user's scope. */
    List<ReviewQueueItem> reviewQueue(CurrentUser user);
}
