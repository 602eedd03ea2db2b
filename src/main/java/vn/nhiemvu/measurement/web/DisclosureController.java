package vn.nhiemvu.measurement.web;

import java.util.List;
import java.util.concurrent.TimeUnit;

import org.springframework.http.CacheControl;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseBody;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;
import vn.nhiemvu.identity.CurrentUser;
import vn.nhiemvu.measurement.Disclosure;

/**
 * Public disclosure: the Office's choices through the API, and the agency's public page {@code /public/{agency}},
 * open without sign-in (the security configuration lets {@code /public/*} through), showing only what was chosen.
 */
@Controller
@Tag(name = "Công khai", description = "Lĩnh vực, chỉ tiêu cơ quan chọn công khai trên trang không cần đăng nhập")
class DisclosureController {

    private final Disclosure disclosure;

    DisclosureController(Disclosure disclosure) {
        this.disclosure = disclosure;
    }

    @GetMapping("/api/v1/publications")
    @ResponseBody
    @Operation(summary = "Các lĩnh vực, chỉ tiêu đang công khai")
    Disclosure.Choices choices(CurrentUser user) {
        return disclosure.choices(user);
    }

    @PutMapping("/api/v1/publications")
    @ResponseBody
    @Operation(summary = "Chọn đúng các lĩnh vực, chỉ tiêu công khai (Văn phòng Bộ, quản trị hệ thống): "
            + "{\"areas\": [\"PHAPLUAT\"], \"indicators\": [\"GIAINGAN\"]}")
    ResponseEntity<Disclosure.Choices> publish(CurrentUser user, @RequestBody ChoicesRequest request) {
        return ResponseEntity.ok(disclosure.publish(user, request.areas(), request.indicators()));
    }

    @GetMapping("/public/{agency}")
    String board(@PathVariable String agency, Model model, HttpServletResponse response) {
        model.addAttribute("board", disclosure.board(agency));
        response.setHeader("Cache-Control", CacheControl.maxAge(5, TimeUnit.MINUTES).cachePublic().getHeaderValue());
        return "measurement/public";
    }

    record ChoicesRequest(List<String> areas, List<String> indicators) {
    }
}
