package vn.nhiemvu.dossier.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import org.springframework.stereotype.Component;

import vn.nhiemvu.dossier.DossierState;
import vn.nhiemvu.dossier.FileRole;
import vn.nhiemvu.dossier.ReviewDecision;
import vn.nhiemvu.shared.Message;
import vn.nhiemvu.task.CompletionStep;
import vn.nhiemvu.task.TaskStep;
import vn.nhiemvu.task.TaskStepSource;

/**
 * The latest of the dossier's sending for legal review and the Legal Department's decisions: the product was not
 * finished before them, so neither a completion nor the submission (trình) is dated earlier.
 */
@Component
class DossierSteps implements TaskStepSource {

    private final JdbcDossiers dossiers;
    private final Clock clock;

    DossierSteps(JdbcDossiers dossiers, Clock clock) {
        this.dossiers = dossiers;
        this.clock = clock;
    }

    @Override
    public Optional<TaskStep> latestStep(long agencyId, long taskId) {
        var sent = dossiers.find(agencyId, taskId).map(JdbcDossiers.DossierRow::submittedForReviewAt).stream()
                .filter(java.util.Objects::nonNull).map(at -> step(at, "completion.task-step.review-sent"));
        var reviewed = dossiers.reviews(agencyId, taskId).stream().map(r -> step(r.reviewedAt(),
                r.decision() == ReviewDecision.PASS ? "completion.task-step.review-passed"
                        : "completion.task-step.review-returned"));
        // On the same day a decision comes after the sending.
        return Stream.concat(sent, reviewed).reduce((a, b) -> b.on().isBefore(a.on()) ? a : b);
    }

    /**
     * The path's steps the dossier shows: the legal review passed (while the dossier stands passed or submitted), the
     * submission recorded, and a result on file — a file of role RESULT, or the submitted document itself.
     */
    @Override
    public Map<CompletionStep, LocalDate> pathSteps(long agencyId, long taskId) {
        var done = new EnumMap<CompletionStep, LocalDate>(CompletionStep.class);
        var row = dossiers.find(agencyId, taskId);
        if (row.isEmpty()) {
            return done;
        }
        DossierState state = row.get().state();
        if (state == DossierState.PASSED || state == DossierState.SUBMITTED) {
            dossiers.reviews(agencyId, taskId).stream().filter(r -> r.decision() == ReviewDecision.PASS)
                    .map(JdbcDossiers.ReviewRow::reviewedAt).max(Instant::compareTo)
                    .ifPresent(at -> done.put(CompletionStep.LEGAL_REVIEW_PASSED, day(at)));
        }
        if (state == DossierState.SUBMITTED && row.get().documentDate() != null) {
            done.put(CompletionStep.SUBMISSION_RECORDED, row.get().documentDate());
            done.put(CompletionStep.RESULT_FILE, row.get().documentDate());
        }
        dossiers.files(agencyId, taskId).stream().filter(f -> f.role() == FileRole.RESULT)
                .map(JdbcDossiers.FileRow::uploadedAt).min(Instant::compareTo)
                .ifPresent(at -> done.put(CompletionStep.RESULT_FILE, day(at)));
        return done;
    }

    private LocalDate day(Instant at) {
        return LocalDate.ofInstant(at, clock.getZone());
    }

    private TaskStep step(Instant at, String code) {
        return new TaskStep(day(at), Message.of(code));
    }
}
