package vn.nhiemvu.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import vn.nhiemvu.support.Api;
import vn.nhiemvu.support.IntegrationTest;

@IntegrationTest
class AccountIntegrationTests {

    @LocalServerPort
    int port;

    @Test
    void theAdministratorCreatesAnAccountWhichChangesItsOwnPassword() {
        var admin = Api.as(port, "admin");
        long unit = admin.get("/api/v1/units").json().get("items").get(0).get("id").asLong();
        var created = admin.post("/api/v1/users", Map.of("username", "nguyenvana", "password", "Mat-khau-tam-thoi-1",
                "displayName", "Nguyễn Văn A", "role", "UNIT", "unit", Map.of("id", unit)));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);

        var user = Api.withBasic(port, "nguyenvana", "Mat-khau-tam-thoi-1");
        assertThat(user.get("/api/v1/tasks").status()).isEqualTo(200);
        assertThat(user.post("/api/v1/account/password", Map.of("currentPassword", "sai", "newPassword",
                "Mot-cum-tu-rat-dai-2026")).status()).isEqualTo(400);
        var weak = user.post("/api/v1/account/password", Map.of("currentPassword", "Mat-khau-tam-thoi-1",
                "newPassword", "demo12345678"));
        assertThat(weak.status()).isEqualTo(400);
        assertThat(weak.json().get("errors").get(0).get("field").asString()).isEqualTo("newPassword");
        assertThat(user.post("/api/v1/account/password", Map.of("currentPassword", "Mat-khau-tam-thoi-1",
                "newPassword", "Mot-cum-tu-rat-dai-2026")).status()).isEqualTo(204);
        assertThat(Api.withBasic(port, "nguyenvana", "Mot-cum-tu-rat-dai-2026").get("/api/v1/tasks").status())
                .isEqualTo(200);
        assertThat(user.get("/api/v1/tasks").status()).as("the old password no longer works").isEqualTo(401);
    }

    @Test
    void onlyTheAdministratorManagesAccounts() {
        assertThat(Api.as(port, "vanphong").post("/api/v1/users", Map.of("username", "ai-do", "password",
                "Mat-khau-tam-thoi-1", "displayName", "Ai đó", "role", "OFFICE")).status()).isEqualTo(403);
        assertThat(Api.as(port, "vanphong").put("/api/v1/users/vp/password", Map.of("password", "Mat-khau-moi-123"),
                Map.of()).status()).isEqualTo(403);
        var bad = Api.as(port, "admin").post("/api/v1/users", Map.of("username", "Có Dấu", "password", "ngan",
                "displayName", "", "role", "UNIT"));
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.json().get("errors").valueStream().map(e -> e.get("field").asString()))
                .contains("username", "password", "displayName", "unit");
        // The units and leaders are the organization module's, asked through identity.AccountAffiliations.
        var noUnit = Api.as(port, "admin").post("/api/v1/users", Map.of("username", "ai-do", "password",
                "Mat-khau-tam-thoi-1", "displayName", "Ai đó", "role", "UNIT", "unit", Map.of("id", 987654)));
        assertThat(noUnit.status()).isEqualTo(400);
        assertThat(noUnit.json().get("errors").get(0).get("message").asString())
                .isEqualTo("Không có đơn vị số 987654.");
        var noLeader = Api.as(port, "admin").post("/api/v1/users", Map.of("username", "ai-do", "password",
                "Mat-khau-tam-thoi-1", "displayName", "Ai đó", "role", "LEADER", "leader", Map.of("id", 987654)));
        assertThat(noLeader.status()).isEqualTo(400);
        assertThat(noLeader.json().get("errors").get(0).get("message").asString())
                .isEqualTo("Không có lãnh đạo số 987654.");
        assertThat(Api.as(port, "admin").put("/api/v1/users/khong-co/password", Map.of("password", "Mat-khau-moi-123"),
                Map.of()).status()).isEqualTo(404);
    }

    @Test
    void theSamePasswordRuleForTheOwnChangeTheResetAndANewAccount() {
        var admin = Api.as(port, "admin");
        long unit = admin.get("/api/v1/units").json().get("items").get(0).get("id").asLong();
        var common = admin.post("/api/v1/users", Map.of("username", "tranthib", "password", "1234567890",
                "displayName", "Trần Thị B", "role", "UNIT", "unit", Map.of("id", unit)));
        assertThat(common.status()).isEqualTo(400);
        assertThat(common.json().get("detail").asString()).contains("mật khẩu phổ biến");
        var named = admin.post("/api/v1/users", Map.of("username", "tranthib", "password", "tranthib-2026",
                "displayName", "Trần Thị B", "role", "UNIT", "unit", Map.of("id", unit)));
        assertThat(named.json().get("detail").asString()).as(named.toString()).contains("tên đăng nhập");
        assertThat(admin.post("/api/v1/users", Map.of("username", "tranthib", "password", "Mat-khau-tam-thoi-1",
                "displayName", "Trần Thị B", "role", "UNIT", "unit", Map.of("id", unit))).status()).isEqualTo(201);

        var reset = admin.put("/api/v1/users/tranthib/password", Map.of("password", "qwertyuiop"), Map.of());
        assertThat(reset.status()).isEqualTo(400);
        assertThat(reset.json().get("errors").get(0).get("field").asString()).isEqualTo("password");
        var own = Api.withBasic(port, "tranthib", "Mat-khau-tam-thoi-1").post("/api/v1/account/password",
                Map.of("currentPassword", "Mat-khau-tam-thoi-1", "newPassword", "1234567890"));
        assertThat(own.status()).isEqualTo(400);
        assertThat(own.json().get("detail").asString()).contains("mật khẩu phổ biến");
    }
}
