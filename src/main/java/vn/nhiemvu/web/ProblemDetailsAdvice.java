package vn.nhiemvu.web;

import java.net.URI;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
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

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import tools.jackson.core.JacksonException;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;
import vn.nhiemvu.identity.LoginThrottled;
import vn.nhiemvu.shared.ConflictException;
import vn.nhiemvu.shared.ForbiddenException;
import vn.nhiemvu.shared.InputRules;
import vn.nhiemvu.shared.InvalidInputException;
import vn.nhiemvu.shared.NotFoundException;

/**
 * Turns every error into an RFC 9457 problem detail whose {@code title} and {@code detail} are
 * Vietnamese, with per-field {@code errors} where input was at fault. Pages get an error page
 * instead. No input should reach the last handler, which answers 500 and logs the cause.
 */
@ControllerAdvice
class ProblemDetailsAdvice extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ProblemDetailsAdvice.class);
    private static final String TYPE_PREFIX = "urn:nhiemvu:problem:";
    /** The request attribute that hands a problem to the error page. */
    static final String PROBLEM = "nhiemvu.problem";

    @ExceptionHandler(InvalidInputException.class)
    Object invalidInput(InvalidInputException e, HttpServletRequest request) {
        return answer(request, problem(HttpStatus.BAD_REQUEST, "validation", summary(e.errors()), e.errors()));
    }

    @ExceptionHandler(NotFoundException.class)
    Object notFound(NotFoundException e, HttpServletRequest request) {
        return answer(request, problem(HttpStatus.NOT_FOUND, "not-found", e.getMessage(), List.of()));
    }

    @ExceptionHandler(ForbiddenException.class)
    Object forbidden(ForbiddenException e, HttpServletRequest request) {
        return answer(request, problem(HttpStatus.FORBIDDEN, "forbidden", e.getMessage(), List.of()));
    }

    @ExceptionHandler(ConflictException.class)
    Object conflict(ConflictException e, HttpServletRequest request) {
        ProblemDetail problem = switch (e.kind()) {
            case STALE_VERSION -> problem(HttpStatus.PRECONDITION_FAILED, "stale-version", e.getMessage(), List.of());
            case VERSION_REQUIRED -> problem(HttpStatus.PRECONDITION_REQUIRED, "version-required", e.getMessage(),
                    List.of());
            case STATE -> problem(HttpStatus.CONFLICT, "conflict", e.getMessage(), List.of());
        };
        e.properties().forEach(problem::setProperty);
        return answer(request, problem);
    }

    @ExceptionHandler(LoginThrottled.class)
    ResponseEntity<ProblemDetail> throttled(LoginThrottled e) {
        return ResponseEntity.status(HttpStatus.TOO_MANY_REQUESTS)
                .header(HttpHeaders.RETRY_AFTER, Long.toString(Math.max(1, e.retryAfter().toSeconds())))
                .body(problem(HttpStatus.TOO_MANY_REQUESTS, "login-throttled", e.getMessage(), List.of()));
    }

    @ExceptionHandler(AuthenticationException.class)
    ResponseEntity<ProblemDetail> unauthenticated(AuthenticationException e) {
        return ResponseEntity.status(HttpStatus.UNAUTHORIZED)
                .header(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"Nhiem vu\", Bearer")
                .body(problem(HttpStatus.UNAUTHORIZED, "unauthenticated",
                        "Chưa xác thực: hãy gửi mã truy cập API (Authorization: Bearer …) hoặc tên đăng nhập và mật khẩu hợp lệ.",
                        List.of()));
    }

    @ExceptionHandler(AccessDeniedException.class)
    Object accessDenied(AccessDeniedException e, HttpServletRequest request) {
        return answer(request, problem(HttpStatus.FORBIDDEN, "forbidden", "Bạn không có quyền thực hiện thao tác này.",
                List.of()));
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ResponseEntity<ProblemDetail> typeMismatch(MethodArgumentTypeMismatchException e) {
        String expected = e.getRequiredType() == LocalDate.class ? "một ngày dạng YYYY-MM-DD"
                : Number.class.isAssignableFrom(boxed(e.getRequiredType())) ? "một số nguyên" : "giá trị hợp lệ";
        String message = e.getMostSpecificCause() instanceof InputRules.Refused refused
                ? "Tham số \"" + e.getName() + "\": " + refused.getMessage()
                : "Tham số \"" + e.getName() + "\" có giá trị \"" + e.getValue() + "\" không hợp lệ: cần " + expected + ".";
        return ResponseEntity.badRequest().body(problem(HttpStatus.BAD_REQUEST, "validation", message,
                List.of(new InvalidInputException.FieldError(e.getName(), message))));
    }

    @ExceptionHandler(DataIntegrityViolationException.class)
    ResponseEntity<ProblemDetail> integrity(DataIntegrityViolationException e) {
        // Input is checked before it is written; reaching here means two requests raced.
        log.warn("Integrity violation that validation did not catch", e);
        return ResponseEntity.status(HttpStatus.CONFLICT).body(problem(HttpStatus.CONFLICT, "conflict",
                "Dữ liệu mâu thuẫn với dữ liệu đã có (có thể do hai người cùng sửa); hãy tải lại và thử lại.", List.of()));
    }

    @ExceptionHandler({ TransientDataAccessException.class, CannotGetJdbcConnectionException.class })
    Object busy(DataAccessException e, HttpServletRequest request, HttpServletResponse response) {
        // A lock or a connection not had in time: nothing was written (the transaction rolled back); a retry is safe.
        log.warn("Database busy on {} {}: {}", request.getMethod(), request.getRequestURI(), e.getMessage());
        response.setHeader(HttpHeaders.RETRY_AFTER, "1");
        return answer(request, problem(HttpStatus.SERVICE_UNAVAILABLE, "busy",
                "Hệ thống đang bận; thao tác chưa được thực hiện. Hãy thử lại sau giây lát.", List.of()));
    }

    @ExceptionHandler(Exception.class)
    Object unexpected(Exception e, HttpServletRequest request) {
        log.error("Unexpected error on {} {}", request.getMethod(), request.getRequestURI(), e);
        return answer(request, problem(HttpStatus.INTERNAL_SERVER_ERROR, "internal",
                "Lỗi hệ thống ngoài dự kiến; thao tác chưa được thực hiện. Hãy thử lại hoặc báo quản trị hệ thống.",
                List.of()));
    }

    /** Spring MVC's own exceptions (an unknown address among them): same shape, Vietnamese words. */
    @Override
    protected ResponseEntity<Object> handleExceptionInternal(Exception e, Object body, HttpHeaders headers,
            HttpStatusCode status, WebRequest request) {
        List<InvalidInputException.FieldError> errors = new ArrayList<>();
        String detail = vietnamese(e, errors);
        HttpStatus resolved = HttpStatus.valueOf(status.value());
        ProblemDetail problem = problem(resolved, status.is4xxClientError() && errors.isEmpty()
                ? slug(resolved) : "validation", detail, errors);
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

    private String vietnamese(Exception e, List<InvalidInputException.FieldError> errors) {
        if (e instanceof HttpMessageNotReadableException unreadable) {
            return unreadable(unreadable, errors);
        }
        if (e instanceof MissingServletRequestParameterException missing) {
            String message = "Thiếu tham số bắt buộc \"" + missing.getParameterName() + "\".";
            errors.add(new InvalidInputException.FieldError(missing.getParameterName(), message));
            return message;
        }
        if (e instanceof MissingRequestHeaderException missing) {
            return "Thiếu tiêu đề bắt buộc \"" + missing.getHeaderName() + "\".";
        }
        if (e instanceof HandlerMethodValidationException) {
            return "Tham số của yêu cầu không hợp lệ.";
        }
        if (e instanceof HttpRequestMethodNotSupportedException method) {
            return "Địa chỉ này không nhận phương thức " + method.getMethod() + ".";
        }
        if (e instanceof HttpMediaTypeNotSupportedException) {
            return "Kiểu nội dung không được hỗ trợ: hãy gửi JSON (Content-Type: application/json).";
        }
        if (e instanceof HttpMediaTypeNotAcceptableException) {
            return "Không thể trả về kiểu nội dung được yêu cầu; hãy nhận application/json.";
        }
        if (e instanceof NoResourceFoundException) {
            return "Không có địa chỉ này.";
        }
        if (e instanceof MaxUploadSizeExceededException) {
            return "Tệp gửi lên quá lớn.";
        }
        log.warn("Request failed: {}", e.toString());
        return "Yêu cầu không hợp lệ.";
    }

    private static String unreadable(HttpMessageNotReadableException e, List<InvalidInputException.FieldError> errors) {
        Throwable cause = e.getCause();
        if (cause instanceof JacksonException jackson && jackson.getCause() instanceof InputRules.Refused refused) {
            String field = path(jackson);
            String message = "Trường \"" + field + "\": " + refused.getMessage();
            errors.add(new InvalidInputException.FieldError(field, message));
            return message;
        }
        if (cause instanceof UnrecognizedPropertyException unknown) {
            String field = path(unknown);
            String message = "Trường \"" + unknown.getPropertyName() + "\" không có trong mẫu dữ liệu.";
            errors.add(new InvalidInputException.FieldError(field, message));
            return message;
        }
        if (cause instanceof InvalidFormatException invalid) {
            String field = path(invalid);
            String message = "Giá trị \"" + invalid.getValue() + "\" của trường \"" + field + "\" không hợp lệ: cần "
                    + expected(invalid.getTargetType()) + ".";
            errors.add(new InvalidInputException.FieldError(field, message));
            return message;
        }
        if (cause instanceof MismatchedInputException mismatched && !mismatched.getPath().isEmpty()) {
            String field = path(mismatched);
            String message = "Trường \"" + field + "\" sai kiểu dữ liệu: cần " + expected(mismatched.getTargetType())
                    + ".";
            errors.add(new InvalidInputException.FieldError(field, message));
            return message;
        }
        if (cause instanceof StreamReadException) {
            return "Nội dung gửi lên không phải JSON hợp lệ.";
        }
        if (cause instanceof JacksonException jackson && !jackson.getPath().isEmpty()) {
            String field = path(jackson);
            String message = "Giá trị của trường \"" + field + "\" không hợp lệ.";
            errors.add(new InvalidInputException.FieldError(field, message));
            return message;
        }
        return cause == null ? "Thiếu nội dung yêu cầu (JSON)." : "Nội dung gửi lên không đọc được.";
    }

    private static String path(JacksonException e) {
        var path = new StringBuilder();
        for (JacksonException.Reference reference : e.getPath()) {
            if (reference.getPropertyName() != null) {
                if (!path.isEmpty()) {
                    path.append('.');
                }
                path.append(reference.getPropertyName());
            } else if (reference.getIndex() >= 0) {
                path.append('[').append(reference.getIndex()).append(']');
            }
        }
        return path.toString();
    }

    private static String expected(Class<?> type) {
        if (type == null) {
            return "giá trị hợp lệ";
        }
        if (type == LocalDate.class) {
            return "một ngày có thật, dạng YYYY-MM-DD";
        }
        if (Number.class.isAssignableFrom(boxed(type))) {
            return "một số";
        }
        if (type == String.class) {
            return "một chuỗi ký tự";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "true hoặc false";
        }
        if (type.isEnum()) {
            return "một trong " + java.util.Arrays.toString(type.getEnumConstants());
        }
        if (List.class.isAssignableFrom(type)) {
            return "một danh sách";
        }
        return "một đối tượng JSON";
    }

    private static Class<?> boxed(Class<?> type) {
        if (type == null) {
            return Object.class;
        }
        if (type == int.class || type == long.class || type == short.class || type == double.class) {
            return Number.class;
        }
        return type;
    }

    private static String summary(List<InvalidInputException.FieldError> errors) {
        if (errors.size() == 1) {
            return errors.get(0).message();
        }
        return "Dữ liệu có " + errors.size() + " lỗi: "
                + String.join(" ", errors.stream().map(InvalidInputException.FieldError::message).toList());
    }

    private static ProblemDetail problem(HttpStatus status, String slug, String detail,
            List<InvalidInputException.FieldError> errors) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(URI.create(TYPE_PREFIX + slug));
        problem.setTitle(title(status));
        if (!errors.isEmpty()) {
            problem.setProperty("errors", errors);
        }
        return problem;
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

    static String title(HttpStatus status) {
        return switch (status) {
            case BAD_REQUEST -> "Dữ liệu không hợp lệ";
            case UNAUTHORIZED -> "Chưa xác thực";
            case FORBIDDEN -> "Không có quyền";
            case NOT_FOUND -> "Không tìm thấy";
            case METHOD_NOT_ALLOWED -> "Phương thức không được hỗ trợ";
            case NOT_ACCEPTABLE -> "Không đáp ứng được kiểu nội dung";
            case CONFLICT -> "Xung đột dữ liệu";
            case PRECONDITION_FAILED -> "Phiên bản đã cũ";
            case UNSUPPORTED_MEDIA_TYPE -> "Kiểu nội dung không được hỗ trợ";
            case PRECONDITION_REQUIRED -> "Thiếu phiên bản (If-Match)";
            case PAYLOAD_TOO_LARGE -> "Dữ liệu quá lớn";
            case TOO_MANY_REQUESTS -> "Quá nhiều lần thử";
            case INTERNAL_SERVER_ERROR -> "Lỗi hệ thống";
            case SERVICE_UNAVAILABLE -> "Hệ thống đang bận";
            case UNPROCESSABLE_CONTENT -> "Không xử lý được yêu cầu";
            default -> status.getReasonPhrase();
        };
    }
}
