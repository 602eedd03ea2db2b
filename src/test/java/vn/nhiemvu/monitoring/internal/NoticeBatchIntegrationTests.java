package vn.nhiemvu.monitoring.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import vn.nhiemvu.identity.Accounts;
import vn.nhiemvu.identity.CurrentUser;
import vn.nhiemvu.monitoring.Notice;
import vn.nhiemvu.monitoring.NoticeRule;
import vn.nhiemvu.notification.NotificationPreferences;
import vn.nhiemvu.notification.Notifications;
import vn.nhiemvu.support.IntegrationTest;

/**
 * A batch of notices goes to the database in batched statements and still says each one once: a key recorded before
 * or twice in the batch is skipped, the others get their own recipients, in-app rows and deliveries, each person's
 * choices respected.
 */
@IntegrationTest
class NoticeBatchIntegrationTests {

    @Autowired
    NoticeSender sender;

    @Autowired
    Accounts accounts;

    @Autowired
    Notifications notifications;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aBatchRecordsEachNewKeyOnceWithItsRecipientsAndChannels() {
        CurrentUser office = accounts.find("vanphong").orElseThrow();
        CurrentUser unit = accounts.find("htqt").orElseThrow();
        // One of the two does not want overdue notices: a skipped delivery, no in-app row.
        notifications.updatePreferences(unit, new NotificationPreferences(null, true, false, Set.of(NoticeRule.OVERDUE)));
        var both = List.of(recipient(office), recipient(unit));
        String occasion = "batch-" + System.nanoTime();

        int sent = sender.sendAll(List.of(outgoing(office, NoticeRule.OVERDUE, occasion + "-a", both),
                outgoing(office, NoticeRule.DUE_SOON, occasion + "-b", List.of(recipient(office))),
                outgoing(office, NoticeRule.OVERDUE, occasion + "-a", both)));
        assertThat(sent).as("the key twice in the batch is recorded once").isEqualTo(2);
        assertThat(sender.sendAll(List.of(outgoing(office, NoticeRule.DUE_SOON, occasion + "-b", both),
                outgoing(office, NoticeRule.OVERDUE, occasion + "-c", both)))).as("only the new key").isEqualTo(1);

        assertThat(rows("""
                select n.occasion || ':' || r.username from notice n join notice_recipient r on r.notice_id = n.id
                where n.occasion like :occasion order by 1""", occasion)).containsExactly(occasion + "-a:htqt",
                occasion + "-a:vanphong", occasion + "-b:vanphong", occasion + "-c:htqt", occasion + "-c:vanphong");
        assertThat(rows("""
                select n.occasion || ':' || i.user_id from notice n join notification_inbox i on i.notice_id = n.id
                where n.occasion like :occasion order by 1""", occasion)).containsExactly(occasion + "-a:" + office.id(),
                occasion + "-b:" + office.id(), occasion + "-c:" + office.id());
        assertThat(rows("""
                select n.occasion || ':' || d.user_id || ':' || d.status from notice n
                join notification_delivery d on d.notice_id = n.id and d.channel = 'IN_APP'
                where n.occasion like :occasion""", occasion)).as("the inbox rows are the in-app deliveries; the log keeps "
                + "what did not go").containsExactlyInAnyOrder(occasion + "-a:" + unit.id() + ":SKIPPED",
                occasion + "-c:" + unit.id() + ":SKIPPED");
        notifications.updatePreferences(unit, NotificationPreferences.defaults());
    }

    private List<String> rows(String sql, String occasion) {
        return jdbc.sql(sql).param("occasion", occasion + "%").query(String.class).list();
    }

    private static NoticeSender.Outgoing outgoing(CurrentUser office, NoticeRule rule, String occasion,
            List<Notice.Recipient> to) {
        return new NoticeSender.Outgoing(new JdbcNotices.Draft(office.agencyId(), rule, "AGENCY", office.agencyId(),
                occasion, null, null, "Thử gửi theo lô " + occasion, "Nội dung", "/tasks", LocalDate.now()), () -> to,
                null);
    }

    private static Notice.Recipient recipient(CurrentUser user) {
        return new Notice.Recipient(user.id(), user.username(), user.displayName());
    }
}
