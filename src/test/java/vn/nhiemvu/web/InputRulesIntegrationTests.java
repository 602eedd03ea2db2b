package vn.nhiemvu.web;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.nhiemvu.support.Bodies.task;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import vn.nhiemvu.support.Api;
import vn.nhiemvu.support.IntegrationTest;

/**
 * Text with a NUL or a lone surrogate, fields the API does not know and dates outside 1945–2199
 * are refused as a 400 naming the field, wherever they come in, and nothing is written.
 */
@IntegrationTest
class InputRulesIntegrationTests {

    @LocalServerPort
    int port;

    private Api office() {
        return Api.as(port, "vanphong");
    }

    private static void assertRefused(Api.Response response, String field, String words) {
        assertThat(response.status()).as(response.toString()).isEqualTo(400);
        assertThat(response.header("Content-Type")).startsWith("application/problem+json");
        assertThat(response.json().get("detail").asString()).as(response.toString()).contains(words);
        if (field != null) {
            assertThat(response.json().get("errors").valueStream().map(e -> e.get("field").asString()))
                    .as(response.toString()).contains(field);
        }
    }

    private Map<String, Object> taskWith(String field, Object value) {
        var body = new HashMap<>(task("Nhiệm vụ kiểm tra đầu vào", "CDSQG", "2021-03-15"));
        body.put(field, value);
        return body;
    }

    @Test
    void nulAndLoneSurrogatesInJsonAreRefusedNotStored() {
        int before = office().all("/api/v1/tasks").size();

        assertRefused(office().post("/api/v1/tasks", taskWith("title", "Có\u0000NUL")), "title", "NUL");
        // Written by hand: a JSON writer would not send a lone surrogate as an escape.
        String loneSurrogate = "{\"title\":\"Nửa cặp \\ud800 ở đây\",\"leadUnit\":{\"code\":\"CDSQG\"},"
                + "\"deadline\":\"2021-03-15\"}";
        assertRefused(office().post("/api/v1/tasks", loneSurrogate), "title", "UTF-16");
        assertRefused(office().post("/api/v1/tasks", taskWith("coordinatingUnits",
                java.util.List.of(Map.of("code", "V\u0000P")))), "coordinatingUnits[0].code", "NUL");

        assertThat(office().all("/api/v1/tasks")).hasSize(before);
    }

    @Test
    void unknownJsonFieldsAreRefusedByName() {
        assertRefused(office().post("/api/v1/tasks", taskWith("completedOn", "2021-03-01")), "completedOn",
                "completedOn");
    }

    @Test
    void yearsOutside1945To2199AreRefusedInBodiesAndParameters() {
        for (String date : new String[] { "0000-01-01", "-0001-01-01", "1944-12-31", "2200-01-01" }) {
            assertRefused(office().post("/api/v1/tasks", taskWith("deadline", date)), "deadline", "1945");
        }
        assertRefused(office().get("/api/v1/calendar/working-days?from=1900-01-01&to=2020-01-01"), "from", "1945");
        assertThat(office().get("/api/v1/calendar/working-days?from=1945-01-01&to=2020-01-01").status())
                .isEqualTo(200);
    }

    @Test
    void nulInQueryParametersIsRefused() {
        assertRefused(office().get("/api/v1/tasks?q=a%00b"), null, "\"q\"");
    }

    @Test
    void nulInTheLoginFormIsRefusedBeforeTheDatabaseSeesIt() throws Exception {
        var request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("username=van%00phong&password=demo"))
                .build();
        HttpResponse<String> response = HttpClient.newHttpClient().send(request,
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
        assertThat(response.body()).contains("username");
    }
}
