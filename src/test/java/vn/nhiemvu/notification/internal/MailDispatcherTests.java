package vn.nhiemvu.notification.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import jakarta.mail.MessagingException;
import vn.nhiemvu.monitoring.Notice;
import vn.nhiemvu.monitoring.NoticeIssued;
import vn.nhiemvu.monitoring.NoticeRule;
import vn.nhiemvu.monitoring.UrgingLetters;
import vn.nhiemvu.notification.NotificationPreferences;

/** A refused e-mail fails the run (so the announcement is resubmitted), is sent once it goes through, and is given up. */
class MailDispatcherTests {

    private static final NoticeIssued NOTICE = new NoticeIssued(7, 1, NoticeRule.values()[0], "Tiêu đề", "Nội dung",
            "/tasks/1", 1L, 2L, LocalDate.of(2026, 3, 2),
            List.of(new Notice.Recipient(10, "a", "Nguyễn Văn A"), new Notice.Recipient(11, "b", "Trần Thị B")), null);

    private final JdbcNotifications store = mock(JdbcNotifications.class);
    private final MailChannel mail = mock(MailChannel.class);
    private final List<String> deliveries = new ArrayList<>();
    private MailDispatcher dispatcher;

    @BeforeEach
    void setUp() {
        var settings = new NotificationProperties("http://localhost", new NotificationProperties.Mail("x@y", 3),
                new NotificationProperties.Webhook(Duration.ofSeconds(30), 8, List.of()));
        dispatcher = new MailDispatcher(store, mail, mock(UrgingLetters.class), settings);
        when(mail.enabled()).thenReturn(true);
        when(store.preferences(anyLong())).thenAnswer(call -> Optional.of(new NotificationPreferences(
                call.getArgument(0) + "@example.vn", true, true, Set.of())));
        doAnswer(call -> deliveries.add(call.getArgument(1) + ":" + call.getArgument(4))).when(store)
                .delivery(anyLong(), any(), eq("EMAIL"), any(), any(), any());
        when(store.emailAttempts(anyLong(), anyLong())).thenAnswer(call -> new JdbcNotifications.EmailAttempts(
                deliveries.contains(call.getArgument(1) + ":SENT"),
                (int) deliveries.stream().filter((call.getArgument(1) + ":FAILED")::equals).count()));
    }

    @Test
    void aRefusedMessageFailsTheRunAndIsSentOnResubmissionWithoutRepeatingTheOthers() throws Exception {
        doThrow(new MessagingException("550 mailbox unavailable")).doNothing().when(mail)
                .send(any(), eq("11@example.vn"), any(), any(), any());

        assertThatThrownBy(() -> dispatcher.on(NOTICE)).isInstanceOf(MailDispatcher.MailNotSent.class);
        assertThat(deliveries).containsExactly("10:SENT", "11:FAILED");

        dispatcher.on(NOTICE);
        assertThat(deliveries).containsExactly("10:SENT", "11:FAILED", "11:SENT");
        dispatcher.on(NOTICE);
        assertThat(deliveries).hasSize(3);
    }

    @Test
    void aMessageRefusedTheConfiguredNumberOfTimesIsGivenUp() throws Exception {
        doThrow(new MessagingException("550 mailbox unavailable")).when(mail)
                .send(any(), eq("11@example.vn"), any(), any(), any());
        for (int attempt = 1; attempt <= 3; attempt++) {
            assertThatThrownBy(() -> dispatcher.on(NOTICE)).isInstanceOf(MailDispatcher.MailNotSent.class);
        }
        dispatcher.on(NOTICE);
        assertThat(deliveries).containsExactly("10:SENT", "11:FAILED", "11:FAILED", "11:FAILED");
    }
}
