package vn.nhiemvu.identity.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.nhiemvu.identity.Accounts;
import vn.nhiemvu.identity.CurrentUser;
import vn.nhiemvu.shared.FormErrors;
import vn.nhiemvu.shared.InvalidInputException;
import vn.nhiemvu.shared.Message;

/** The signed-in user's own account: changing the password. */
@Controller
class AccountPageController {

    private final Accounts accounts;

    AccountPageController(Accounts accounts) {
        this.accounts = accounts;
    }

    @GetMapping("/account")
    String page(Model model) {
        if (!model.containsAttribute("errors")) {
            model.addAttribute("errors", FormErrors.NONE);
        }
        return "account";
    }

    /** A refusal shows the page again with the reason beside its field; passwords are never written back into a page. */
    @PostMapping("/account/password")
    String changePassword(CurrentUser user, @RequestParam(required = false) String currentPassword,
            @RequestParam(required = false) String newPassword, @RequestParam(required = false) String confirmation,
            Model model, RedirectAttributes redirect) {
        try {
            if (newPassword == null || !newPassword.equals(confirmation)) {
                throw InvalidInputException.of("confirmation", Message.of("invalid.identity.confirmation.invalid"));
            }
            accounts.changePassword(user, currentPassword, newPassword);
        } catch (InvalidInputException e) {
            model.addAttribute("errors", FormErrors.of(e));
            return page(model);
        }
        redirect.addFlashAttribute("flash", "account.password.changed");
        return "redirect:/account";
    }
}
