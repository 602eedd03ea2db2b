package vn.nhiemvu.web;

import java.net.URI;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.dao.DataAccessException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MissingRequestHeaderException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import org.springframework.web.servlet.resource.NoResourceFoundException;
import org.springframework.web.servlet.support.RequestContextUtils;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import vn.nhiemvu.identity.LoginThrottled;
import vn.nhiemvu.shared.ConflictException;
import vn.nhiemvu.shared.ForbiddenException;
import vn.nhiemvu.shared.InputRules;
import vn.nhiemvu.shared.InvalidInputException;
import vn.nhiemvu.shared.Message;
import vn.nhiemvu.shared.NotFoundException;
import vn.nhiemvu.shared.Worded;

/**
 * Turns every error into an RFC 9457 problem detail with per-field {@code errors} where input was at fault. Pages
 * get an error page instead. No input should reach the last handler, which answers 500 and logs the cause.
 * <p>
 * Bad input (a {@code validation} problem: its title, detail and errors) is worded in the reader's
 * language (ADR 0033): the page's language (the {@code lang} cookie); without that cookie, a request to the API
 * gets English when its {@code Accept-Language} prefers English; everyone else Vietnamese. Refusals (not found,
 * forbidden, conflicts) carry their words as a {@link Worded} message and are worded the same way, and so are the
 * problems the application words itself (not signed in, too many sign-ins, a race on the data, busy, unexpected).
 */
@ControllerAdvice
class ProblemDetailsAdvice extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ProblemDetailsAdvice.class);
    private static final String TYPE_PREFIX = "urn:nhiemvu:problem:";
    /** The request attribute that hands a problem to the error page. */
    static final String PROBLEM = "nhiemvu.problem";
    private static final List<Locale> LANGUAGES = List.of(Message.VIETNAMESE, Locale.ENGLISH);

    private final MessageSource messages;

    ProblemDetailsAdvice(MessageSource messages) {
        this.messages = messages;
    }

    @ExceptionHandler(InvalidInputException.class)
    Object invalidInput(InvalidInputException e, HttpServletRequest request) {
        Locale locale = language(request);
        return answer(request, problem(HttpStatus.BAD_REQUEST, "validation", summary(e.errors(), locale),
                e.errors(), locale));
    }

    @ExceptionHandler(NotFoundException.class)
    Object notFound(NotFoundException e, HttpServletRequest request) {
        return answer(request, problem(HttpStatus.NOT_FOUND, "not-found", e, request));
    }

    @ExceptionHandler(ForbiddenException.class)
    Object forbidden(ForbiddenException e, HttpServletRequest request) {
        return answer(request, problem(HttpStatus.FORBIDDEN, "forbidden", e, request));
    }

    @ExceptionHandler(ConflictException.class)
    Object conflict(ConflictException e, HttpServletRequest request) {
        ProblemDetail problem = switch (e.kind()) {
            case STALE_VERSION -> problem(HttpStatus.PRECONDITION_FAILED, "stale-version", e, request);
            case VERSION_REQUIRED -> problem(HttpStatus.PRECONDITION_REQUIRED, "version-required", e, request);
            case STATE -> problem(HttpStatus.CONFLICT, "conflict", e, request);
        };
        e.properties().forEach(problem::setProperty);
        return answer(request, problem);
    }

    @ExceptionHandler(LoginThrottled.class)
    ResponseEntity<ProblemDetail> throttled(LoginThrottled e, HttpServletRequest request) {
        return ResponseEntity.status(HttpStatus.TOO_MANY_REQUESTS)
                .header(HttpHeaders.RETRY_AFTER, Long.toString(Math.max(1, e.retryAfter().toSeconds())))
                .body(problem(HttpStatus.TOO_MANY_REQUESTS, "login-throttled", e, request));
    }

    @ExceptionHandler(AuthenticationException.class)
    ResponseEntity<ProblemDetail> unauthenticated(AuthenticationException e, HttpServletRequest request) {
        return ResponseEntity.status(HttpStatus.UNAUTHORIZED)
                .header(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"Nhiem vu\", Bearer")
                .body(problem(HttpStatus.UNAUTHORIZED, "unauthenticated", Message.of("problem.unauthenticated"),
                        request));
    }

    @ExceptionHandler(AccessDeniedException.class)
    Object accessDenied(AccessDeniedException e, HttpServletRequest request) {
        return answer(request, problem(HttpStatus.FORBIDDEN, "forbidden", Message.of("problem.access-denied"), request));
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ResponseEntity<ProblemDetail> typeMismatch(MethodArgumentTypeMismatchException e, HttpServletRequest request) {
        Message expected = Message.of(e.getRequiredType() == LocalDate.class ? "problem.expected.iso-date"
                : Number.class.isAssignableFrom(UnreadableBody.boxed(e.getRequiredType())) ? "problem.expected.integer"
                        : "problem.expected.valid");
        Message message = e.getMostSpecificCause() instanceof InputRules.Refused refused
                ? Message.of("problem.parameter.refused", e.getName(), refused.words())
                : Message.of("problem.parameter.invalid", e.getName(), String.valueOf(e.getValue()), expected);
        Locale locale = language(request);
        var errors = List.of(new InvalidInputException.FieldError(e.getName(), message));
        return ResponseEntity.badRequest().body(problem(HttpStatus.BAD_REQUEST, "validation", summary(errors, locale),
                errors, locale));
    }

    @ExceptionHandler(DataIntegrityViolationException.class)
    ResponseEntity<ProblemDetail> integrity(DataIntegrityViolationException e, HttpServletRequest request) {
        // Input is checked before it is written; reaching here means two requests raced.
        log.warn("Integrity violation that validation did not catch", e);
        return ResponseEntity.status(HttpStatus.CONFLICT)
                .body(problem(HttpStatus.CONFLICT, "conflict", Message.of("problem.integrity"), request));
    }

    @ExceptionHandler({ TransientDataAccessException.class, CannotGetJdbcConnectionException.class })
    Object busy(DataAccessException e, HttpServletRequest request, HttpServletResponse response) {
        // A lock or a connection not had in time: nothing was written (the transaction rolled back); a retry is safe.
        log.warn("Database busy on {} {}: {}", request.getMethod(), request.getRequestURI(), e.getMessage());
        response.setHeader(HttpHeaders.RETRY_AFTER, "1");
        return answer(request, problem(HttpStatus.SERVICE_UNAVAILABLE, "busy", Message.of("problem.busy"), request));
    }

    @ExceptionHandler(Exception.class)
    Object unexpected(Exception e, HttpServletRequest request) {
        log.error("Unexpected error on {} {}", request.getMethod(), request.getRequestURI(), e);
        return answer(request, problem(HttpStatus.INTERNAL_SERVER_ERROR, "internal", Message.of("problem.internal"),
                request));
    }

    /** Spring MVC's own exceptions (an unknown address among them): same shape, Vietnamese words. */
    @Override
    protected ResponseEntity<Object> handleExceptionInternal(Exception e, Object body, HttpHeaders headers,
            HttpStatusCode status, WebRequest request) {
        List<InvalidInputException.FieldError> errors = new ArrayList<>();
        Message detail = detail(e, errors);
        HttpStatus resolved = HttpStatus.valueOf(status.value());
        Locale locale = request instanceof ServletWebRequest servlet ? language(servlet.getRequest())
                : Message.VIETNAMESE;
        ProblemDetail problem = problem(resolved, status.is4xxClientError() && errors.isEmpty()
                ? slug(resolved) : "validation", messages.getMessage(detail, locale), errors, locale);
        if (request instanceof ServletWebRequest servlet && wantsPage(servlet.getRequest())) {
            headers.forEach((name, values) -> values.forEach(v -> servlet.getResponse().addHeader(name, v)));
            toErrorPage(servlet.getRequest(), problem);
            try {
                servlet.getRequest().getRequestDispatcher("/error").forward(servlet.getRequest(), servlet.getResponse());
            } catch (jakarta.servlet.ServletException | java.io.IOException failed) {
                log.warn("Error page not shown for {}", servlet.getRequest().getRequestURI(), failed);
            }
            return null;
        }
        return ResponseEntity.status(status).headers(headers).body(problem);
    }

    private Message detail(Exception e, List<InvalidInputException.FieldError> errors) {
        if (e instanceof HttpMessageNotReadableException unreadable) {
            return UnreadableBody.detail(unreadable, errors);
        }
        if (e instanceof MissingServletRequestParameterException missing) {
            return UnreadableBody.field(errors, missing.getParameterName(),
                    Message.of("problem.parameter.missing", missing.getParameterName()));
        }
        if (e instanceof MissingRequestHeaderException missing) {
            return Message.of("problem.header.missing", missing.getHeaderName());
        }
        if (e instanceof HandlerMethodValidationException) {
            return Message.of("problem.parameters.invalid");
        }
        if (e instanceof HttpRequestMethodNotSupportedException method) {
            return Message.of("problem.method", method.getMethod());
        }
        if (e instanceof HttpMediaTypeNotSupportedException) {
            return Message.of("problem.media-type.unsupported");
        }
        if (e instanceof HttpMediaTypeNotAcceptableException) {
            return Message.of("problem.media-type.not-acceptable");
        }
        if (e instanceof NoResourceFoundException) {
            return Message.of("problem.no-address");
        }
        if (e instanceof MaxUploadSizeExceededException) {
            return Message.of("problem.too-large");
        }
        log.warn("Request failed: {}", e.toString());
        return Message.of("problem.bad-request");
    }

    private String summary(List<InvalidInputException.FieldError> errors, Locale locale) {
        if (errors.size() == 1) {
            return messages.getMessage(errors.get(0).message(), locale);
        }
        return messages.getMessage(Message.of("problem.errors", errors.size(), String.join(" ",
                errors.stream().map(error -> messages.getMessage(error.message(), locale)).toList())), locale);
    }

    /** A refusal with its words (not found, forbidden, a conflict): title and detail in the reader's language. */
    private ProblemDetail problem(HttpStatus status, String slug, Worded refusal, HttpServletRequest request) {
        return problem(status, slug, refusal.words(), request);
    }

    /** A problem without errors on fields: title and detail in the reader's language. */
    private ProblemDetail problem(HttpStatus status, String slug, Message detail, HttpServletRequest request) {
        Locale locale = language(request);
        return problem(status, slug, messages.getMessage(detail, locale), List.of(), locale);
    }

    private ProblemDetail problem(HttpStatus status, String slug, String detail,
            List<InvalidInputException.FieldError> errors, Locale locale) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(URI.create(TYPE_PREFIX + slug));
        problem.setTitle(messages.getMessage(titleOf(status), locale));
        if (!errors.isEmpty()) {
            problem.setProperty("errors", errors.stream()
                    .map(error -> new Shown(error.field(), messages.getMessage(error.message(), locale))).toList());
        }
        return problem;
    }

    /** A field's error as the problem shows it. */
    record Shown(String field, String message) {
    }

    /**
     * The reader's language for a problem: the page's when the person chose one (the cookie, or {@code ?lang=} on
     * this request); else, for the API, English when {@code Accept-Language} prefers it to Vietnamese; else Vietnamese.
     */
    static Locale language(HttpServletRequest request) {
        // Without the application's resolver (outside the dispatcher) Spring would take the browser's language.
        Locale chosen = RequestContextUtils.getLocaleResolver(request) != null ? RequestContextUtils.getLocale(request)
                : Message.VIETNAMESE;
        if (Locale.ENGLISH.getLanguage().equals(chosen.getLanguage())) {
            return Locale.ENGLISH;
        }
        boolean choice = request.getParameter(LocaleConfiguration.PARAMETER) != null || request.getCookies() != null
                && java.util.Arrays.stream(request.getCookies()).map(Cookie::getName)
                        .anyMatch(LocaleConfiguration.COOKIE::equals);
        String accept = request.getHeader(HttpHeaders.ACCEPT_LANGUAGE);
        if (choice || accept == null || wantsPage(request) || !isApi(request)) {
            return Message.VIETNAMESE;
        }
        try {
            Locale best = Locale.lookup(Locale.LanguageRange.parse(accept), LANGUAGES);
            return best != null && Locale.ENGLISH.getLanguage().equals(best.getLanguage()) ? Locale.ENGLISH
                    : Message.VIETNAMESE;
        } catch (IllegalArgumentException malformed) {
            return Message.VIETNAMESE;
        }
    }

    private static boolean isApi(HttpServletRequest request) {
        Object original = request.getAttribute(jakarta.servlet.RequestDispatcher.ERROR_REQUEST_URI);
        String uri = original != null ? original.toString() : request.getRequestURI();
        return uri.substring(Math.min(uri.length(), request.getContextPath().length())).startsWith("/api/");
    }

    /** API callers get the problem; people in a browser get the error page with the same words. */
    private static Object answer(HttpServletRequest request, ProblemDetail problem) {
        if (!wantsPage(request)) {
            return ResponseEntity.status(problem.getStatus()).body(problem);
        }
        toErrorPage(request, problem);
        return new ModelAndView("forward:/error");
    }

    /**
     * Whether the error goes to a person (the HTML error page) rather than a program (the problem detail): not the
     * API nor the actuator, and not a request that asks for JSON (the pages' own fetches) rather than HTML.
     */
    static boolean wantsPage(HttpServletRequest request) {
        Object original = request.getAttribute(jakarta.servlet.RequestDispatcher.ERROR_REQUEST_URI);
        String uri = original != null ? original.toString() : request.getRequestURI();
        String path = uri.substring(Math.min(uri.length(), request.getContextPath().length()));
        if (path.startsWith("/api/") || path.startsWith("/actuator/")) {
            return false;
        }
        String accept = request.getHeader(HttpHeaders.ACCEPT);
        return accept == null || accept.contains("text/html") || !accept.contains("json");
    }

    /** The problem for the error page ({@link ErrorPageController}) to show, with its status. */
    private static void toErrorPage(HttpServletRequest request, ProblemDetail problem) {
        request.setAttribute(PROBLEM, problem);
        request.setAttribute(jakarta.servlet.RequestDispatcher.ERROR_STATUS_CODE, problem.getStatus());
        request.setAttribute(jakarta.servlet.RequestDispatcher.ERROR_REQUEST_URI, request.getRequestURI());
    }

    private static String slug(HttpStatus status) {
        return switch (status) {
            case NOT_FOUND -> "not-found";
            case METHOD_NOT_ALLOWED -> "method-not-allowed";
            case UNSUPPORTED_MEDIA_TYPE -> "unsupported-media-type";
            case NOT_ACCEPTABLE -> "not-acceptable";
            default -> "bad-request";
        };
    }

    /** The problem's title in the reader's language (the error page and the idempotency filter). */
    static String title(HttpStatus status, Locale locale) {
        return titleOf(status).in(locale);
    }

    private static Message titleOf(HttpStatus status) {
        return switch (status) {
            case BAD_REQUEST, UNAUTHORIZED, FORBIDDEN, NOT_FOUND, METHOD_NOT_ALLOWED, NOT_ACCEPTABLE, CONFLICT,
                    PRECONDITION_FAILED, UNSUPPORTED_MEDIA_TYPE, PRECONDITION_REQUIRED, PAYLOAD_TOO_LARGE,
                    TOO_MANY_REQUESTS, INTERNAL_SERVER_ERROR, SERVICE_UNAVAILABLE, UNPROCESSABLE_CONTENT ->
                Message.of("problem.title." + status.value());
            default -> Message.text(status.getReasonPhrase());
        };
    }
}
