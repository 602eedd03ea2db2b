package vn.nhiemvu.identity.web;

import java.net.URI;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import vn.nhiemvu.identity.Accounts;
import vn.nhiemvu.identity.CurrentUser;
import vn.nhiemvu.identity.Role;

@RestController
@RequestMapping("/api/v1")
@Tag(name = "Tài khoản", description = "Đổi mật khẩu; quản trị hệ thống tạo tài khoản và đặt lại mật khẩu")
class AccountApiController {

    private final Accounts accounts;

    AccountApiController(Accounts accounts) {
        this.accounts = accounts;
    }

    @PostMapping("/account/password")
    @Operation(summary = "Đổi mật khẩu của chính mình (ít nhất 10 ký tự)")
    ResponseEntity<Void> changePassword(CurrentUser user, @RequestBody PasswordChange body) {
        accounts.changePassword(user, body.currentPassword(), body.newPassword());
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/users")
    @Operation(summary = "Tạo tài khoản (quản trị hệ thống)")
    ResponseEntity<CurrentUser> create(CurrentUser admin, @RequestBody NewAccount body) {
        CurrentUser created = accounts.create(admin, body.username(), body.password(), body.displayName(),
                body.role(), body.unit() == null ? null : body.unit().id(),
                body.leader() == null ? null : body.leader().id());
        return ResponseEntity.created(URI.create("/api/v1/users/" + created.username())).body(created);
    }

    @PutMapping("/users/{username}/password")
    @Operation(summary = "Đặt lại mật khẩu của một tài khoản (quản trị hệ thống)")
    ResponseEntity<Void> resetPassword(CurrentUser admin, @PathVariable String username,
            @RequestBody PasswordReset body) {
        accounts.resetPassword(admin, username, body.password());
        return ResponseEntity.noContent().build();
    }

    record PasswordChange(String currentPassword, String newPassword) {
    }

    record PasswordReset(String password) {
    }

    record IdRef(Long id) {
    }

    record NewAccount(String username, String password, String displayName, Role role, IdRef unit, IdRef leader) {
    }
}
