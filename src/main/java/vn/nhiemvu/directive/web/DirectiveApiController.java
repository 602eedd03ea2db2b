package vn.nhiemvu.directive.web;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;

import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import vn.nhiemvu.directive.Directive;
import vn.nhiemvu.directive.DirectiveKind;
import vn.nhiemvu.directive.Directives;
import vn.nhiemvu.directive.NewDirective;
import vn.nhiemvu.identity.CurrentUser;
import vn.nhiemvu.organization.Organization;
import vn.nhiemvu.shared.ETags;
import vn.nhiemvu.shared.Message;
import vn.nhiemvu.shared.NotFoundException;

@RestController
@RequestMapping("/api/v1/directives")
@Tag(name = "Văn bản chỉ đạo", description = "Chỉ thị, Nghị quyết, Quyết định, Công văn… giao nhiệm vụ")
class DirectiveApiController {

    private final Directives directives;
    private final Organization organization;

    DirectiveApiController(Directives directives, Organization organization) {
        this.directives = directives;
        this.organization = organization;
    }

    @GetMapping
    @Operation(summary = "Danh sách văn bản, mới nhất trước; q tìm theo số, ký hiệu và trích yếu (không phân biệt dấu)")
    DirectiveItems list(CurrentUser user, @RequestParam(required = false) String q) {
        return new DirectiveItems(directives.list(user, q).stream().map(d -> json(d, false)).toList());
    }

    @GetMapping("/{id}")
    @Operation(summary = "Một văn bản, kèm toàn văn; ETag là phiên bản hiện tại")
    ResponseEntity<DirectiveJson> get(CurrentUser user, @PathVariable long id) {
        Directive directive = directives.find(user, id)
                .orElseThrow(() -> new NotFoundException(Message.of("notfound.directive.directive.unknown", id)));
        return ResponseEntity.ok().eTag(ETags.of(directive.version())).body(json(directive, true));
    }

    @PutMapping("/{id}")
    @Operation(summary = "Sửa văn bản (Văn phòng Bộ); bắt buộc If-Match bằng ETag đã đọc, nếu đã cũ trả 412")
    ResponseEntity<DirectiveJson> update(CurrentUser user, @PathVariable long id,
            @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch,
            @RequestBody DirectiveRequest request) {
        Directive directive = directives.update(user, id, ETags.version(ifMatch), request.toNew());
        return ResponseEntity.ok().eTag(ETags.of(directive.version())).body(json(directive, true));
    }

    @PostMapping
    @Operation(summary = "Nhập một văn bản chỉ đạo (Văn phòng Bộ)")
    ResponseEntity<DirectiveJson> create(CurrentUser user, @RequestBody DirectiveRequest request) {
        var directive = directives.record(user, request.toNew());
        return ResponseEntity.created(URI.create("/api/v1/directives/" + directive.id()))
                .eTag(ETags.of(directive.version())).body(json(directive, true));
    }

    private DirectiveJson json(Directive d, boolean withText) {
        var issuer = organization.agency(d.issuerAgencyId())
                .map(a -> new AgencyJson(a.id(), a.code(), a.name())).orElse(null);
        return new DirectiveJson(d.id(), d.kind(), d.kind().label(), d.number(), issuer, d.issueDate(), d.signer(),
                d.summary(), withText ? d.fullText() : null, d.extensionCutoff(), d.version());
    }

    record DirectiveItems(List<DirectiveJson> items) {
    }

    record AgencyRef(Long id, String code) {
    }

    record AgencyJson(long id, String code, String name) {
    }

    record DirectiveRequest(DirectiveKind kind, String number, AgencyRef issuer, LocalDate issueDate, String signer,
            String summary, String fullText, LocalDate extensionCutoff) {

        NewDirective toNew() {
            var ref = issuer == null ? new AgencyRef(null, null) : issuer;
            return new NewDirective(kind, number, ref.id(), ref.code(), issueDate, signer, summary, fullText,
                    extensionCutoff);
        }
    }

    record DirectiveJson(long id, DirectiveKind kind, String kindLabel, String number, AgencyJson issuer,
            LocalDate issueDate, String signer, String summary, String fullText, LocalDate extensionCutoff,
            long version) {
    }
}
