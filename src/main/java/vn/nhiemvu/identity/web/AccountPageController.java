package vn.nhiemvu.identity.web;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.nhiemvu.identity.Accounts;
import vn.nhiemvu.identity.CurrentUser;
import vn.nhiemvu.shared.InvalidInputException;

/** The signed-in user's own account: changing the password. */
@Controller
class AccountPageController {

    private final Accounts accounts;

    AccountPageController(Accounts accounts) {
        this.accounts = accounts;
    }

    @GetMapping("/account")
    String page() {
        return "account";
    }

    @PostMapping("/account/password")
    String changePassword(CurrentUser user, @RequestParam(required = false) String currentPassword,
            @RequestParam(required = false) String newPassword, @RequestParam(required = false) String confirmation,
            RedirectAttributes redirect) {
        try {
            if (newPassword == null || !newPassword.equals(confirmation)) {
                throw InvalidInputException.of("confirmation", "Mật khẩu nhập lại không khớp.");
            }
            accounts.changePassword(user, currentPassword, newPassword);
            redirect.addFlashAttribute("flash", "Đã đổi mật khẩu.");
        } catch (InvalidInputException e) {
            redirect.addFlashAttribute("flashError", e.getMessage());
        }
        return "redirect:/account";
    }
}
