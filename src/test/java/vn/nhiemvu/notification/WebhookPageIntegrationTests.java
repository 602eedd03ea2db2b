package vn.nhiemvu.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import vn.nhiemvu.support.Api;
import vn.nhiemvu.support.FormSession;
import vn.nhiemvu.support.IntegrationTest;

/** The Office registers and removes the agency's webhooks on a page; a unit may not. */
@IntegrationTest
class WebhookPageIntegrationTests {

    @LocalServerPort
    int port;

    @Test
    void theOfficeRegistersAnAddressSeesItAndRemovesIt() {
        var office = FormSession.signIn(port, "vanphong");
        String page = office.get("/webhooks").body();
        assertThat(page).contains("Địa chỉ nhận sự kiện (webhook)", "X-NhiemVu-Signature");

        office.submit("/webhooks", page, Map.of("url", "https://nhan.example.vn/su-kien-trang", "secret",
                "khoa-bi-mat-du-dai-0123456789"));
        page = office.get("/webhooks").body();
        assertThat(page).contains("Đã đăng ký địa chỉ https://nhan.example.vn/su-kien-trang.");
        assertThat(page.substring(page.indexOf("<table"))).as("who registered it, by name")
                .contains("Chuyên viên Văn phòng Bộ");
        long id = Api.as(port, "vanphong").get("/api/v1/webhooks").json().get("items").valueStream()
                .filter(w -> w.get("url").asString().equals("https://nhan.example.vn/su-kien-trang")).findFirst()
                .orElseThrow().get("id").asLong();

        assertThat(office.submit("/webhooks", page, Map.of("url", "không phải địa chỉ", "secret", "x")).body())
                .contains("flash error", "value=\"không phải địa chỉ\"");

        office.submit("/webhooks/" + id + "/removal", office.get("/webhooks").body(), Map.of());
        assertThat(office.get("/webhooks").body()).contains("Đã bỏ địa chỉ nhận sự kiện.")
                .doesNotContain("https://nhan.example.vn/su-kien-trang</code>");

        assertThat(FormSession.signIn(port, "cdsqg").get("/webhooks").statusCode()).isEqualTo(403);
    }
}
