package vn.nhiemvu.notification.web;

import java.util.Arrays;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.http.MediaType;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.nhiemvu.identity.CurrentUser;
import vn.nhiemvu.monitoring.NoticeRule;
import vn.nhiemvu.notification.NotificationPreferences;
import vn.nhiemvu.notification.Notifications;
import vn.nhiemvu.notification.internal.InboxStream;
import vn.nhiemvu.shared.InvalidInputException;
import vn.nhiemvu.shared.Message;

/** "Thông báo của tôi": the person's notices and choices; the header's live count. */
@Controller
class NotificationPageController {

    private final Notifications notifications;
    private final InboxStream stream;

    NotificationPageController(Notifications notifications, InboxStream stream) {
        this.notifications = notifications;
        this.stream = stream;
    }

    @GetMapping("/notifications")
    String page(CurrentUser user, Model model) {
        model.addAttribute("notices", notifications.inApp(user, false, 200));
        model.addAttribute("prefs", notifications.preferences(user));
        // A focal person of an outside agency chooses among the notices that can reach them: the rounds'.
        model.addAttribute("ruleGroups", Arrays.stream(NoticeRule.values())
                .filter(r -> user.staff() || r.reachesRespondents())
                .collect(Collectors.groupingBy(NoticeRule::group, () -> new EnumMap<>(NoticeRule.Group.class),
                        Collectors.toList())));
        return "notifications/page";
    }

    /** From the inbox: the notice is read once opened, and leads to the task and the step it tells of. */
    @GetMapping("/notifications/{id}/open")
    String open(CurrentUser user, @PathVariable long id) {
        String link = notifications.open(user, id);
        // Links are the application's own paths; anything else stays on the list.
        return "redirect:" + (link.startsWith("/") && !link.startsWith("//") ? link : "/notifications");
    }

    @PostMapping("/notifications/{id}/read")
    String read(CurrentUser user, @PathVariable long id) {
        notifications.markRead(user, id);
        return "redirect:/notifications";
    }

    @PostMapping("/notifications/read-all")
    String readAll(CurrentUser user) {
        notifications.markAllRead(user);
        return "redirect:/notifications";
    }

    @PostMapping("/notifications/preferences")
    String preferences(CurrentUser user, @RequestParam(required = false) String email,
            @RequestParam(defaultValue = "false") boolean inApp, @RequestParam(defaultValue = "false") boolean byEmail,
            @RequestParam(required = false) List<NoticeRule> wanted, RedirectAttributes redirect) {
        Set<NoticeRule> muted = EnumSet.allOf(NoticeRule.class);
        if (wanted != null) {
            wanted.forEach(muted::remove);
        }
        try {
            notifications.updatePreferences(user, new NotificationPreferences(email, inApp, byEmail, muted));
            redirect.addFlashAttribute("flash", Message.of("notifications.flash.saved"));
        } catch (InvalidInputException e) {
            redirect.addFlashAttribute("flashError", e.words());
        }
        return "redirect:/notifications";
    }

    @GetMapping(path = "/notifications/stream", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
    @ResponseBody
    SseEmitter stream(CurrentUser user) {
        return stream.open(user);
    }
}
