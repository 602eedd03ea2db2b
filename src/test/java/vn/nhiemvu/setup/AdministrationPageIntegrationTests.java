package vn.nhiemvu.setup;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import vn.nhiemvu.support.Api;
import vn.nhiemvu.support.FormSession;
import vn.nhiemvu.support.IntegrationTest;

/** The administrator's page on the demo data: accounts created there, a bad directory file refused with reasons. */
@IntegrationTest
class AdministrationPageIntegrationTests {

    @LocalServerPort
    int port;

    @Test
    void theAdministratorCreatesAnAccountForAUnitAndSetsAPassword() {
        var admin = FormSession.signIn(port, "admin");
        String page = admin.get("/admin").body();
        assertThat(page).contains("Quản trị hệ thống", "Bộ Thông tin và Truyền thông", "Cục Chuyển đổi số quốc gia", "Viện Chiến lược Thông tin và Truyền thông",
                "Nguyễn Mạnh Hùng", "vanphong");
        String vcl = Api.as(port, "admin").get("/api/v1/units").json().get("items").valueStream()
                .filter(u -> u.get("code").asString().equals("VCL")).findFirst().orElseThrow().get("id").asString();

        var created = admin.submit("/admin/users", page, Map.of("username", "vcl.tranvanb", "displayName",
                "Trần Văn B", "role", "UNIT", "unitId", vcl, "leaderId", "", "password", "mat-khau-ban-dau"));
        assertThat(created.statusCode()).isEqualTo(302);
        page = admin.get("/admin").body();
        assertThat(page).contains("Đã tạo tài khoản vcl.tranvanb.", "Trần Văn B");
        var signedIn = Api.withBasic(port, "vcl.tranvanb", "mat-khau-ban-dau").get("/api/v1/tasks?limit=1");
        assertThat(signedIn.status()).isEqualTo(200);

        page = admin.submit("/admin/users", page, Map.of("username", "x", "displayName", "", "role", "UNIT", "unitId", "",
                "leaderId", "", "password", "ngan")).body();
        assertThat(page).contains("Tên đăng nhập gồm 2–64 ký tự", "Tài khoản đơn vị cần đơn vị.");

        admin.submit("/admin/users/vcl.tranvanb/password", page, Map.of("password", "mat-khau-moi-2026"));
        assertThat(admin.get("/admin").body()).contains("Đã đặt mật khẩu mới cho vcl.tranvanb.");
        assertThat(Api.withBasic(port, "vcl.tranvanb", "mat-khau-moi-2026").get("/api/v1/tasks?limit=1").status())
                .isEqualTo(200);
    }

    @Test
    void aBadDirectoryFileIsRefusedOnThePageWithItsReasonsAndOnlyTheAdministratorComes() {
        var admin = FormSession.signIn(port, "admin");
        String page = admin.get("/admin").body();
        String units = Api.as(port, "admin").get("/api/v1/units").body();
        byte[] file = """
                {"units": [{"code": "MOI", "name": "Đơn vị mới", "kind": "DEPARTMENT", "parent": "KHONGCO"}]}
                """.getBytes(StandardCharsets.UTF_8);
        var refused = admin.upload("/admin/organization", "to-chuc.json", file, Map.of("_csrf", FormSession.csrf(page)));
        assertThat(refused.statusCode()).isEqualTo(302);
        assertThat(admin.get("/admin").body()).contains("Tệp bị từ chối, chưa ghi gì.", "units[0].parent",
                "Không có đơn vị cấp trên");
        assertThat(Api.as(port, "admin").get("/api/v1/units").body()).isEqualTo(units);

        admin.upload("/admin/organization", "hong.json", "không phải JSON".getBytes(StandardCharsets.UTF_8),
                Map.of("_csrf", FormSession.csrf(admin.get("/admin").body())));
        assertThat(admin.get("/admin").body()).contains("Tệp không phải danh mục tổ chức dạng JSON đọc được.");

        assertThat(FormSession.signIn(port, "vanphong").get("/admin").statusCode()).isEqualTo(403);
    }
}
