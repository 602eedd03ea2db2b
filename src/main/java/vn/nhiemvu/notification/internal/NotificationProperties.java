package vn.nhiemvu.notification.internal;

import java.time.Duration;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;

/**
 * Channels of notices. E-mail is off until {@code spring.mail.host} is set.
 *
 * @param baseUrl the address people open the system at, for the links in e-mails
 * @param mail    e-mail
 * @param webhook signed webhooks
 */
@Validated
@ConfigurationProperties("nhiemvu.notification")
record NotificationProperties(@DefaultValue("http://localhost:8080") @NotBlank String baseUrl,
        @DefaultValue @Valid Mail mail, @DefaultValue @Valid Webhook webhook) {

    /**
     * @param from        the sender of notice e-mails
     * @param maxAttempts a message the mail server refused is sent again with the failed announcements
     *                    ({@code nhiemvu.events.resubmit-failed-every}) until this many attempts have failed; then it is
     *                    given up (kept with its last error)
     */
    record Mail(@DefaultValue("Nhiệm vụ <nhiemvu@localhost>") @NotBlank String from,
            @DefaultValue("6") @Positive int maxAttempts) {
    }

    /**
     * @param retryBase       the first wait after a failed delivery; doubles each time (at most 6 h)
     * @param maxAttempts     then the delivery is given up (kept with its last error)
     * @param allowedNetworks networks (CIDRs, comma-separated) that webhooks may reach although internal, e.g. the
     *                        agency's own 10.20.0.0/16; otherwise a receiver resolving to a loopback, link-local, private,
     *                        unspecified or multicast address is refused at registration and before each delivery
     */
    record Webhook(@DefaultValue("PT30S") @NotNull Duration retryBase, @DefaultValue("8") @Positive int maxAttempts,
            @DefaultValue List<String> allowedNetworks) {
    }
}
