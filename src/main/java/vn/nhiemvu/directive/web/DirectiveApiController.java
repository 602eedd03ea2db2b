package vn.nhiemvu.directive.web;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
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
    Items list(CurrentUser user, @RequestParam(required = false) String q) {
        return new Items(directives.list(user, q).stream().map(d -> json(d, false)).toList());
    }

    @GetMapping("/{id}")
    @Operation(summary = "Một văn bản, kèm toàn văn")
    DirectiveJson get(CurrentUser user, @PathVariable long id) {
        return directives.find(user, id).map(d -> json(d, true))
                .orElseThrow(() -> new NotFoundException("Không tìm thấy văn bản số " + id + "."));
    }

    @PostMapping
    @Operation(summary = "Nhập một văn bản chỉ đạo (Văn phòng Bộ)")
    ResponseEntity<DirectiveJson> create(CurrentUser user, @RequestBody DirectiveRequest request) {
        var issuer = request.issuer() == null ? new AgencyRef(null, null) : request.issuer();
        var directive = directives.record(user, new NewDirective(request.kind(), request.number(), issuer.id(),
                issuer.code(), request.issueDate(), request.signer(), request.summary(), request.fullText(),
                request.extensionCutoff()));
        return ResponseEntity.created(URI.create("/api/v1/directives/" + directive.id())).body(json(directive, true));
    }

    private DirectiveJson json(Directive d, boolean withText) {
        var issuer = organization.agency(d.issuerAgencyId())
                .map(a -> new AgencyJson(a.id(), a.code(), a.name())).orElse(null);
        return new DirectiveJson(d.id(), d.kind(), d.kind().label(), d.number(), issuer, d.issueDate(), d.signer(),
                d.summary(), withText ? d.fullText() : null, d.extensionCutoff(), d.version());
    }

    record Items(List<DirectiveJson> items) {
    }

    record AgencyRef(Long id, String code) {
    }

    record AgencyJson(long id, String code, String name) {
    }

    record DirectiveRequest(DirectiveKind kind, String number, AgencyRef issuer, LocalDate issueDate, String signer,
            String summary, String fullText, LocalDate extensionCutoff) {
    }

    record DirectiveJson(long id, DirectiveKind kind, String kindLabel, String number, AgencyJson issuer,
            LocalDate issueDate, String signer, String summary, String fullText, LocalDate extensionCutoff,
            long version) {
    }
}
