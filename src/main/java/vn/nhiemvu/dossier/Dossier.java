package vn.nhiemvu.dossier;

import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

import vn.nhiemvu.identity.CurrentUser;
import vn.nhiemvu.shared.ConflictException;
import vn.nhiemvu.shared.ForbiddenException;
import vn.nhiemvu.shared.InvalidInputException;

/**
 * The dossier of one task and its state machine, in plain Java. Every transition checks first who
 * acts (a wrong role is {@link ForbiddenException}), then the state (a transition the state does
 * not allow is {@link ConflictException.Kind#STATE}, naming the actions that are allowed). Scope —
 * whether the user sees the task at all — is checked before, by the task module.
 * <ul>
 * <li>add files, submit for review: the task's lead unit (UNIT), the Office, an administrator;</li>
 * <li>pass or return: Vụ Pháp chế (LEGAL);</li>
 * <li>record the submission: the task's supervising leader, or the Office.</li>
 * </ul>
 */
public final class Dossier {

    private final long taskId;
    private final long agencyId;
    private final long leadUnitId;
    private final Long supervisingLeaderId;
    private DossierState state;

    public Dossier(long taskId, long agencyId, long leadUnitId, Long supervisingLeaderId, DossierState state) {
        this.taskId = taskId;
        this.agencyId = agencyId;
        this.leadUnitId = leadUnitId;
        this.supervisingLeaderId = supervisingLeaderId;
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

    /** Whether the user's role lets them do this to this task's dossier, whatever the state. */
    public boolean mayAct(CurrentUser user, DossierAction action) {
        return switch (action) {
            case ADD_FILE, SUBMIT_FOR_REVIEW -> switch (user.role()) {
                case ADMIN, OFFICE -> true;
                case UNIT -> user.unitId() != null && user.unitId() == leadUnitId;
                case LEADER, LEGAL -> false;
            };
            case PASS, RETURN -> user.reviewsDossiers();
            case RECORD_SUBMISSION -> switch (user.role()) {
                case OFFICE -> true;
                case LEADER -> supervisingLeaderId != null && supervisingLeaderId.equals(user.leaderId());
                case ADMIN, UNIT, LEGAL -> false;
            };
        };
    }

    /** What the user may do now: their role allows it and so does the state. */
    public Set<DossierAction> allowedActions(CurrentUser user) {
        var actions = EnumSet.noneOf(DossierAction.class);
        for (DossierAction action : DossierAction.values()) {
            if (action.allowedIn(state) && mayAct(user, action)) {
                actions.add(action);
            }
        }
        return actions;
    }

    /** A file may be added (the caller stores it). */
    public void addFile(CurrentUser user) {
        require(user, DossierAction.ADD_FILE);
    }

    /** Sends the dossier to Vụ Pháp chế; every item of the checklist must be present. */
    public void submitForReview(CurrentUser user, Set<FileRole> present, Checklist checklist) {
        require(user, DossierAction.SUBMIT_FOR_REVIEW);
        var missing = checklist.missing(present);
        if (!missing.isEmpty()) {
            throw InvalidInputException.of("files", "Hồ sơ còn thiếu: "
                    + missing.stream().map(FileRole::label).collect(Collectors.joining(", ")) + ".");
        }
        state = DossierState.SUBMITTED_FOR_REVIEW;
    }

    public void review(CurrentUser user, ReviewDecision decision, String comments) {
        if (decision == null) {
            throw InvalidInputException.of("decision", "Chưa chọn kết luận thẩm định (PASS hoặc RETURN).");
        }
        if (decision == ReviewDecision.PASS) {
            require(user, DossierAction.PASS);
            state = DossierState.PASSED;
        } else {
            require(user, DossierAction.RETURN);
            if (comments == null || comments.isBlank()) {
                throw InvalidInputException.of("comments", "Trả lại hồ sơ thì phải ghi ý kiến để đơn vị hoàn thiện.");
            }
            state = DossierState.RETURNED;
        }
    }

    /** The signed submission was sent; the caller records its number and date and completes the task. */
    public void recordSubmission(CurrentUser user) {
        require(user, DossierAction.RECORD_SUBMISSION);
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

    private void require(CurrentUser user, DossierAction action) {
        if (!mayAct(user, action)) {
            throw new ForbiddenException(switch (action) {
                case ADD_FILE, SUBMIT_FOR_REVIEW -> "Chỉ đơn vị chủ trì nhiệm vụ hoặc Văn phòng Bộ được " + action.label() + ".";
                case PASS, RETURN -> "Chỉ Vụ Pháp chế được thẩm định hồ sơ.";
                case RECORD_SUBMISSION -> "Chỉ Lãnh đạo Bộ phụ trách nhiệm vụ hoặc Văn phòng Bộ được ghi nhận việc trình.";
            });
        }
        if (!action.allowedIn(state)) {
            String allowed = EnumSet.allOf(DossierAction.class).stream().filter(a -> a.allowedIn(state))
                    .map(DossierAction::label).collect(Collectors.joining("; "));
            throw new ConflictException(ConflictException.Kind.STATE,
                    "Không thể " + action.label() + " khi hồ sơ đang ở trạng thái \"" + state.label() + "\". "
                            + (allowed.isEmpty() ? "Hồ sơ đã trình, không còn thao tác nào."
                                    : "Thao tác được phép lúc này: " + allowed + "."));
        }
    }
}
