package vn.nhiemvu.federation;

import java.time.Instant;
import java.time.LocalDate;

import vn.nhiemvu.shared.Message;

/**
 * Something said about a linked task besides its status, sent or received: an extension request or decision, an
 * urging, a reopening, evidence files.
 *
 * @param type      the message type as on the wire ({@code task.urged}…)
 * @param outgoing  sent by this side (else received from the peer)
 * @param requestId the extension request it is or answers; null for the others
 * @param summary   what it says, in words
 * @param body      the message's body as JSON, as sent or received
 * @param awaitingDecision an extension request no decision answers yet
 */
public record LinkEvent(long id, long linkId, String type, boolean outgoing, String requestId, LocalDate occurredOn,
        Message summary, String body, Instant recordedAt, boolean awaitingDecision) {
}
