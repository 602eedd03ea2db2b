package vn.nhiemvu.monitoring;

import java.time.LocalDate;
import java.util.List;

import org.springframework.modulith.events.Externalized;

/**
 * A notice was recorded (once) and must now go out through the channels. Published in the transaction that records
 * it, so the event publication registry keeps it until every listener has handled it; externalized to the AMQP
 * exchange {@code nhiemvu.notices} with routing key {@code notice.issued} when AMQP is enabled.
 *
 * @param letterId the urging letter whose PDF goes with the notice, or null
 */
@Externalized("nhiemvu.notices::notice.issued")
public record NoticeIssued(long noticeId, long agencyId, NoticeRule rule, String title, String body, String link,
        Long taskId, Long unitId, LocalDate issuedOn, List<Notice.Recipient> recipients, Long letterId) {

    public NoticeIssued {
        recipients = List.copyOf(recipients);
    }
}
