package vn.nhiemvu.setup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;

import tools.jackson.databind.JsonNode;
import vn.nhiemvu.NhiemVuApplication;
import vn.nhiemvu.support.Api;

/**
 * An installation without demo data, on an empty database of its own (always H2: it is about the first start):
 * the directory file and the first administrator come from the set-up properties; later directories come through
 * the administrator's API, whole or not at all; a start with neither is refused.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.datasource.url=jdbc:h2:mem:nhiemvu-setup;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
        "spring.datasource.username=sa", "spring.datasource.password=",
        "nhiemvu.demo-data.enabled=false", "nhiemvu.setup.organization=classpath:setup/organization.json",
        "nhiemvu.setup.admin-password=" + FirstStartIntegrationTests.PASSWORD })
@ActiveProfiles("test")
class FirstStartIntegrationTests {

    static final String PASSWORD = "mat-khau-quan-tri-2026";

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    private Api admin() {
        return Api.withBasic(port, "admin", PASSWORD);
    }

    private List<String> unitCodes() {
        return admin().get("/api/v1/units").json().get("items").valueStream().map(u -> u.get("code").asString()).toList();
    }

    @Test
    void theFirstAdministratorSignsInToTheOrganisationOfTheFile() {
        assertThat(Api.as(port, "admin").get("/api/v1/units").status()).as("no demo password").isEqualTo(401);
        assertThat(unitCodes()).containsExactly("VP", "PC", "KHTC", "CNTT", "TTDL");
        List<JsonNode> units = admin().get("/api/v1/units").json().get("items").valueStream().toList();
        assertThat(units.get(0).get("parentId").isNull()).as("a unit at the top has no parent").isTrue();
        assertThat(units.get(4).get("parentId").asLong()).isEqualTo(units.get(3).get("id").asLong());
        JsonNode leaders = admin().get("/api/v1/leaders").json().get("items");
        assertThat(leaders.valueStream().map(l -> l.get("fullName").asString())).containsExactly("Nguyễn Văn A", "Trần Thị B");
        assertThat(admin().get("/api/v1/agencies").json().get("items").valueStream()
                .filter(a -> a.get("home").asBoolean()).map(a -> a.get("code").asString())).containsExactly("BYT");
        assertThat(jdbc.sql("select actor from audit_event where entity_type = 'ORGANIZATION' and action = 'IMPORTED'")
                .query(String.class).list()).contains("setup");
    }

    @Test
    void theAdministratorAddsUnitsAndLeadersLaterAndAppliesTheSameFileTwiceForNothing() {
        Map<String, Object> directory = Map.of(
                "units", List.of(Map.of("code", "YTDP", "name", "Cục Y tế dự phòng", "kind", "AGENCY_DEPARTMENT")),
                "leaders", List.of(Map.of("key", "thu-truong-2", "fullName", "Lê Văn C", "position", "DEPUTY_MINISTER",
                        "title", "Thứ trưởng", "units", List.of("YTDP", "ttdl"))));
        var applied = admin().post("/api/v1/admin/organization", directory);
        assertThat(applied.status()).as(applied.toString()).isEqualTo(200);
        assertThat(applied.json().get("units").valueStream().map(JsonNode::asString)).containsExactly("YTDP");
        assertThat(applied.json().get("leaders").valueStream().map(JsonNode::asString)).containsExactly("thu-truong-2");
        assertThat(unitCodes()).contains("YTDP");

        var again = admin().post("/api/v1/admin/organization", directory);
        assertThat(again.status()).isEqualTo(200);
        assertThat(again.json().get("units")).isEmpty();
        assertThat(again.json().get("leaders")).isEmpty();

        var created = admin().post("/api/v1/users", Map.of("username", "vp-byt", "password", "mat-khau-van-phong",
                "displayName", "Chuyên viên Văn phòng", "role", "OFFICE",
                "unit", Map.of("id", admin().get("/api/v1/units").json().get("items").get(0).get("id").asLong())));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        var refused = Api.withBasic(port, "vp-byt", "mat-khau-van-phong").post("/api/v1/admin/organization", directory);
        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.json().get("detail").asString()).contains("Chỉ quản trị hệ thống");
    }

    @Test
    void aBadDirectoryIsRefusedWholeWithEveryBadEntryNamed() {
        List<String> before = unitCodes();
        Map<String, Object> bad = Map.of(
                "agencies", List.of(Map.of("code", "BCA", "name", "Bộ Công an", "kind", "MINISTRY", "home", true)),
                "units", List.of(
                        Map.of("code", "MOI", "name", "Đơn vị mới hợp lệ", "kind", "DEPARTMENT"),
                        Map.of("code", "VU TRUNG MA", "name", "", "kind", "VU"),
                        Map.of("code", "CON", "name", "Đơn vị con", "kind", "CENTRE", "parent", "KHONGCO")),
                "leaders", List.of(Map.of("key", "Lãnh Đạo", "fullName", "X", "position", "BOSS", "title", "T",
                        "units", List.of("KHONGCO"))));
        var refused = admin().post("/api/v1/admin/organization", bad);
        assertThat(refused.status()).as(refused.toString()).isEqualTo(400);
        assertThat(refused.json().get("errors").valueStream().map(e -> e.get("field").asString())).containsExactlyInAnyOrder(
                "agencies[0].home", "units[1].code", "units[1].name", "units[1].kind", "units[2].parent",
                "leaders[0].key", "leaders[0].position", "leaders[0].units[0]");
        assertThat(refused.body()).contains("Không có đơn vị cấp trên \\\"KHONGCO\\\"", "chỉ có một cơ quan chủ quản");
        assertThat(unitCodes()).as("nothing written, not even the valid unit").isEqualTo(before);
        assertThat(admin().post("/api/v1/admin/organization", "không phải JSON").status()).isEqualTo(400);
    }

    @Test
    void aStartWithoutDemoDataAndWithoutAnOrganisationIsRefused() {
        var application = new SpringApplicationBuilder(NhiemVuApplication.class).profiles("test");
        assertThatThrownBy(() -> application.run(
                "--spring.datasource.url=jdbc:h2:mem:nhiemvu-empty;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DB_CLOSE_DELAY=-1",
                "--spring.datasource.username=sa", "--spring.datasource.password=", "--server.port=0",
                "--nhiemvu.demo-data.enabled=false", "--spring.main.banner-mode=off")).hasStackTraceContaining("No organisation is set up")
                .hasStackTraceContaining("nhiemvu.setup.admin-password");
    }
}
