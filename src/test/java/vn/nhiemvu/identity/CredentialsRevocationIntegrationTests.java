package vn.nhiemvu.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import vn.nhiemvu.support.Api;
import vn.nhiemvu.support.FormSession;
import vn.nhiemvu.support.IntegrationTest;

/**
 * A changed password ends the person's other sessions and revokes their API tokens (the session
 * that changed it stays); a reset by the administrator ends every session and token. A token
 * used a moment before (so remembered by this node) is refused at once.
 */
@IntegrationTest
class CredentialsRevocationIntegrationTests {

    private static final String FIRST = "Mat-khau-tam-thoi-1";
    private static final String SECOND = "Mot-cum-tu-rat-dai-2026";

    @LocalServerPort
    int port;

    private static boolean signedIn(FormSession session) {
        HttpResponse<String> page = session.get("/account");
        return page.statusCode() == 200;
    }

    private String newAccount(String username) {
        var admin = Api.as(port, "admin");
        long unit = admin.get("/api/v1/units").json().get("items").get(0).get("id").asLong();
        var created = admin.post("/api/v1/users", Map.of("username", username, "password", FIRST,
                "displayName", "Người thử", "role", "UNIT", "unit", Map.of("id", unit)));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return username;
    }

    private static String token(Api api) {
        var issued = api.post("/api/v1/tokens", Map.of("name", "kịch bản"));
        assertThat(issued.status()).as(issued.toString()).isEqualTo(201);
        return issued.json().get("token").asString();
    }

    @Test
    void changingOnesOwnPasswordEndsTheOtherSessionsAndTokens() {
        String username = newAccount("doi-mat-khau");
        var here = FormSession.signIn(port, username, FIRST, false);
        var elsewhere = FormSession.signIn(port, username, FIRST, false);
        var script = Api.withToken(port, token(Api.withBasic(port, username, FIRST)));
        assertThat(script.get("/api/v1/tasks").status()).isEqualTo(200);
        assertThat(signedIn(elsewhere)).isTrue();

        var changed = here.submit("/account/password", here.get("/account").body(), Map.of(
                "currentPassword", FIRST, "newPassword", SECOND, "confirmation", SECOND));
        assertThat(changed.headers().firstValue("Location").orElse("")).endsWith("/account");

        assertThat(signedIn(here)).as("the session that changed the password").isTrue();
        assertThat(signedIn(elsewhere)).as("another session").isFalse();
        assertThat(script.get("/api/v1/tasks").status()).as("a token made before").isEqualTo(401);
    }

    @Test
    void anAdministratorsResetEndsEverySessionAndToken() {
        String username = newAccount("dat-lai-mat-khau");
        var session = FormSession.signIn(port, username, FIRST, false);
        var script = Api.withToken(port, token(Api.withBasic(port, username, FIRST)));
        assertThat(script.get("/api/v1/tasks").status()).isEqualTo(200);

        var reset = Api.as(port, "admin").put("/api/v1/users/" + username + "/password", Map.of("password", SECOND),
                Map.of());
        assertThat(reset.status()).as(reset.toString()).isEqualTo(204);

        assertThat(signedIn(session)).isFalse();
        assertThat(script.get("/api/v1/tasks").status()).isEqualTo(401);
        var fresh = Api.withToken(port, token(Api.withBasic(port, username, SECOND)));
        assertThat(fresh.get("/api/v1/tasks").status()).as("a token made after still works").isEqualTo(200);
    }
}
