package vn.nhiemvu.federation.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Optional;

import tools.jackson.databind.JsonNode;

/** The messages of protocol version 1 ({@code docs/federation-protocol.md}): the envelope and each type's body. */
final class Messages {

    static final int VERSION = 1;

    private Messages() {
    }

    /** The message types; each one's name on the wire is its constant's, in lower case with a dot: task.assigned. */
    enum Type {
        TASK_ASSIGNED(true), TASK_RECEIVED(false), TASK_PROGRESS(false), TASK_COMPLETED(false),
        TASK_EXTENSION_REQUESTED(false), TASK_EXTENSION_DECIDED(true), TASK_URGED(true), TASK_REOPENED(false),
        TASK_EVIDENCE(false), TASK_CHANGED(true), TASK_GUIDANCE_REQUESTED(false), TASK_GUIDANCE_ANSWERED(true);

        final String wire;
        /** From the upper installation to the lower one. */
        final boolean down;

        Type(boolean down) {
            this.wire = name().toLowerCase(java.util.Locale.ROOT).replace('_', '.');
            this.down = down;
        }

        static Optional<Type> of(String wire) {
            return Arrays.stream(values()).filter(t -> t.wire.equals(wire)).findFirst();
        }
    }

    /** Identifies the task on both sides; the lower id is null until the lower side accepted it. */
    record TaskRef(String upperId, String lowerId) {
    }

    record Envelope(int version, String id, String type, String sender, String receiver, TaskRef taskRef,
            long sequence, Instant sentAt, JsonNode body) {
    }

    record DirectiveInfo(String kind, String number, String title, String issuerCode, LocalDate issueDate,
            LocalDate cutoff) {
    }

    record AssignedTask(String title, String description, String kind, LocalDate deadline, String deadlineText) {
    }

    /** {@code task.assigned}: the directive and the task it assigns. */
    record Assigned(DirectiveInfo directive, AssignedTask task) {
    }

    /** {@code task.received}: {@code accepted} or {@code returned} (with the reason). */
    record Received(String decision, String reason) {
    }

    /** {@code task.progress}. */
    record Progress(Integer percent, String note, LocalDate reportedOn) {
    }

    /** {@code task.completed}. */
    record Completed(LocalDate completedOn, String note) {
    }

    /** {@code task.extension.requested}: the lower agency asks for a new deadline. */
    record ExtensionRequested(String requestId, LocalDate requestedOn, LocalDate proposedDeadline, String reason,
            String proposedSolution) {
    }

    /** {@code task.extension.decided}: {@code approved} (with the deadline granted) or {@code rejected}. */
    record ExtensionDecided(String requestId, String decision, LocalDate deadline, LocalDate decidedOn, String note) {
        static final String APPROVED = "approved";
        static final String REJECTED = "rejected";
    }

    /** {@code task.urged}: an urging letter from above. */
    record Urged(LocalDate urgedOn, String text, LocalDate replyBy) {
    }

    /** {@code task.reopened}: a completion reported before is withdrawn. */
    record Reopened(LocalDate reopenedOn, String reason) {
    }

    /** {@code task.evidence}: files by reference and hash, fetched on demand. */
    record Evidence(java.util.List<vn.nhiemvu.federation.EvidenceFile> files, String note) {
    }

    /** {@code task.changed}: the task as it is above now, after an edit there (each field as in the assignment). */
    record Changed(String title, String description, LocalDate deadline, String deadlineText, LocalDate cutoff,
            LocalDate changedOn) {
    }

    /** {@code task.guidance.requested}: the lower agency asks the upper one for direction. */
    record GuidanceRequested(String requestId, LocalDate requestedOn, String question, String proposedSolution) {
    }

    /** {@code task.guidance.answered}: {@code answered} (with the direction given) or {@code rejected}. */
    record GuidanceAnswered(String requestId, String decision, String answer, LocalDate answeredOn) {
        static final String ANSWERED = "answered";
        static final String REJECTED = "rejected";
    }

    /** Several envelopes in one signed request, applied in the array's order (schema {@code batch.json}). */
    record Batch(int version, java.util.List<JsonNode> messages) {
    }

    /** The answer to a batch, signed by the receiver: a receipt per message, in the batch's order. */
    record Receipts(String receiver, Instant receivedAt, java.util.List<BatchReceipt> receipts) {
    }

    /**
     * One message's answer in a batch: an outcome of {@link Receipt}, or {@code refused} with what a single message
     * would have been answered (status, problem type, Vietnamese detail).
     */
    @com.fasterxml.jackson.annotation.JsonInclude(com.fasterxml.jackson.annotation.JsonInclude.Include.NON_NULL)
    record BatchReceipt(String messageId, String outcome, Integer status, String problem, String detail) {
        static final String REFUSED = "refused";

        static BatchReceipt of(String messageId, String outcome) {
            return new BatchReceipt(messageId, outcome, null, null, null);
        }
    }

    /** The answer to a delivered message, signed by the receiver. */
    record Receipt(String messageId, String receiver, String outcome, Instant receivedAt) {
        static final String APPLIED = "applied";
        static final String WAITING = "waiting";
        static final String DUPLICATE = "duplicate";
    }
}
