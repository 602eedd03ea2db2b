package vn.nhiemvu.notification.internal;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.List;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.web.util.matcher.IpAddressMatcher;
import org.springframework.stereotype.Component;

import vn.nhiemvu.shared.Message;

/**
 * Where webhooks may be sent: not to this machine or its neighbours. A host that resolves to a
 * loopback, link-local (169.254.0.0/16 — the cloud metadata service — or fe80::/10), private
 * (10/8, 172.16/12, 192.168/16, fc00::/7), unspecified or multicast address is refused, at
 * registration and again before each delivery, since DNS may change in between; unless the address
 * is in {@code nhiemvu.notification.webhook.allowed-networks}, the agency's own networks (CIDRs).
 * A name that does not resolve now is let through at registration; delivery checks it again.
 */
@Component
class WebhookAddressPolicy {

    /** Resolving a host name; a seam for tests. */
    interface Resolver {
        InetAddress[] resolve(String host) throws UnknownHostException;
    }

    private final List<IpAddressMatcher> allowed;
    private final Resolver resolver;

    @Autowired
    WebhookAddressPolicy(NotificationProperties settings) {
        this(settings.webhook().allowedNetworks(), InetAddress::getAllByName);
    }

    WebhookAddressPolicy(List<String> allowedNetworks, Resolver resolver) {
        this.allowed = allowedNetworks.stream().map(String::strip).filter(s -> !s.isEmpty()).map(IpAddressMatcher::new)
                .toList();
        this.resolver = resolver;
    }

    /** Why this address may not receive webhooks, or null; {@code unresolved} is the answer for a host not found. */
    Message refusal(URI url, Message unresolved) {
        String host = url.getHost();
        if (host.startsWith("[") && host.endsWith("]")) {
            host = host.substring(1, host.length() - 1);
        }
        InetAddress[] addresses;
        try {
            addresses = resolver.resolve(host);
        } catch (UnknownHostException e) {
            return unresolved;
        }
        for (InetAddress address : addresses) {
            if (isInternal(address) && allowed.stream().noneMatch(m -> m.matches(address.getHostAddress()))) {
                return Message.of("invalid.notification.url.internal", url.getHost(), address.getHostAddress());
            }
        }
        return null;
    }

    static boolean isInternal(InetAddress address) {
        return address.isLoopbackAddress() || address.isLinkLocalAddress() || address.isSiteLocalAddress()
                || address.isAnyLocalAddress() || address.isMulticastAddress()
                || address instanceof Inet6Address && (address.getAddress()[0] & 0xfe) == 0xfc;
    }
}
