package vn.nhiemvu.dossier.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import java.util.stream.Stream;

import org.springframework.stereotype.Component;

import vn.nhiemvu.dossier.ReviewDecision;
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
                .filter(java.util.Objects::nonNull).map(at -> step(at, "hồ sơ được gửi Vụ Pháp chế thẩm định"));
        var reviewed = dossiers.reviews(agencyId, taskId).stream().map(r -> step(r.reviewedAt(),
                r.decision() == ReviewDecision.PASS ? "Vụ Pháp chế thông qua thẩm định hồ sơ" : "Vụ Pháp chế trả lại hồ sơ"));
        // On the same day a decision comes after the sending.
        return Stream.concat(sent, reviewed).reduce((a, b) -> b.on().isBefore(a.on()) ? a : b);
    }

    private TaskStep step(Instant at, String what) {
        return new TaskStep(LocalDate.ofInstant(at, clock.getZone()), what);
    }
}
