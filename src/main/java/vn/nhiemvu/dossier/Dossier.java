package vn.nhiemvu.dossier;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import vn.nhiemvu.identity.Relation;
import vn.nhiemvu.shared.ConflictException;
import vn.nhiemvu.shared.ForbiddenException;
import vn.nhiemvu.shared.InvalidInputException;
import vn.nhiemvu.shared.Message;

/**
 * The dossier of one task and its state machine, in plain Java. Every transition checks first who
 * acts, by their relation to the task against {@link DossierPermissions} (a wrong one is
 * {@link ForbiddenException}), then the state (a transition the state does not allow is
 * {@link ConflictException.Kind#STATE}, naming the actions that are allowed). Scope — whether the user
 * sees the task at all — is checked before, by the task module.
 */
public final class Dossier {

    private final long taskId;
    private final long agencyId;
    private DossierState state;

    public Dossier(long taskId, long agencyId, DossierState state) {
        this.taskId = taskId;
        this.agencyId = agencyId;
        this.state = state;
    }

    public long taskId() {
        return taskId;
    }

    public long agencyId() {
        return agencyId;
    }

    public DossierState state() {
        return state;
    }

    /** What the user may do now: their relation to the task allows it and so does the state. */
    public Set<DossierAction> allowedActions(Relation relation) {
        var actions = EnumSet.noneOf(DossierAction.class);
        for (DossierAction action : DossierPermissions.POLICY.allowed(relation)) {
            if (action.allowedIn(state)) {
                actions.add(action);
            }
        }
        return actions;
    }

    /** A file may be added (the caller stores it). */
    public void addFile(Relation relation) {
        require(relation, DossierAction.ADD_FILE);
    }

    /** Sends the dossier to Vụ Pháp chế; every item of the checklist must be present. */
    public void submitForReview(Relation relation, Set<FileRole> present, Checklist checklist) {
        require(relation, DossierAction.SUBMIT_FOR_REVIEW);
        var missing = checklist.missing(present);
        if (!missing.isEmpty()) {
            throw InvalidInputException.of("files", Message.of("invalid.dossier.files.invalid",
                    Message.joined("shared.list.comma", missing.stream().map(role -> Message.of(role.code())).toList())));
        }
        state = DossierState.SUBMITTED_FOR_REVIEW;
    }

    public void review(Relation relation, ReviewDecision decision, String comments) {
        if (decision == null) {
            throw InvalidInputException.of("decision", Message.of("invalid.dossier.decision.required"));
        }
        if (decision == ReviewDecision.PASS) {
            require(relation, DossierAction.PASS);
            state = DossierState.PASSED;
        } else {
            require(relation, DossierAction.RETURN);
            if (comments == null || comments.isBlank()) {
                throw InvalidInputException.of("comments", Message.of("invalid.dossier.comments.invalid"));
            }
            state = DossierState.RETURNED;
        }
    }

    /** The signed submission was sent; the caller records its number and date and completes the task. */
    public void recordSubmission(Relation relation) {
        require(relation, DossierAction.RECORD_SUBMISSION);
        state = DossierState.SUBMITTED;
    }

    /**
     * The task was reopened (the task module decided who may): a submitted dossier goes back to PASSED, the state with
     * a way on — its submission can be recorded again. False if the dossier was not submitted (nothing to reopen).
     */
    public boolean reopenWithTask() {
        if (state != DossierState.SUBMITTED) {
            return false;
        }
        state = DossierState.PASSED;
        return true;
    }

    private void require(Relation relation, DossierAction action) {
        DossierPermissions.POLICY.check(action, relation);
        if (!action.allowedIn(state)) {
            List<Message> allowed = EnumSet.allOf(DossierAction.class).stream().filter(a -> a.allowedIn(state))
                    .map(DossierAction::words).toList();
            throw new ConflictException(ConflictException.Kind.STATE, allowed.isEmpty()
                    ? Message.of("conflict.dossier.state.final", action.words(), Message.of(state.code()))
                    : Message.of("conflict.dossier.state.refused", action.words(), Message.of(state.code()),
                            Message.joined("shared.list", allowed)));
        }
    }
}
