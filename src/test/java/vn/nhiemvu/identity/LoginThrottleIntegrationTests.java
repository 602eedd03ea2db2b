package vn.nhiemvu.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import vn.nhiemvu.support.Api;
import vn.nhiemvu.support.FormSession;
import vn.nhiemvu.support.IntegrationTest;

/**
 * After five wrong passwords an account is refused for a while, even with the right one: the API
 * answers 429 with Retry-After, the login page says when to try again. (The per-address allowance
 * is tested in {@code LoginThrottleTests}; the tests raise it, since every test signs in from 127.0.0.1.)
 */
@IntegrationTest
class LoginThrottleIntegrationTests {

    private static final String PASSWORD = "Mat-khau-tam-thoi-1";

    @LocalServerPort
    int port;

    private void newAccount(String username) {
        var admin = Api.as(port, "admin");
        long unit = admin.get("/api/v1/units").json().get("items").get(0).get("id").asLong();
        var created = admin.post("/api/v1/users", Map.of("username", username, "password", PASSWORD,
                "displayName", "Người thử", "role", "UNIT", "unit", Map.of("id", unit)));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
    }

    @Test
    void httpBasicIsRefusedWith429AfterFiveWrongPasswords() {
        newAccount("thu-basic");
        for (int i = 0; i < 5; i++) {
            assertThat(Api.withBasic(port, "thu-basic", "sai-mat-khau-" + i).get("/api/v1/tasks").status())
                    .isEqualTo(401);
        }
        var refused = Api.withBasic(port, "thu-basic", PASSWORD).get("/api/v1/tasks");
        assertThat(refused.status()).as(refused.toString()).isEqualTo(429);
        assertThat(Long.parseLong(refused.header("Retry-After"))).isBetween(1L, 180L);
        assertThat(refused.json().get("detail").asString()).startsWith("Đăng nhập sai quá nhiều lần; hãy thử lại sau");
        assertThat(Api.as(port, "vanphong").get("/api/v1/tasks").status()).as("another account").isEqualTo(200);
    }

    @Test
    void theLoginFormSaysWhenToTryAgain() throws Exception {
        newAccount("thu-form");
        var http = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).build();
        String location = "";
        for (int i = 0; i < 6; i++) {
            location = login(http, i < 5 ? "sai-mat-khau-" + i : PASSWORD);
            assertThat(location).endsWith(i < 5 ? "/login?error" : "/login?throttled");
        }
        String page = http.send(HttpRequest.newBuilder(URI.create(location)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8)).body();
        assertThat(page).contains("Đăng nhập sai quá nhiều lần; hãy thử lại sau");
    }

    private String login(HttpClient http, String password) throws Exception {
        String page = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/login")).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8)).body();
        String form = "username=thu-form&password=" + URLEncoder.encode(password, StandardCharsets.UTF_8) + "&_csrf="
                + URLEncoder.encode(FormSession.csrf(page), StandardCharsets.UTF_8);
        var answer = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(answer.statusCode()).isEqualTo(302);
        String location = answer.headers().firstValue("Location").orElseThrow();
        return location.startsWith("http") ? location : "http://127.0.0.1:" + port + location;
    }
}
