package vn.nhiemvu.task.web;

import java.time.LocalDate;

import vn.nhiemvu.evaluation.DeadlineChange;
import vn.nhiemvu.task.GuidanceRequest;

/**
 * The forms of the task page, bound from what was typed, so that a refused one is shown again as it
 * was. Mutable because Spring binds request parameters into them.
 */
final class TaskDetailForms {

    private TaskDetailForms() {
    }

    /** A completion recorded on a date. */
    public static class Completion {

        private LocalDate completedAt;
        private String reason;

        public LocalDate getCompletedAt() { return completedAt; }
        public void setCompletedAt(LocalDate completedAt) { this.completedAt = completedAt; }
        public String getReason() { return reason; }
        public void setReason(String reason) { this.reason = reason; }
    }

    /** The lead unit asks for direction or a new deadline; the deadline may be typed as worded ({@code proposedDeadlineText}, not stored). */
    public static class Guidance {

        private GuidanceRequest.Kind kind = GuidanceRequest.Kind.EXTENSION;
        private String obstacle;
        private String proposedSolution;
        private LocalDate proposedDeadline;
        private LocalDate approvedDeadline;
        private String proposedDeadlineText;

        public GuidanceRequest.Kind getKind() { return kind; }
        public void setKind(GuidanceRequest.Kind kind) { this.kind = kind; }
        public String getObstacle() { return obstacle; }
        public void setObstacle(String obstacle) { this.obstacle = obstacle; }
        public String getProposedSolution() { return proposedSolution; }
        public void setProposedSolution(String proposedSolution) { this.proposedSolution = proposedSolution; }
        public LocalDate getProposedDeadline() { return proposedDeadline; }
        public void setProposedDeadline(LocalDate proposedDeadline) { this.proposedDeadline = proposedDeadline; }
        public LocalDate getApprovedDeadline() { return approvedDeadline; }
        public void setApprovedDeadline(LocalDate approvedDeadline) { this.approvedDeadline = approvedDeadline; }
        public String getProposedDeadlineText() { return proposedDeadlineText; }
        public void setProposedDeadlineText(String proposedDeadlineText) { this.proposedDeadlineText = proposedDeadlineText; }
    }

    /** A leader's decision on one request; which request comes from the address. */
    public static class Decision {

        private Long requestId;
        private GuidanceRequest.Decision decision;
        private LocalDate approvedDeadline;
        private String answer;

        public Long getRequestId() { return requestId; }
        public void setRequestId(Long requestId) { this.requestId = requestId; }
        public GuidanceRequest.Decision getDecision() { return decision; }
        public void setDecision(GuidanceRequest.Decision decision) { this.decision = decision; }
        public LocalDate getApprovedDeadline() { return approvedDeadline; }
        public void setApprovedDeadline(LocalDate approvedDeadline) { this.approvedDeadline = approvedDeadline; }
        public String getAnswer() { return answer; }
        public void setAnswer(String answer) { this.answer = answer; }
    }

    /** A decision on an extension taken outside the system, recorded by the Office or a leader. */
    public static class DeadlineChangeRecord {

        private LocalDate requestedOn;
        private String requestRef;
        private LocalDate proposedDeadline;
        private LocalDate approvedDeadline;
        private DeadlineChange.Decision decision = DeadlineChange.Decision.APPROVED;
        private LocalDate decidedOn;
        private String decidedBy;
        private String reason;

        public LocalDate getRequestedOn() { return requestedOn; }
        public void setRequestedOn(LocalDate requestedOn) { this.requestedOn = requestedOn; }
        public String getRequestRef() { return requestRef; }
        public void setRequestRef(String requestRef) { this.requestRef = requestRef; }
        public LocalDate getProposedDeadline() { return proposedDeadline; }
        public void setProposedDeadline(LocalDate proposedDeadline) { this.proposedDeadline = proposedDeadline; }
        public LocalDate getApprovedDeadline() { return approvedDeadline; }
        public void setApprovedDeadline(LocalDate approvedDeadline) { this.approvedDeadline = approvedDeadline; }
        public DeadlineChange.Decision getDecision() { return decision; }
        public void setDecision(DeadlineChange.Decision decision) { this.decision = decision; }
        public LocalDate getDecidedOn() { return decidedOn; }
        public void setDecidedOn(LocalDate decidedOn) { this.decidedOn = decidedOn; }
        public String getDecidedBy() { return decidedBy; }
        public void setDecidedBy(String decidedBy) { this.decidedBy = decidedBy; }
        public String getReason() { return reason; }
        public void setReason(String reason) { this.reason = reason; }
    }
}
