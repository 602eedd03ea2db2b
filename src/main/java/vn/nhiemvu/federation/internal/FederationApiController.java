package vn.nhiemvu.federation.internal;

import java.time.Clock;
import java.time.LocalDate;
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
import vn.nhiemvu.federation.EvidenceFile;
import vn.nhiemvu.federation.FederationLink;
import vn.nhiemvu.federation.FederationPermissions;
import vn.nhiemvu.federation.FederationPermissions.Administration;
import vn.nhiemvu.federation.LinkEvent;
import vn.nhiemvu.federation.PeerStanding;
import vn.nhiemvu.federation.SentTask;
import vn.nhiemvu.identity.CurrentUser;
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
    private final Operations operations;
    private final EdXmlExchange edxml;
    private final Clock clock;

    FederationApiController(Federation federation, PeerDirectory peers, KeyRing keys, JdbcOutbox outbox,
            OutboxSender sender, Operations operations, EdXmlExchange edxml, Clock clock) {
        this.federation = federation;
        this.peers = peers;
        this.keys = keys;
        this.outbox = outbox;
        this.sender = sender;
        this.operations = operations;
        this.edxml = edxml;
        this.clock = clock;
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
        FederationPermissions.check(user, Administration.MANAGE_PEERS);
        var f = form == null ? new FederationPeerForm(null, null, null) : form;
        return FederationPeerView.of(peers.save(code, f.name(), f.baseUrl(), f.publicKeys(), user.username()));
    }

    @DeleteMapping("/peers/{code}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void deletePeer(CurrentUser user, @PathVariable String code) {
        FederationPermissions.check(user, Administration.MANAGE_PEERS);
        peers.delete(code);
    }

    /** A new signing key from now on; the old one stays published a while. Answers the key id. */
    @PostMapping("/keys/rotation")
    Map<String, String> rotate(CurrentUser user) {
        FederationPermissions.check(user, Administration.MANAGE_PEERS);
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

    /** Our tasks sent to peers, each with the status computed here as of the date (today by default). */
    @GetMapping("/sent")
    List<SentTask> sent(CurrentUser user, @RequestParam(required = false) LocalDate asOf) {
        return federation.sent(user, asOf == null ? LocalDate.now(clock) : asOf);
    }

    /** Per peer: the four buckets of the tasks sent to it as of the date, its lag and whether it has gone silent. */
    @GetMapping("/standings")
    List<PeerStanding> standings(CurrentUser user, @RequestParam(required = false) LocalDate asOf) {
        return federation.standings(user, asOf == null ? LocalDate.now(clock) : asOf);
    }

    /** What was said about the link besides its status: extensions, urgings, reopenings, evidence. */
    @GetMapping("/links/{id}/history")
    List<LinkEvent> history(CurrentUser user, @PathVariable long id) {
        return federation.history(user, id);
    }

    record FederationExtensionDecision(String decision, LocalDate deadline, String note) {
    }

    /** Decides the peer's request for a new deadline of a task sent to it: {@code approved} (with the deadline) or {@code rejected}. */
    @PostMapping("/sent/{linkId}/extensions/{requestId}/decision")
    LinkEvent decideExtension(CurrentUser user, @PathVariable long linkId, @PathVariable String requestId,
            @RequestBody(required = false) FederationExtensionDecision body) {
        String decision = body == null ? null : body.decision();
        Boolean approve = "approved".equals(decision) ? Boolean.TRUE : "rejected".equals(decision) ? Boolean.FALSE : null;
        return federation.decideExtension(user, linkId, requestId, approve, body == null ? null : body.deadline(),
                body == null ? null : body.note());
    }

    record FederationGuidanceAnswer(String decision, String answer) {
    }

    /** Answers the peer's request for direction on a task sent to it: {@code answered} (with the answer) or {@code rejected}. */
    @PostMapping("/sent/{linkId}/guidance/{requestId}/answer")
    LinkEvent answerGuidance(CurrentUser user, @PathVariable long linkId, @PathVariable String requestId,
            @RequestBody(required = false) FederationGuidanceAnswer body) {
        String decision = body == null ? null : body.decision();
        Boolean answer = "answered".equals(decision) ? Boolean.TRUE : "rejected".equals(decision) ? Boolean.FALSE : null;
        return federation.answerGuidance(user, linkId, requestId, answer, body == null ? null : body.answer());
    }

    record FederationUrging(String text, LocalDate replyBy) {
    }

    @PostMapping("/sent/{linkId}/urging")
    @ResponseStatus(HttpStatus.CREATED)
    LinkEvent urge(CurrentUser user, @PathVariable long linkId, @RequestBody(required = false) FederationUrging body) {
        return federation.urge(user, linkId, body == null ? null : body.text(), body == null ? null : body.replyBy());
    }

    record FederationEvidence(List<EvidenceFile> files, String note) {
    }

    /** Evidence files of a task received from above, by reference and SHA-256; the upper fetches them on demand. */
    @PostMapping("/received/{linkId}/evidence")
    @ResponseStatus(HttpStatus.CREATED)
    LinkEvent evidence(CurrentUser user, @PathVariable long linkId,
            @RequestBody(required = false) FederationEvidence body) {
        return federation.sendEvidence(user, linkId, body == null ? null : body.files(),
                body == null ? null : body.note());
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
        FederationPermissions.check(user, Administration.OPERATE);
        return outbox.recent(200);
    }

    /** Sends what is due now rather than at the next tick (administrator); answers how many went. */
    @PostMapping("/outbox/sending")
    Map<String, Integer> sendNow(CurrentUser user) {
        FederationPermissions.check(user, Administration.OPERATE);
        return Map.of("sent", sender.sendDue());
    }

    /** Messages not delivered yet, oldest first: waiting for a first attempt, or failed with the last error. */
    @GetMapping("/outbox/unsent")
    List<JdbcOutbox.Row> unsent(CurrentUser user) {
        return operations.view(user).unsent();
    }

    /** Sends the undelivered message now rather than after its back-off; answers how many went. */
    @PostMapping("/outbox/{id}/retry")
    Map<String, Integer> retryNow(CurrentUser user, @PathVariable long id) {
        return Map.of("sent", operations.retryNow(user, id));
    }

    /** Sends a delivered message again, with its id and sequence (the receiver answers "duplicate" if it has it). */
    @PostMapping("/outbox/{id}/resend")
    Map<String, Integer> resend(CurrentUser user, @PathVariable long id) {
        return Map.of("queued", operations.resend(user, id));
    }

    record FederationResend(String peer, LocalDate since) {
    }

    /** Sends again everything delivered to the peer since the date, after it restored a backup. */
    @PostMapping("/outbox/resending")
    Map<String, Integer> resendSince(CurrentUser user, @RequestBody(required = false) FederationResend body) {
        return Map.of("queued", operations.resendSince(user, body == null ? null : body.peer(),
                body == null ? null : body.since()));
    }

    /** Messages refused at the door, newest first, with the status and the reason answered. */
    @GetMapping("/rejects")
    List<JdbcRejects.Row> rejects(CurrentUser user) {
        return operations.view(user).rejects();
    }

    /** The link's assignment ({@code task.assigned}) as an edXML packet (QCVN 102:2016). */
    @GetMapping(path = "/links/{id}/edxml", produces = "application/xml")
    String edxml(CurrentUser user, @PathVariable long id) {
        return edxml.export(user, id);
    }

    /** Reads an edXML packet into the {@code task.assigned} envelope it carries (JSON); nothing is applied. */
    @PostMapping(path = "/edxml/task-assigned", consumes = { "application/xml", "text/xml" },
            produces = "application/json")
    String fromEdxml(CurrentUser user, @RequestBody String xml) {
        return edxml.toEnvelope(user, xml);
    }
}
