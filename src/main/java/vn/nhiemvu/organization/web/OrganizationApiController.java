package vn.nhiemvu.organization.web;

import java.util.List;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import vn.nhiemvu.identity.CurrentUser;
import vn.nhiemvu.identity.Role;
import vn.nhiemvu.organization.Agency;
import vn.nhiemvu.organization.Leader;
import vn.nhiemvu.organization.Organization;
import vn.nhiemvu.organization.OrganizationDirectory;
import vn.nhiemvu.organization.Unit;
import vn.nhiemvu.shared.ForbiddenException;
import vn.nhiemvu.shared.Message;

@RestController
@RequestMapping("/api/v1")
@Tag(name = "Tổ chức", description = "Cơ quan, đơn vị và Lãnh đạo Bộ")
class OrganizationApiController {

    private final Organization organization;

    OrganizationApiController(Organization organization) {
        this.organization = organization;
    }

    @GetMapping("/agencies")
    @Operation(summary = "Các cơ quan (Chính phủ, bộ, tỉnh)")
    Items<Agency> agencies() {
        return new Items<>(organization.agencies());
    }

    @GetMapping("/units")
    @Operation(summary = "Các đơn vị thuộc cơ quan của người dùng, theo cây tổ chức")
    Items<Unit> units(CurrentUser user) {
        return new Items<>(organization.units(user.agencyId()));
    }

    @GetMapping("/leaders")
    @Operation(summary = "Lãnh đạo Bộ và các đơn vị mỗi người phụ trách")
    Items<Leader> leaders(CurrentUser user) {
        return new Items<>(organization.leaders(user.agencyId()));
    }

    @PostMapping("/admin/organization")
    @Operation(summary = "Nạp danh mục tổ chức (cơ quan, đơn vị, lãnh đạo) từ tệp JSON; chỉ thêm những mục chưa có",
            description = "Cùng định dạng với demo/organization.json. Tệp có lỗi bị từ chối toàn bộ, kèm danh sách lỗi theo từng mục.")
    OrganizationDirectory.Applied apply(CurrentUser user, @RequestBody OrganizationDirectory directory) {
        if (user.role() != Role.ADMIN) {
            throw new ForbiddenException(Message.of("forbidden.organization.directory.admin-only"));
        }
        return organization.apply(directory, user.username());
    }

    record Items<T>(List<T> items) {
    }
}
