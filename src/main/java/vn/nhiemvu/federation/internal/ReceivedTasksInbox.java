package vn.nhiemvu.federation.internal;

import java.time.ZoneId;
import java.util.List;

import org.springframework.stereotype.Component;

import vn.nhiemvu.federation.FederationLink;
import vn.nhiemvu.federation.FederationPermissions;
import vn.nhiemvu.identity.CurrentUser;
import vn.nhiemvu.inbox.InboxItem;
import vn.nhiemvu.inbox.InboxSource;
import vn.nhiemvu.shared.Message;

/** A task received from above waits in the Office's inbox until it is accepted (given a lead unit) or returned. */
@Component
class ReceivedTasksInbox implements InboxSource {

    private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

    private final JdbcLinks links;

    ReceivedTasksInbox(JdbcLinks links) {
        this.links = links;
    }

    @Override
    public List<InboxItem> waitingFor(CurrentUser user) {
        if (!FederationPermissions.POLICY.allowsAny(user, FederationPermissions.Action.ANSWER)) {
            return List.of();
        }
        return links.waiting(user.agencyId()).stream().map(ReceivedTasksInbox::item).toList();
    }

    private static InboxItem item(FederationLink l) {
        return new InboxItem(Message.of("inbox.kind.federation-received", l.peerCode()), l.title(),
                "/federation#received-" + l.id(), l.updatedAt().atZone(VIETNAM).toLocalDate());
    }
}
