package vn.nhiemvu.web;

import java.net.URI;
import java.util.HashMap;
import java.util.Locale;
import java.util.Optional;

import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.ModelAndView;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import vn.nhiemvu.shared.Message;

/**
 * Every error that ends here: those the server refused before any controller (a URL it could not decode, a
 * request too large), and those {@link ProblemDetailsAdvice} hands over for a person. People in a browser get the
 * error page in Vietnamese, inside the usual header, with what to do and a way back; the API and requests that
 * ask for JSON get the problem detail (RFC 9457) with the same words.
 */
@Controller
class ErrorPageController implements ErrorController {

    @RequestMapping("/error")
    Object error(HttpServletRequest request) {
        ProblemDetail problem = request.getAttribute(ProblemDetailsAdvice.PROBLEM) instanceof ProblemDetail given
                ? given : problem(request);
        if (!ProblemDetailsAdvice.wantsPage(request)) {
            return ResponseEntity.status(problem.getStatus()).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
        }
        var model = new HashMap<String, Object>();
        model.put("problem", problem);
        model.put("hint", hint(HttpStatus.valueOf(problem.getStatus())));
        back(request).ifPresent(back -> model.put("back", back));
        var page = new ModelAndView("error", model);
        page.setStatus(HttpStatus.valueOf(problem.getStatus()));
        return page;
    }

    /** The message code of what a person can do about it. */
    private static String hint(HttpStatus status) {
        return switch (status) {
            case NOT_FOUND -> "error.hint.not-found";
            case FORBIDDEN -> "error.hint.forbidden";
            case BAD_REQUEST, UNPROCESSABLE_CONTENT, METHOD_NOT_ALLOWED -> "error.hint.bad-input";
            case CONFLICT, PRECONDITION_FAILED -> "error.hint.conflict";
            case PAYLOAD_TOO_LARGE -> "error.hint.too-large";
            case SERVICE_UNAVAILABLE, TOO_MANY_REQUESTS -> "error.hint.busy";
            default -> status.is5xxServerError() ? "error.hint.server" : "error.hint.other";
        };
    }

    /** The page the person came from, when it is one of ours (never a link elsewhere). */
    private static Optional<String> back(HttpServletRequest request) {
        String referer = request.getHeader(HttpHeaders.REFERER);
        if (referer == null) {
            return Optional.empty();
        }
        try {
            URI uri = URI.create(referer);
            String self = request.getServerName();
            if (uri.getHost() == null || !uri.getHost().equalsIgnoreCase(self) || uri.getRawPath() == null) {
                return Optional.empty();
            }
            return Optional.of(uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery()));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static ProblemDetail problem(HttpServletRequest request) {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        HttpStatus status = code instanceof Integer value && HttpStatus.resolve(value) != null
                ? HttpStatus.valueOf(value) : HttpStatus.INTERNAL_SERVER_ERROR;
        Object refusal = request.getAttribute(InputConfiguration.REFUSAL);
        Locale locale = ProblemDetailsAdvice.language(request);
        Message words = refusal instanceof Message given ? given : Message.of(switch (status) {
            case BAD_REQUEST -> "problem.bad-request.unreadable";
            case NOT_FOUND -> "problem.no-address";
            case UNAUTHORIZED -> "problem.unauthenticated.short";
            case FORBIDDEN -> "problem.forbidden.address";
            case PAYLOAD_TOO_LARGE -> "problem.too-large.data";
            default -> status.is4xxClientError() ? "problem.bad-request" : "problem.internal";
        });
        String detail = words.in(locale);
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setTitle(ProblemDetailsAdvice.title(status, locale));
        problem.setType(URI.create("urn:nhiemvu:problem:" + (status.is5xxServerError() ? "internal" : "bad-request")));
        Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        if (uri != null) {
            try {
                problem.setInstance(URI.create(uri.toString()));
            } catch (IllegalArgumentException e) {
                // the very URL that could not be decoded; the problem is clear without it
            }
        }
        return problem;
    }
}
