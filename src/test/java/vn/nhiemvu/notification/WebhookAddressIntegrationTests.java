package vn.nhiemvu.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import vn.nhiemvu.support.Api;
import vn.nhiemvu.support.IntegrationTest;

/** A webhook to an internal address is refused at registration (the tests allow only 127.0.0.0/8 and ::1). */
@IntegrationTest
class WebhookAddressIntegrationTests {

    @LocalServerPort
    int port;

    @Test
    void internalAddressesAreRefusedUnlessAllowed() {
        var office = Api.as(port, "vanphong");
        for (String url : new String[] { "http://169.254.169.254/latest/meta-data", "http://10.0.0.1/hook",
                "https://192.168.1.10/hook", "http://[fe80::1]/hook" }) {
            var refused = office.post("/api/v1/webhooks", Map.of("url", url, "secret", "mot-khoa-bi-mat-du-dai"));
            assertThat(refused.status()).as(url).isEqualTo(400);
            assertThat(refused.json().get("errors").get(0).get("field").asString()).isEqualTo("url");
            assertThat(refused.json().get("detail").asString()).contains("địa chỉ nội bộ");
        }
        var allowed = office.post("/api/v1/webhooks", Map.of("url", "http://127.0.0.1:9/hook", "secret",
                "mot-khoa-bi-mat-du-dai"));
        assertThat(allowed.status()).as(allowed.toString()).isEqualTo(201);
        office.delete("/api/v1/webhooks/" + allowed.json().get("id").asLong());
    }
}
