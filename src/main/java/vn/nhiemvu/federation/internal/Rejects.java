package vn.nhiemvu.federation.internal;

import java.nio.charset.StandardCharsets;
import java.time.Clock;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import tools.jackson.databind.JsonNode;
import vn.nhiemvu.shared.ConflictException;
import vn.nhiemvu.shared.InvalidInputException;
import vn.nhiemvu.shared.NotFoundException;
import vn.nhiemvu.shared.Worded;

/**
 * Keeps each refused message with the answer it got, after the receiving transaction rolled back (so in a
 * transaction of its own): a peer whose messages are all refused is seen on the operations view, not only in its
 * own logs.
 */
@Component
class Rejects {

    private static final Logger log = LoggerFactory.getLogger(Rejects.class);

    private final JdbcRejects rejects;
    private final Wire wire;
    private final Clock clock;

    Rejects(JdbcRejects rejects, Wire wire, Clock clock) {
        this.rejects = rejects;
        this.wire = wire;
        this.clock = clock;
    }

    void record(byte[] body, RuntimeException refusal) {
        String id = null;
        String sender = null;
        String type = null;
        try {
            JsonNode json = wire.read(new String(body, StandardCharsets.UTF_8), JsonNode.class);
            id = text(json, "id");
            sender = text(json, "sender");
            type = text(json, "type");
        } catch (RuntimeException unreadable) {
            // Not JSON: the refusal says so; there is no id, sender or type to keep.
        }
        try {
            rejects.add(new JdbcRejects.Row(null, clock.instant(), id, sender, type, status(refusal),
                    problem(refusal), detail(refusal)));
        } catch (RuntimeException e) {
            log.warn("A refused federation message could not be recorded: {}", e.toString());
        }
    }

    private static String text(JsonNode json, String field) {
        JsonNode node = json == null ? null : json.get(field);
        return node == null || !node.isString() ? null : node.asString();
    }

    /** The problem's detail, in Vietnamese. */
    static String detail(RuntimeException e) {
        return e instanceof Worded w ? w.words().vietnamese() : String.valueOf(e.getMessage());
    }

    /** As the problem details answer it (ADR 0042, protocol §6). */
    static int status(RuntimeException e) {
        return e instanceof Signatures.Refused ? 401 : e instanceof InvalidInputException ? 400
                : e instanceof NotFoundException ? 404 : e instanceof ConflictException ? 409 : 500;
    }

    static String problem(RuntimeException e) {
        return "urn:nhiemvu:problem:" + (e instanceof Signatures.Refused r ? (r.unknownKey ? "unknown-key"
                : "bad-signature") : e instanceof InvalidInputException ? "validation"
                : e instanceof NotFoundException ? "not-found" : e instanceof ConflictException ? "conflict" : "error");
    }
}
