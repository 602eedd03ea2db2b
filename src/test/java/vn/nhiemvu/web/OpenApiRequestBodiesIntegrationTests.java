package vn.nhiemvu.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import tools.jackson.databind.JsonNode;
import vn.nhiemvu.support.Api;
import vn.nhiemvu.support.IntegrationTest;

/**
 * Every operation of {@code /v3/api-docs} that takes a JSON body is sent a body with every property
 * the document names: the server, which refuses unknown fields, must know them all (two request
 * types of one simple name once gave the task's completion the plan's {@code completedOn}). Sent by
 * the Legal Department (which may change almost nothing) to ids that do not exist, so nothing is
 * written: the body is read before any rule is checked.
 */
@IntegrationTest
class OpenApiRequestBodiesIntegrationTests {

    @LocalServerPort
    int port;

    @Test
    void theServerKnowsEveryFieldTheDocumentNames() {
        JsonNode document = Api.anonymous(port).get("/v3/api-docs").json();
        JsonNode schemas = document.get("components").get("schemas");
        var api = Api.as(port, "phapche");
        List<String> unknown = new ArrayList<>();
        int checked = 0;
        for (var path : document.get("paths").properties()) {
            for (var operation : path.getValue().properties()) {
                JsonNode schema = operation.getValue().path("requestBody").path("content").path("application/json")
                        .path("schema");
                if (!schema.has("$ref")) {
                    continue;
                }
                Map<String, Object> body = new LinkedHashMap<>();
                resolve(schema, schemas).path("properties").propertyNames().forEach(name -> body.put(name, null));
                String url = path.getKey().replaceAll("\\{[^}]+}", "999999999");
                var response = api.send(operation.getKey().toUpperCase(), url, body, Map.of());
                checked++;
                if (response.status() == 400 && response.body().contains("không có trong mẫu dữ liệu")) {
                    unknown.add(operation.getKey().toUpperCase() + " " + path.getKey() + ": " + response.body());
                }
            }
        }
        assertThat(checked).isGreaterThan(20);
        assertThat(unknown).isEmpty();
        JsonNode completion = resolve(document.get("paths").get("/api/v1/tasks/{id}/completion").get("post")
                .get("requestBody").get("content").get("application/json").get("schema"), schemas);
        assertThat(completion.get("properties").propertyNames()).containsExactly("completedAt", "reason");
    }

    private static JsonNode resolve(JsonNode schema, JsonNode schemas) {
        String ref = schema.get("$ref").asString();
        return schemas.get(ref.substring(ref.lastIndexOf('/') + 1));
    }
}
