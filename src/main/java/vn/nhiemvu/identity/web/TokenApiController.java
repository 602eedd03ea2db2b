package vn.nhiemvu.identity.web;

import java.net.URI;
import java.util.List;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import vn.nhiemvu.identity.ApiTokens;
import vn.nhiemvu.identity.CurrentUser;

@RestController
@RequestMapping("/api/v1/tokens")
@Tag(name = "Mã truy cập API", description = "Mã cá nhân cho chương trình gọi API (Authorization: Bearer …)")
class TokenApiController {

    private final ApiTokens tokens;

    TokenApiController(ApiTokens tokens) {
        this.tokens = tokens;
    }

    @PostMapping
    @Operation(summary = "Tạo mã; giá trị token chỉ trả về một lần này")
    ResponseEntity<ApiTokens.IssuedToken> create(CurrentUser user, @RequestBody(required = false) NameRequest request) {
        var issued = tokens.create(user, request == null ? null : request.name());
        return ResponseEntity.created(URI.create("/api/v1/tokens/" + issued.id())).body(issued);
    }

    @GetMapping
    @Operation(summary = "Các mã của tôi (không có giá trị token)")
    TokenItems list(CurrentUser user) {
        return new TokenItems(tokens.list(user));
    }

    @DeleteMapping("/{id}")
    @Operation(summary = "Thu hồi một mã")
    ResponseEntity<Void> revoke(CurrentUser user, @PathVariable long id) {
        tokens.revoke(user, id);
        return ResponseEntity.noContent().build();
    }

    record NameRequest(String name) {
    }

    record TokenItems(List<ApiTokens.TokenInfo> items) {
    }
}
