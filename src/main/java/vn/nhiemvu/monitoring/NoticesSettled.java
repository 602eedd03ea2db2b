package vn.nhiemvu.monitoring;

import java.util.List;

/**
 * Notices whose ask is done (the task completed, the plan decided, the dossier sent again…), announced in the
 * transaction of the change that settled them, so that the channels take them out of people's inboxes with it.
 *
 * @param recipients the usernames the notices went to, whose inbox counts change
 */
public record NoticesSettled(List<Long> noticeIds, List<String> recipients) {

    public NoticesSettled {
        noticeIds = List.copyOf(noticeIds);
        recipients = List.copyOf(recipients);
    }
}
