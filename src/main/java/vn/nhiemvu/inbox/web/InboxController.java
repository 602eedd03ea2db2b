package vn.nhiemvu.inbox.web;

import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ResponseBody;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import vn.nhiemvu.identity.CurrentUser;
import vn.nhiemvu.inbox.Inbox;
import vn.nhiemvu.inbox.InboxItem;

@Controller
@Tag(name = "Việc cần xử lý", description = "Những việc đang chờ người dùng")
class InboxController {

    private final Inbox inbox;

    InboxController(Inbox inbox) {
        this.inbox = inbox;
    }

    @GetMapping("/api/v1/inbox")
    @ResponseBody
    @Operation(summary = "Những việc đang chờ tôi xử lý, cũ nhất trước")
    Map<String, List<InboxItem>> api(CurrentUser user) {
        return Map.of("items", inbox.of(user));
    }

    @GetMapping("/inbox")
    String page(CurrentUser user, Model model) {
        model.addAttribute("items", inbox.of(user));
        return "inbox";
    }
}
