package vn.nhiemvu.inbox;

import java.util.List;

import vn.nhiemvu.identity.CurrentUser;

/** Implemented by each module that has work waiting for people; the inbox asks them all. */
public interface InboxSource {

    /** What waits for the user, within their scope. */
    List<InboxItem> waitingFor(CurrentUser user);

    /**
     * Whether this source's items are notices that announce something: one about a page where a piece of work
     * already waits for the person is not listed beside it (the work item leaves when the work is done).
     */
    default boolean announces() {
        return false;
    }
}
