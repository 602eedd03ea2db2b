package vn.nhiemvu.inbox;

import java.util.List;

import vn.nhiemvu.identity.CurrentUser;

/** Implemented by each module that has work waiting for people; the inbox asks them all. */
public interface InboxSource {

    /** What waits for the user, within their scope. */
    List<InboxItem> waitingFor(CurrentUser user);
}
