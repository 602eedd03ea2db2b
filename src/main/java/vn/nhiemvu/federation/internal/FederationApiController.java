package vn.nhiemvu.federation.internal;

import java.util.List;
import java.util.Map;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import vn.nhiemvu.federation.Federation;
import vn.nhiemvu.federation.FederationLink;
import vn.nhiemvu.identity.CurrentUser;
import vn.nhiemvu.shared.ForbiddenException;
import vn.nhiemvu.shared.Message;
import vn.nhiemvu.shared.NotFoundException;

/** The federation as this installation's people use it: peers and keys (administrator), tasks sent and received. */
@RestController
@RequestMapping("/api/v1/federation")
class FederationApiController {

    private final Federation federation;
    private final PeerDirectory peers;
    private final KeyRing keys;
    private final JdbcOutbox outbox;
    private final OutboxSender sender;

    FederationApiController(Federation federation, PeerDirectory peers, KeyRing keys, JdbcOutbox outbox,
            OutboxSender sender) {
        this.federation = federation;
        this.peers = peers;
        this.keys = keys;
        this.outbox = outbox;
        this.sender = sender;
    }

    private static void requireAdmin(CurrentUser user) {
        if (!user.administers()) {
            throw new ForbiddenException(Message.of("forbidden.federation.peers.admin-only"));
        }
    }

    record FederationPeerView(String agencyCode, String name, String baseUrl, String publicKeys) {
        static FederationPeerView of(JdbcPeers.Peer p) {
            return new FederationPeerView(p.agencyCode(), p.name(), p.baseUrl(), p.publicKeys());
        }
    }

    /** This installation's agency code and its peers. */
    @GetMapping("/peers")
    Map<String, Object> peers(CurrentUser user) {
        return Map.of("agencyCode", peers.ownCode(), "peers", peers.all().stream().map(FederationPeerView::of).toList());
    }

    record FederationPeerForm(String name, String baseUrl, String publicKeys) {
    }

    /** Adds or replaces the peer; without {@code publicKeys} they are fetched from its well-known address. */
    @PutMapping("/peers/{code}")
    FederationPeerView savePeer(CurrentUser user, @PathVariable String code, @RequestBody(required = false) FederationPeerForm form) {
        requireAdmin(user);
        var f = form == null ? new FederationPeerForm(null, null, null) : form;
        return FederationPeerView.of(peers.save(code, f.name(), f.baseUrl(), f.publicKeys(), user.username()));
    }

    @DeleteMapping("/peers/{code}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void deletePeer(CurrentUser user, @PathVariable String code) {
        requireAdmin(user);
        peers.delete(code);
    }

    /** A new signing key from now on; the old one stays published a while. Answers the key id. */
    @PostMapping("/keys/rotation")
    Map<String, String> rotate(CurrentUser user) {
        requireAdmin(user);
        return Map.of("kid", keys.rotate().getKeyID());
    }

    record FederationAssignment(String peer) {
    }

    /** Assigns our task to the peer agency's installation. */
    @PostMapping("/tasks/{taskId}/assignment")
    @ResponseStatus(HttpStatus.CREATED)
    FederationLink assign(CurrentUser user, @PathVariable long taskId, @RequestBody(required = false) FederationAssignment body) {
        return federation.assign(user, taskId, body == null ? null : body.peer());
    }

    /** The link of a task: where it went (and the status heard back) or where it came from. */
    @GetMapping("/tasks/{taskId}")
    FederationLink ofTask(CurrentUser user, @PathVariable long taskId) {
        return federation.ofTask(user, taskId)
                .orElseThrow(() -> new NotFoundException(Message.of("notfound.federation.task.not-linked", taskId)));
    }

    @GetMapping("/links")
    List<FederationLink> links(CurrentUser user, @RequestParam(required = false) FederationLink.Direction direction) {
        return federation.links(user, direction);
    }

    record FederationAcceptance(String leadUnit) {
    }

    @PostMapping("/links/{id}/acceptance")
    FederationLink accept(CurrentUser user, @PathVariable long id, @RequestBody(required = false) FederationAcceptance body) {
        return federation.accept(user, id, body == null ? null : body.leadUnit());
    }

    record FederationReturn(String reason) {
    }

    @PostMapping("/links/{id}/return")
    FederationLink giveBack(CurrentUser user, @PathVariable long id, @RequestBody(required = false) FederationReturn body) {
        return federation.giveBack(user, id, body == null ? null : body.reason());
    }

    /** The outbox, newest first: what went, what waits, the last error (administrator). */
    @GetMapping("/outbox")
    List<JdbcOutbox.Row> outbox(CurrentUser user) {
        requireAdmin(user);
        return outbox.recent(200);
    }

    /** Sends what is due now rather than at the next tick (administrator); answers how many went. */
    @PostMapping("/outbox/sending")
    Map<String, Integer> sendNow(CurrentUser user) {
        requireAdmin(user);
        return Map.of("sent", sender.sendDue());
    }
}
