package vn.nhiemvu.notification.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import vn.nhiemvu.shared.Message;

class WebhookAddressPolicyTests {

    /** Names resolve through this map only, so a test never asks a real DNS server. */
    private final Map<String, String> dns = new java.util.HashMap<>(Map.of("nhan.example.vn", "203.0.113.10",
            "doi-ip.example.vn", "203.0.113.11"));

    private WebhookAddressPolicy policy(String... allowed) {
        return new WebhookAddressPolicy(List.of(allowed), host -> {
            String ip = dns.getOrDefault(host, host);
            if (!Character.isDigit(ip.charAt(0)) && !ip.contains(":")) {
                throw new UnknownHostException(host);
            }
            return new InetAddress[] { InetAddress.getByName(ip) };
        });
    }

    private static URI url(String host) {
        return URI.create("http://" + host + "/su-kien");
    }

    @Test
    void internalAddressesAreRefused() {
        var policy = policy();
        for (String host : new String[] { "127.0.0.1", "127.8.9.10", "[::1]", "169.254.169.254", "[fe80::1]",
                "10.0.0.5", "172.16.0.1", "172.31.255.254", "192.168.1.1", "[fc00::1]", "[fd12:3456::1]", "0.0.0.0",
                "[::]", "224.0.0.1", "[ff02::1]", "[::ffff:127.0.0.1]" }) {
            assertThat(policy.refusal(url(host), null).vietnamese()).as(host).contains("địa chỉ nội bộ");
        }
    }

    @Test
    void publicAddressesAndUnresolvedNamesPass() {
        var policy = policy();
        for (String host : new String[] { "nhan.example.vn", "203.0.113.7", "172.32.0.1", "[2001:db8::1]",
                "khong-co.example.vn" }) {
            assertThat(policy.refusal(url(host), null)).as(host).isNull();
        }
        assertThat(policy.refusal(url("khong-co.example.vn"), Message.text("không tìm thấy")).vietnamese())
                .isEqualTo("không tìm thấy");
    }

    @Test
    void aNameIsJudgedByWhatItResolvesToNow() {
        var policy = policy();
        assertThat(policy.refusal(url("doi-ip.example.vn"), null)).isNull();
        dns.put("doi-ip.example.vn", "169.254.169.254");
        assertThat(policy.refusal(url("doi-ip.example.vn"), null).vietnamese()).contains("169.254.169.254");
    }

    @Test
    void theAgencysOwnNetworksMayBeAllowed() {
        var policy = policy("10.20.0.0/16", "fd00:1::/32");
        assertThat(policy.refusal(url("10.20.3.4"), null)).isNull();
        assertThat(policy.refusal(url("[fd00:1::5]"), null)).isNull();
        assertThat(policy.refusal(url("10.21.0.1"), null)).isNotNull();
        assertThat(policy.refusal(url("127.0.0.1"), null)).isNotNull();
    }
}
