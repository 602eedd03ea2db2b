package vn.nhiemvu.federation.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import org.springframework.stereotype.Service;

import vn.nhiemvu.federation.FederationPermissions;
import vn.nhiemvu.federation.FederationPermissions.Administration;
import vn.nhiemvu.identity.CurrentUser;
import vn.nhiemvu.shared.InvalidInputException;
import vn.nhiemvu.shared.Message;
import vn.nhiemvu.shared.NotFoundException;

/**
 * The administrator's view of the federation's plumbing: messages waiting or failing to go out (with the last error),
 * those delivered, those refused at the door (with the answer given); a message sent now rather than after its
 * back-off, and delivered ones sent again — one, or all to a peer since a date, after the peer restored a backup.
 */
@Service
class Operations {

    /** The day a resend starts, where the agencies are. */
    private static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");

    private final JdbcOutbox outbox;
    private final JdbcRejects rejects;
    private final OutboxSender sender;
    private final PeerDirectory peers;
    private final Clock clock;

    Operations(JdbcOutbox outbox, JdbcRejects rejects, OutboxSender sender, PeerDirectory peers, Clock clock) {
        this.outbox = outbox;
        this.rejects = rejects;
        this.sender = sender;
        this.peers = peers;
        this.clock = clock;
    }

    record View(List<JdbcOutbox.Row> unsent, List<JdbcOutbox.Row> delivered, List<JdbcRejects.Row> rejects) {
    }

    View view(CurrentUser user) {
        FederationPermissions.check(user, Administration.OPERATE);
        return new View(outbox.unsent(200), outbox.delivered(50), rejects.recent(100));
    }

    /** Makes the undelivered message due and sends what is due; answers how many went. */
    int retryNow(CurrentUser user, long id) {
        FederationPermissions.check(user, Administration.OPERATE);
        if (!outbox.dueNow(id, clock.instant())) {
            throw new NotFoundException(Message.of("notfound.federation.outbox.unsent", id));
        }
        return sender.sendDue();
    }

    /** Queues the delivered message again (the next tick sends it); answers 1. */
    int resend(CurrentUser user, long id) {
        FederationPermissions.check(user, Administration.OPERATE);
        int queued = outbox.again(id, null, null, clock.instant());
        if (queued == 0) {
            throw new NotFoundException(Message.of("notfound.federation.outbox.delivered", id));
        }
        sender.wake();
        return queued;
    }

    /** Queues again every message delivered to the peer that was written on or after the day; answers how many. */
    int resendSince(CurrentUser user, String peerCode, LocalDate since) {
        FederationPermissions.check(user, Administration.OPERATE);
        if (peerCode == null || peerCode.isBlank()) {
            throw InvalidInputException.of("peer", Message.of("invalid.federation.peer.required"));
        }
        peers.require(peerCode);
        if (since == null) {
            throw InvalidInputException.of("since", Message.of("invalid.federation.since.required"));
        }
        if (since.isAfter(LocalDate.now(clock.withZone(ZONE)))) {
            throw InvalidInputException.of("since", Message.of("invalid.federation.since.future"));
        }
        int queued = outbox.again(null, peerCode, since.atStartOfDay(ZONE).toInstant(), clock.instant());
        sender.wake();
        return queued;
    }
}
