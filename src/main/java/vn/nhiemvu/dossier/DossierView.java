package vn.nhiemvu.dossier;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * A task's dossier as people and the API see it: every file version, every review, the
 * submission (and those undone by a reopening), what the checklist still misses and what the current user may do now.
 */
public record DossierView(long taskId, String taskTitle, String leadUnit, DossierState state, String stateLabel,
        List<FileView> files, List<ReviewView> reviews, SubmissionView submission,
        List<WithdrawnSubmissionView> withdrawnSubmissions, Checklist checklist,
        List<FileRole> missing,
        Set<DossierAction> allowedActions, long version) {

    /** One stored version of a file; {@code current} is false once a newer version replaces it. */
    public record FileView(long id, long documentId, int version, boolean current, FileRole role, String roleLabel,
            String name, String contentType, long size, String sha256, String uploadedBy, Instant uploadedAt) {
    }

    public record ReviewView(long id, int round, ReviewDecision decision, String decisionLabel, String comments,
            String reviewer, Instant reviewedAt) {
    }

    /** The outgoing document by which the dossier was submitted (trình). */
    public record SubmissionView(String documentNumber, LocalDate documentDate, String recordedBy, Instant recordedAt) {
    }

    /** A submission undone when the task was reopened, kept with who reopened it and when. */
    public record WithdrawnSubmissionView(String documentNumber, LocalDate documentDate, String recordedBy,
            Instant recordedAt, String withdrawnBy, Instant withdrawnAt) {
    }
}
