package vn.nhiemvu.federation.internal;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.text.ParseException;
import java.time.Instant;
import java.util.Optional;

import org.springframework.stereotype.Component;

import com.nimbusds.jose.jwk.OctetKeyPair;

/**
 * The sending side's talk with a peer: a row as its signed envelope, a signed POST to the peer, and the check of the
 * peer's signed answer (its keys fetched again once when the key id is new: the peer has rotated). What is sent when,
 * and what a failure means for the row, is {@link OutboxSender}'s.
 */
@Component
class PeerClient {

    static final String SIGNATURE_HEADER = "Nhiemvu-Signature";

    private final PeerDirectory peers;
    private final KeyRing keys;
    private final Wire wire;
    private final FederationProperties properties;
    private final HttpClient http;

    PeerClient(PeerDirectory peers, KeyRing keys, Wire wire, FederationProperties properties) {
        this.peers = peers;
        this.keys = keys;
        this.wire = wire;
        this.properties = properties;
        this.http = HttpClient.newBuilder().connectTimeout(properties.timeout()).build();
    }

    JdbcPeers.Peer peer(String code) {
        return peers.find(code).orElseThrow(() -> new IllegalStateException("no peer " + code));
    }

    /** The row as an envelope of this attempt (its {@code sentAt} now), checked against the schemas. */
    byte[] envelope(JdbcOutbox.Row row, Instant now) {
        return wire.envelope(new Messages.Envelope(Messages.VERSION, row.messageId(), row.type(), peers.ownCode(),
                row.peerCode(), new Messages.TaskRef(row.upperTaskId(), row.lowerTaskId()), row.sequence(), now,
                wire.read(row.body(), tools.jackson.databind.JsonNode.class)));
    }

    HttpResponse<byte[]> post(JdbcPeers.Peer peer, String path, byte[] bytes)
            throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create(peer.baseUrl() + path)).timeout(properties.timeout())
                .header("Content-Type", "application/json").header(SIGNATURE_HEADER, Signatures.sign(bytes,
                        keys.current())).POST(HttpRequest.BodyPublishers.ofByteArray(bytes)).build(),
                HttpResponse.BodyHandlers.ofByteArray());
    }

    static void requireOk(HttpResponse<byte[]> response) {
        if (response.statusCode() != 200 && response.statusCode() != 202) {
            throw new IllegalStateException("HTTP " + response.statusCode() + ": "
                    + new String(response.body(), java.nio.charset.StandardCharsets.UTF_8));
        }
    }

    void verifySignature(JdbcPeers.Peer peer, HttpResponse<byte[]> response) {
        String signature = response.headers().firstValue(SIGNATURE_HEADER).orElse(null);
        Signatures.verify(signature, response.body(), kid -> keyOf(peer, kid));
    }

    void verifyReceipt(JdbcPeers.Peer peer, JdbcOutbox.Row row, HttpResponse<byte[]> response) {
        verifySignature(peer, response);
        Messages.Receipt receipt = wire.readReceipt(response.body());
        if (!row.messageId().equals(receipt.messageId())) {
            throw new IllegalStateException("the receipt is for " + receipt.messageId());
        }
    }

    private Optional<OctetKeyPair> keyOf(JdbcPeers.Peer peer, String kid) {
        Optional<OctetKeyPair> key = find(peer.publicKeys(), kid);
        if (key.isEmpty() && peers.refreshKeys(peer.agencyCode())) {
            return peers.find(peer.agencyCode()).flatMap(p -> find(p.publicKeys(), kid));
        }
        return key;
    }

    private static Optional<OctetKeyPair> find(String set, String kid) {
        try {
            return Keys.publicKeys(set).stream().filter(k -> kid.equals(k.getKeyID())).findFirst();
        } catch (ParseException e) {
            return Optional.empty();
        }
    }
}
