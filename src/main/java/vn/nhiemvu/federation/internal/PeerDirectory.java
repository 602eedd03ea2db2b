package vn.nhiemvu.federation.internal;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.ParseException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import com.nimbusds.jose.jwk.OctetKeyPair;

import vn.nhiemvu.organization.Agency;
import vn.nhiemvu.organization.Organization;
import vn.nhiemvu.shared.InvalidInputException;
import vn.nhiemvu.shared.Message;
import vn.nhiemvu.shared.NotFoundException;

/**
 * This installation's agency code and its peers: set by the administrator (API, page) or from the peers file at start.
 * A peer's public keys are given as a JWK set or fetched from its well-known address; a signature by a key id no peer
 * has makes this side fetch the claimed sender's keys again (at most once a minute), so a peer's rotation needs no one.
 */
@Component
class PeerDirectory {

    static final String KEYS_PATH = "/.well-known/nhiemvu/keys";
    private static final Logger log = LoggerFactory.getLogger(PeerDirectory.class);

    private final JdbcPeers peers;
    private final FederationProperties properties;
    private final Organization organization;
    private final Wire wire;
    private final Clock clock;
    private final HttpClient http;

    PeerDirectory(JdbcPeers peers, FederationProperties properties, Organization organization, Wire wire,
            Clock clock) {
        this.peers = peers;
        this.properties = properties;
        this.organization = organization;
        this.wire = wire;
        this.clock = clock;
        this.http = HttpClient.newBuilder().connectTimeout(properties.timeout()).build();
    }

    /** The code this installation signs as and must be addressed by. */
    String ownCode() {
        if (!properties.agencyCode().isBlank()) {
            return properties.agencyCode();
        }
        return organization.homeAgency().map(Agency::code).orElseThrow(() -> new IllegalStateException(
                "no agency code: set nhiemvu.federation.agency-code or a home agency"));
    }

    /**
     * The local agency tasks received from above belong to: the home agency (whose people use this installation), else
     * the one with this installation's code. (The directory also lists outside agencies, the Government Office among
     * them, with no one to answer for them here.)
     */
    long ownAgencyId() {
        return organization.homeAgency().or(() -> organization.agencyByCode(ownCode())).map(Agency::id)
                .orElseThrow(() -> new IllegalStateException("no home agency"));
    }

    List<JdbcPeers.Peer> all() {
        return peers.all();
    }

    Optional<JdbcPeers.Peer> find(String code) {
        return peers.find(code);
    }

    JdbcPeers.Peer require(String code) {
        return peers.find(code).orElseThrow(
                () -> new NotFoundException(Message.of("notfound.federation.peer.unknown", code)));
    }

    /**
     * Adds or replaces a peer. Without keys given, they are fetched from the peer's well-known address (a peer that
     * cannot be reached then is refused: its keys are needed to believe its messages).
     */
    @Transactional
    public JdbcPeers.Peer save(String code, String name, String baseUrl, String publicKeys, String by) {
        var errors = new java.util.ArrayList<InvalidInputException.FieldError>();
        if (code == null || !code.matches("[A-Za-z0-9._-]{1,64}")) {
            errors.add(new InvalidInputException.FieldError("agencyCode",
                    Message.of("invalid.federation.agency-code.characters")));
        }
        URI uri = null;
        try {
            uri = baseUrl == null ? null : URI.create(baseUrl.strip());
        } catch (IllegalArgumentException e) {
            // reported below
        }
        if (uri == null || uri.getHost() == null || !("https".equals(uri.getScheme()) || "http".equals(uri.getScheme()))) {
            errors.add(new InvalidInputException.FieldError("baseUrl", Message.of("invalid.federation.base-url.not-http-url")));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        String url = baseUrl.strip().replaceAll("/+$", "");
        Instant fetchedAt = null;
        String keys = publicKeys;
        if (keys == null || keys.isBlank()) {
            keys = fetchKeys(url).orElseThrow(() -> InvalidInputException.of("publicKeys",
                    Message.of("invalid.federation.public-keys.unavailable", url + KEYS_PATH)));
            fetchedAt = clock.instant();
        }
        try {
            if (Keys.publicKeys(keys).isEmpty()) {
                throw InvalidInputException.of("publicKeys", Message.of("invalid.federation.public-keys.no-ed25519"));
            }
        } catch (ParseException e) {
            throw InvalidInputException.of("publicKeys", Message.of("invalid.federation.public-keys.not-jwk-set"));
        }
        var peer = new JdbcPeers.Peer(code, name == null || name.isBlank() ? code : name.strip(), url, keys, fetchedAt,
                by, clock.instant());
        peers.save(peer);
        return peer;
    }

    @Transactional
    public void delete(String code) {
        if (!peers.delete(code)) {
            throw new NotFoundException(Message.of("notfound.federation.peer.unknown", code));
        }
    }

    /** The peer that owns the key id, with that public key. */
    Optional<Owned> owner(String kid) {
        for (JdbcPeers.Peer peer : peers.all()) {
            try {
                for (OctetKeyPair key : Keys.publicKeys(peer.publicKeys())) {
                    if (kid.equals(key.getKeyID())) {
                        return Optional.of(new Owned(peer, key));
                    }
                }
            } catch (ParseException e) {
                log.warn("Peer {} has unreadable keys", peer.agencyCode());
            }
        }
        return Optional.empty();
    }

    /** Fetches the claimed peer's keys again if it is a known peer and was not asked in the last minute. */
    @Transactional
    public boolean refreshKeys(String code) {
        Optional<JdbcPeers.Peer> found = peers.find(code);
        if (found.isEmpty()) {
            return false;
        }
        JdbcPeers.Peer peer = found.get();
        Instant now = clock.instant();
        if (peer.keysFetchedAt() != null && peer.keysFetchedAt().isAfter(now.minus(Duration.ofMinutes(1)))) {
            return false;
        }
        Optional<String> keys = fetchKeys(peer.baseUrl());
        peers.save(new JdbcPeers.Peer(peer.agencyCode(), peer.name(), peer.baseUrl(),
                keys.orElse(peer.publicKeys()), now, peer.updatedBy(), peer.updatedAt()));
        return keys.isPresent() && !keys.get().equals(peer.publicKeys());
    }

    private Optional<String> fetchKeys(String baseUrl) {
        try {
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(baseUrl + KEYS_PATH))
                    .timeout(properties.timeout()).GET().build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                return Optional.empty();
            }
            Keys.publicKeys(response.body());
            return Optional.of(response.body());
        } catch (IOException | ParseException | IllegalArgumentException e) {
            log.info("Keys of {} not fetched: {}", baseUrl, e.toString());
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }

    /** Applies the peers file, if one is set: each peer in it added or replaced. */
    @EventListener(ApplicationReadyEvent.class)
    public void applyPeersFile() {
        if (properties.peersFile().isBlank()) {
            return;
        }
        try {
            PeerEntry[] entries = wire.read(Files.readString(Path.of(properties.peersFile())), PeerEntry[].class);
            for (PeerEntry e : entries) {
                save(e.agencyCode(), e.name(), e.baseUrl(), e.publicKeys(), "peers-file");
            }
            log.info("Peers file {} applied: {} peers", properties.peersFile(), entries.length);
        } catch (IOException | RuntimeException e) {
            throw new IllegalStateException("nhiemvu.federation.peers-file " + properties.peersFile()
                    + " could not be applied: " + e.getMessage(), e);
        }
    }

    record PeerEntry(String agencyCode, String name, String baseUrl, String publicKeys) {
    }

    record Owned(JdbcPeers.Peer peer, OctetKeyPair key) {
    }
}
