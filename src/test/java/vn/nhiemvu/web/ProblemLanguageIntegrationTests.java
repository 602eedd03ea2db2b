package vn.nhiemvu.web;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.nhiemvu.support.Bodies.task;

import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import tools.jackson.databind.JsonNode;
import vn.nhiemvu.support.Api;
import vn.nhiemvu.support.IntegrationTest;

/**
 * Bad input is answered in the reader's language (ADR 0033): the same request gets the same problem, its
 * {@code type} and field names unchanged, worded in English when the API caller prefers English and in Vietnamese
 * otherwise.
 */
@IntegrationTest
class ProblemLanguageIntegrationTests {

    private static final Map<String, String> ENGLISH = Map.of("Accept-Language", "en-GB,en;q=0.9");

    @LocalServerPort
    int port;

    private Api office() {
        return Api.as(port, "vanphong");
    }

    private static Map<String, Object> untitled() {
        var body = new HashMap<>(task("Nhiệm vụ kiểm tra ngôn ngữ", "CDSQG", "2021-03-15"));
        body.put("title", "  ");
        return body;
    }

    private static JsonNode error(Api.Response response, String field) {
        assertThat(response.status()).as(response.toString()).isEqualTo(400);
        assertThat(response.json().get("type").asString()).isEqualTo("urn:nhiemvu:problem:validation");
        return response.json().get("errors").valueStream().filter(e -> e.get("field").asString().equals(field))
                .findFirst().orElseThrow(() -> new AssertionError("no error on " + field + ": " + response));
    }

    @Test
    void theSameRuleAnswersInEnglishWhenTheCallerPrefersEnglish() {
        Api.Response english = office().send("POST", "/api/v1/tasks", untitled(), ENGLISH);
        assertThat(error(english, "title").get("message").asString()).isEqualTo("The task name cannot be empty.");
        assertThat(english.json().get("title").asString()).isEqualTo("Invalid data");
        assertThat(english.json().get("detail").asString()).contains("The task name cannot be empty.");

        Api.Response vietnamese = office().post("/api/v1/tasks", untitled());
        assertThat(error(vietnamese, "title").get("message").asString())
                .isEqualTo("Tên nhiệm vụ không được để trống.");
        assertThat(vietnamese.json().get("title").asString()).isEqualTo("Dữ liệu không hợp lệ");

        Api.Response preferringVietnamese = office().send("POST", "/api/v1/tasks", untitled(),
                Map.of("Accept-Language", "vi-VN,vi;q=0.9,en;q=0.8"));
        assertThat(error(preferringVietnamese, "title").get("message").asString())
                .isEqualTo("Tên nhiệm vụ không được để trống.");
    }

    @Test
    void theApisOwnRefusalsAnswerInEnglishToo() {
        var body = new HashMap<>(task("Nhiệm vụ kiểm tra ngôn ngữ", "CDSQG", "2021-03-15"));
        body.put("completedOn", "2021-03-01");
        Api.Response english = office().send("POST", "/api/v1/tasks", body, ENGLISH);
        assertThat(error(english, "completedOn").get("message").asString())
                .isEqualTo("The field \"completedOn\" is not in the data model.");

        Api.Response date = office().send("GET", "/api/v1/calendar/working-days?from=1900-01-01&to=2020-01-01", null,
                ENGLISH);
        assertThat(error(date, "from").get("message").asString())
                .isEqualTo("Parameter \"from\": The date 01/01/1900 is not valid: the year must be between 1945 and 2199.");
    }

    /** A refusal that is not bad input (not found) is worded the same way: the detail and the title. */
    @Test
    void aThingNotFoundIsAnsweredInEnglishToo() {
        Api.Response english = office().send("GET", "/api/v1/tasks/987654321", null, ENGLISH);
        assertThat(english.status()).as(english.toString()).isEqualTo(404);
        assertThat(english.json().get("type").asString()).isEqualTo("urn:nhiemvu:problem:not-found");
        assertThat(english.json().get("title").asString()).isEqualTo("Not found");
        assertThat(english.json().get("detail").asString()).isEqualTo("Task no. 987654321 was not found.");

        Api.Response vietnamese = office().get("/api/v1/tasks/987654321");
        assertThat(vietnamese.status()).isEqualTo(404);
        assertThat(vietnamese.json().get("title").asString()).isEqualTo("Không tìm thấy");
        assertThat(vietnamese.json().get("detail").asString()).isEqualTo("Không tìm thấy nhiệm vụ số 987654321.");
    }

    /**
     * Problems answered before any rule of the application: not signed in (the security entry point) and a key of
     * the wrong length (the idempotency filter), worded by the same rule.
     */
    @Test
    void notSignedInAndABadKeyAreAnsweredInEnglishToo() {
        Api.Response english = Api.anonymous(port).send("GET", "/api/v1/tasks", null, ENGLISH);
        assertThat(english.status()).as(english.toString()).isEqualTo(401);
        assertThat(english.json().get("type").asString()).isEqualTo("urn:nhiemvu:problem:unauthenticated");
        assertThat(english.json().get("title").asString()).isEqualTo("Not authenticated");
        assertThat(english.json().get("detail").asString()).isEqualTo(
                "Not signed in: send an API access token (Authorization: Bearer …) or a valid user name and password.");

        Api.Response vietnamese = Api.anonymous(port).get("/api/v1/tasks");
        assertThat(vietnamese.status()).isEqualTo(401);
        assertThat(vietnamese.json().get("title").asString()).isEqualTo("Chưa xác thực");
        assertThat(vietnamese.json().get("detail").asString()).isEqualTo("Chưa xác thực: hãy gửi mã truy cập API "
                + "(Authorization: Bearer …) hoặc tên đăng nhập và mật khẩu hợp lệ.");

        var key = new HashMap<>(ENGLISH);
        key.put("Idempotency-Key", "k".repeat(201));
        Api.Response longKey = office().send("POST", "/api/v1/tasks", untitled(), key);
        assertThat(longKey.status()).as(longKey.toString()).isEqualTo(400);
        assertThat(longKey.json().get("title").asString()).isEqualTo("Invalid data");
        assertThat(longKey.json().get("detail").asString())
                .isEqualTo("The Idempotency-Key must have 1 to 200 characters.");
        key.remove("Accept-Language");
        assertThat(office().send("POST", "/api/v1/tasks", untitled(), key).json().get("detail").asString())
                .isEqualTo("Khóa Idempotency-Key phải có từ 1 đến 200 ký tự.");
    }
}
