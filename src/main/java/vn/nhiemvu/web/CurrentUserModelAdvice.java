package vn.nhiemvu.web;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

import vn.nhiemvu.identity.Accounts;
import vn.nhiemvu.identity.CurrentUser;

/** Puts the signed-in user ("me") in every page's model, for the header. */
@ControllerAdvice(annotations = Controller.class)
class CurrentUserModelAdvice {

    private final Accounts accounts;

    CurrentUserModelAdvice(Accounts accounts) {
        this.accounts = accounts;
    }

    @ModelAttribute("me")
    CurrentUser me() {
        return accounts.signedIn().orElse(null);
    }
}
