package vn.nhiemvu.round.web;

import java.net.URI;
import java.time.Instant;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import vn.nhiemvu.identity.CurrentUser;
import vn.nhiemvu.round.InvitationLink;
import vn.nhiemvu.round.RoundInvitations;

/** The invitation link followed before any account exists (open to anyone: the token is the right, ADR 0045). */
@RestController
@RequestMapping("/api/v1/invitations")
@Tag(name = "Lời mời đầu mối", description = "Đường dẫn mời đầu mối của cơ quan được hỏi: một lần, có hạn, thu hồi "
        + "được; người nhận đặt mật khẩu và có tài khoản thuộc cơ quan mình")
class InvitationApiController {

    private final RoundInvitations invitations;

    InvitationApiController(RoundInvitations invitations) {
        this.invitations = invitations;
    }

    @GetMapping("/{token}")
    @Operation(summary = "Lời mời: đợt, cơ quan, hạn dùng; đường dẫn đã dùng, đã thu hồi hoặc hết hạn bị từ chối (409)")
    InvitationJson open(@PathVariable String token) {
        InvitationLink link = invitations.open(token);
        return new InvitationJson(link.roundTitle(), link.agencyName(), link.invitation().expiresAt());
    }

    @PostMapping("/{token}")
    @Operation(summary = "Nhận lời mời: tạo tài khoản đầu mối (tên đăng nhập, tên hiển thị, mật khẩu) thuộc cơ quan "
            + "được mời; đường dẫn dùng xong không dùng lại được")
    ResponseEntity<AccountJson> accept(@PathVariable String token, @RequestBody AcceptRequest request) {
        CurrentUser created = invitations.accept(token, request.username(), request.displayName(),
                request.password());
        return ResponseEntity.created(URI.create("/api/v1/account"))
                .body(new AccountJson(created.username(), created.displayName()));
    }

    record InvitationJson(String round, String agency, Instant expiresAt) {
    }

    record AcceptRequest(String username, String displayName, String password) {
    }

    record AccountJson(String username, String displayName) {
    }
}
