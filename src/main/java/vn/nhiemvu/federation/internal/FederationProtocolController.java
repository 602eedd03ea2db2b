package vn.nhiemvu.federation.internal;

import java.net.URI;
import java.util.function.Supplier;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

import vn.nhiemvu.shared.Message;
import vn.nhiemvu.shared.NotFoundException;

/**
 * What a peer installation calls: the messages' doors (one message, or several under one signature), this side's
 * public keys, the JSON Schemas of protocol version 1.
 */
@RestController
class FederationProtocolController {

    static final String MESSAGES_PATH = "/api/v1/federation/messages";
    static final String BATCHES_PATH = "/api/v1/federation/batches";

    private final Inbound inbound;
    private final KeyRing keys;
    private final Rejects rejects;

    FederationProtocolController(Inbound inbound, KeyRing keys, Rejects rejects) {
        this.inbound = inbound;
        this.keys = keys;
        this.rejects = rejects;
    }

    /** A message from a peer; the answer is the signed receipt (200, also for a duplicate). */
    @PostMapping(path = MESSAGES_PATH, consumes = MediaType.ALL_VALUE)
    ResponseEntity<byte[]> receive(@RequestBody byte[] body,
            @RequestHeader(name = PeerClient.SIGNATURE_HEADER, required = false) String signature) {
        return answered(body, () -> inbound.receive(body, signature));
    }

    /**
     * Several messages from a peer under one signature; the answer is the signed receipts, one per message (200 even
     * when some were refused: each refusal is in its receipt, and kept among the refused messages).
     */
    @PostMapping(path = BATCHES_PATH, consumes = MediaType.ALL_VALUE)
    ResponseEntity<byte[]> receiveBatch(@RequestBody byte[] body,
            @RequestHeader(name = PeerClient.SIGNATURE_HEADER, required = false) String signature) {
        return answered(body, () -> {
            Inbound.BatchAnswer answer = inbound.receiveBatch(body, signature);
            answer.refused().forEach(r -> rejects.record(r.envelope(), r.why()));
            return answer.receipts();
        });
    }

    /** The signed answer; a refusal of the whole body is kept (after its transaction rolled back) and answered. */
    private ResponseEntity<byte[]> answered(byte[] body, Supplier<Inbound.Signed> receiving) {
        Inbound.Signed answer;
        try {
            answer = receiving.get();
        } catch (RuntimeException refused) {
            rejects.record(body, refused);
            throw refused;
        }
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON)
                .header(PeerClient.SIGNATURE_HEADER, answer.signature()).body(answer.body());
    }

    @GetMapping(path = PeerDirectory.KEYS_PATH, produces = "application/jwk-set+json")
    String keys() {
        return keys.publishedSet();
    }

    @GetMapping(path = "/api/v1/federation/schemas/v1/{name}.json", produces = "application/schema+json")
    String schema(@PathVariable String name) {
        if (!Wire.SCHEMA_NAMES.contains(name)) {
            throw new NotFoundException(Message.of("notfound.federation.schema.unknown", name));
        }
        return Wire.text(name);
    }

    /** A signature not believed: 401, as a problem detail, saying whether the key is unknown or the body changed. */
    @ExceptionHandler(Signatures.Refused.class)
    ResponseEntity<ProblemDetail> refused(Signatures.Refused e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNAUTHORIZED, e.words().vietnamese());
        problem.setType(URI.create(Rejects.problem(e)));
        problem.setTitle(Message.of(e.unknownKey ? "federation.refused.title.unknown-key"
                : "federation.refused.title.bad-signature").vietnamese());
        return ResponseEntity.status(HttpStatus.UNAUTHORIZED).contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(problem);
    }
}
