package vn.nhiemvu.task;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

import vn.nhiemvu.identity.Relation;
import vn.nhiemvu.shared.ConflictException;
import vn.nhiemvu.shared.InvalidInputException;
import vn.nhiemvu.shared.Message;

/**
 * A lead unit's request for leadership's direction on an at-risk task (Chỉ thị 75 III.2): the
 * obstacle, the proposed solution and, for an extension, the proposed deadline. Leadership
 * approves (possibly with another date), rejects, or answers with guidance. Whether it was sent
 * before the cut-off is recorded with it.
 *
 * <p>States: {@link State#OPEN} until decided; then {@link State#APPROVED}, {@link State#REJECTED} or
 * {@link State#ANSWERED}, which are final.
 *
 * @param cutoff the last day the request counted as timely (null: none applied); {@code timely} compares
 *               {@code requestedOn} with it
 */
public record GuidanceRequest(long id, long taskId, Kind kind, String obstacle, String proposedSolution,
        LocalDate proposedDeadline, LocalDate requestedOn, String requestedBy, LocalDate cutoff, State state,
        LocalDate decidedOn, String decidedBy, LocalDate approvedDeadline, String answer, long version,
        Instant createdAt) {

    public enum Kind {
        /** Xin ý kiến chỉ đạo: direction on how to proceed. */
        GUIDANCE,
        /** Đề nghị gia hạn: a new deadline. */
        EXTENSION;

        public String code() {
            return "guidance.kind." + name();
        }

        public String label() {
            return Message.of(code()).vietnamese();
        }
    }

    public enum State {
        OPEN, APPROVED, REJECTED, ANSWERED;

        public String code() {
            return "guidance.state." + name();
        }

        public String label() {
            return Message.of(code()).vietnamese();
        }
    }

    /** What leadership decides. */
    public enum Decision {
        APPROVE, REJECT, ANSWER
    }

    public GuidanceRequest {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(state, "state");
    }

    public boolean isTimely() {
        return cutoff == null || !requestedOn.isAfter(cutoff);
    }

    /** The actions allowed now, in Vietnamese, for messages. */
    public List<String> allowedActions() {
        if (state != State.OPEN) {
            return List.of();
        }
        return kind == Kind.EXTENSION
                ? List.of("phê duyệt (APPROVE)", "không phê duyệt (REJECT)", "cho ý kiến chỉ đạo (ANSWER)")
                : List.of("cho ý kiến chỉ đạo (ANSWER)", "không phê duyệt (REJECT)");
    }

    /**
     * Leadership's decision. Only whom the task's policy lets decide ({@link TaskPermissions}), only an open
     * request, and a guidance request is answered or rejected, not approved.
     *
     * @param approvedDeadline for an approved extension: the date granted (null: the one proposed)
     */
    public GuidanceRequest decide(Relation relation, Decision decision, LocalDate approvedDeadline, String answer,
            LocalDate today, String decidedByName) {
        TaskPermissions.POLICY.check(TaskPermissions.Action.DECIDE_GUIDANCE, relation);
        return decideAbove(decision, approvedDeadline, answer, today, decidedByName);
    }

    /**
     * A decision taken outside this installation, by the level above that assigned the task (connected agencies,
     * ADR 0052): no one here has the right to take it, so no one's is checked; the rules on the request are the same.
     */
    public GuidanceRequest decideAbove(Decision decision, LocalDate approvedDeadline, String answer, LocalDate today,
            String decidedByName) {
        if (state != State.OPEN) {
            throw new ConflictException(ConflictException.Kind.STATE,
                    Message.of("conflict.task.request.decided", Message.of(state.code())));
        }
        if (decision == null || kind == Kind.GUIDANCE && decision == Decision.APPROVE) {
            throw new ConflictException(ConflictException.Kind.STATE, Message.of("conflict.task.request.actions",
                    Message.of(kind.code()), Message.of(kind == Kind.EXTENSION ? "conflict.task.request.allowed.extension"
                            : "conflict.task.request.allowed.guidance")));
        }
        LocalDate granted = null;
        if (decision == Decision.APPROVE) {
            granted = approvedDeadline != null ? approvedDeadline : proposedDeadline;
            if (!granted.isAfter(requestedOn)) {
                throw InvalidInputException.of("approvedDeadline", Message.of("invalid.task.approved-deadline.invalid"));
            }
        }
        if (decision == Decision.ANSWER && (answer == null || answer.isBlank())) {
            throw InvalidInputException.of("answer", Message.of("invalid.task.answer.required"));
        }
        State next = switch (decision) {
            case APPROVE -> State.APPROVED;
            case REJECT -> State.REJECTED;
            case ANSWER -> State.ANSWERED;
        };
        return new GuidanceRequest(id, taskId, kind, obstacle, proposedSolution, proposedDeadline, requestedOn,
                requestedBy, cutoff, next, today, decidedByName, granted,
                answer == null || answer.isBlank() ? null : answer.strip(), version, createdAt);
    }
}
