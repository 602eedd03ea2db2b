package vn.nhiemvu.web;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

import vn.nhiemvu.identity.Accounts;
import vn.nhiemvu.identity.CurrentUser;
import vn.nhiemvu.inbox.Inbox;

/** Puts the signed-in user ("me"), their menu and their inbox count in every page's model, for the header. */
@ControllerAdvice(annotations = Controller.class)
class CurrentUserModelAdvice {

    private final Accounts accounts;
    private final Inbox inbox;

    CurrentUserModelAdvice(Accounts accounts, Inbox inbox) {
        this.accounts = accounts;
        this.inbox = inbox;
    }

    @ModelAttribute("me")
    CurrentUser me() {
        return accounts.signedIn().orElse(null);
    }

    /** The header's menu for the user on this page; only pages render it. */
    @ModelAttribute("navigation")
    Navigation.Menu navigation(jakarta.servlet.http.HttpServletRequest request) {
        if (request.getRequestURI().startsWith("/api/")) {
            return null;
        }
        Object original = request.getAttribute(jakarta.servlet.RequestDispatcher.ERROR_REQUEST_URI);
        String path = original != null ? original.toString() : request.getRequestURI();
        return accounts.signedIn().map(user -> Navigation.of(user, path.substring(request.getContextPath().length())))
                .orElse(null);
    }

    /** How many things wait for the user, for the header; only pages render it. */
    @ModelAttribute("inboxCount")
    Integer inboxCount(jakarta.servlet.http.HttpServletRequest request) {
        if (request.getRequestURI().startsWith("/api/")) {
            return null;
        }
        return accounts.signedIn().map(user -> inbox.of(user).size()).orElse(null);
    }
}
