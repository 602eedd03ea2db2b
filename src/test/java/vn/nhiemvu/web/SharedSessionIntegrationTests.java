package vn.nhiemvu.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.web.server.context.WebServerApplicationContext;

import vn.nhiemvu.NhiemVuApplication;
import vn.nhiemvu.support.FormSession;
import vn.nhiemvu.support.IntegrationTest;

/**
 * Sign-in sessions live in the database (Spring Session JDBC): a second application node on the same
 * database serves a person signed in on the first, and signing out on one ends the session on both.
 */
@IntegrationTest
class SharedSessionIntegrationTests {

    @LocalServerPort
    int port;

    @Test
    void aSecondNodeOnTheSameDatabaseKnowsWhoIsSignedIn() {
        var office = FormSession.signIn(port, "vanphong");
        assertThat(office.get("/tasks").statusCode()).isEqualTo(200);

        try (var second = new SpringApplicationBuilder(NhiemVuApplication.class).profiles("test")
                .run("--server.port=0", "--nhiemvu.demo-data.enabled=false")) {
            int secondPort = ((WebServerApplicationContext) second).getWebServer().getPort();
            var onSecond = office.onPort(secondPort);
            var page = onSecond.get("/tasks");
            assertThat(page.statusCode()).as("served, not sent to the login page").isEqualTo(200);
            assertThat(page.body()).contains("Văn phòng Bộ");

            var signedOut = onSecond.submit("/logout", page.body(), Map.of());
            assertThat(signedOut.statusCode()).isEqualTo(302);
            assertThat(office.get("/tasks").headers().firstValue("Location")).hasValueSatisfying(
                    location -> assertThat(location).endsWith("/login"));
        }
    }
}
