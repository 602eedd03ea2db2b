package vn.nhiemvu.notification.web;

import java.util.List;
import java.util.Map;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import vn.nhiemvu.identity.CurrentUser;
import vn.nhiemvu.notification.InAppNotice;
import vn.nhiemvu.notification.NotificationPreferences;
import vn.nhiemvu.notification.Notifications;
import vn.nhiemvu.notification.WebhookEndpoint;
import vn.nhiemvu.shared.InvalidInputException;
import vn.nhiemvu.shared.Message;

@RestController
@RequestMapping("/api/v1")
@Tag(name = "Thông báo", description = "Thông báo của tôi, lựa chọn nhận thông báo, địa chỉ nhận sự kiện (webhook)")
class NotificationApiController {

    private final Notifications notifications;

    NotificationApiController(Notifications notifications) {
        this.notifications = notifications;
    }

    @GetMapping("/notifications")
    @Operation(summary = "Thông báo gửi tôi trong ứng dụng, mới nhất trước")
    Map<String, Object> list(CurrentUser user, @RequestParam(defaultValue = "false") boolean unread,
            @RequestParam(defaultValue = "100") int limit) {
        return Map.of("items", notifications.inApp(user, unread, limit), "unread", notifications.unreadCount(user));
    }

    @PostMapping("/notifications/{id}/read")
    @Operation(summary = "Đánh dấu đã đọc")
    ResponseEntity<Void> read(CurrentUser user, @PathVariable long id) {
        notifications.markRead(user, id);
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/notifications/read-all")
    @Operation(summary = "Đánh dấu tất cả đã đọc")
    ResponseEntity<Void> readAll(CurrentUser user) {
        notifications.markAllRead(user);
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/notifications/preferences")
    @Operation(summary = "Lựa chọn nhận thông báo của tôi")
    NotificationPreferences preferences(CurrentUser user) {
        return notifications.preferences(user);
    }

    @PutMapping("/notifications/preferences")
    @Operation(summary = "Đặt lựa chọn nhận thông báo: loại thông báo không nhận, kênh (ứng dụng, thư điện tử)")
    NotificationPreferences updatePreferences(CurrentUser user, @RequestBody NotificationPreferences preferences) {
        return notifications.updatePreferences(user, preferences);
    }

    record NewWebhook(String url, String secret) {
    }

    @GetMapping("/webhooks")
    @Operation(summary = "Địa chỉ nhận sự kiện của cơ quan (Văn phòng Bộ, quản trị)")
    Map<String, List<WebhookEndpoint>> webhooks(CurrentUser user) {
        return Map.of("items", notifications.webhooks(user));
    }

    @PostMapping("/webhooks")
    @Operation(summary = "Đăng ký địa chỉ nhận sự kiện; nội dung ký HMAC-SHA256 bằng khóa bí mật, tiêu đề X-NhiemVu-Signature")
    ResponseEntity<WebhookEndpoint> addWebhook(CurrentUser user, @RequestBody(required = false) NewWebhook body) {
        if (body == null) {
            throw InvalidInputException.of("url", Message.of("invalid.notification.url.required"));
        }
        return ResponseEntity.status(201).body(notifications.addWebhook(user, body.url(), body.secret()));
    }

    @DeleteMapping("/webhooks/{id}")
    ResponseEntity<Void> removeWebhook(CurrentUser user, @PathVariable long id) {
        notifications.removeWebhook(user, id);
        return ResponseEntity.noContent().build();
    }
}
