package vn.nhiemvu.web;

import java.net.URI;
import java.util.Map;

import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.ModelAndView;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;

/**
 * Errors that never reached a controller (a request the server itself refused, a URL it could
 * not decode) get the same Vietnamese problem detail, or the error page, as all others.
 */
@Controller
class ErrorPageController implements ErrorController {

    @RequestMapping(value = "/error", produces = MediaType.TEXT_HTML_VALUE)
    ModelAndView page(HttpServletRequest request) {
        ProblemDetail problem = problem(request);
        var page = new ModelAndView("error", Map.of("problem", problem));
        page.setStatus(HttpStatus.valueOf(problem.getStatus()));
        return page;
    }

    @RequestMapping("/error")
    ResponseEntity<ProblemDetail> api(HttpServletRequest request) {
        ProblemDetail problem = problem(request);
        return ResponseEntity.status(problem.getStatus()).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }

    private static ProblemDetail problem(HttpServletRequest request) {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        HttpStatus status = code instanceof Integer value && HttpStatus.resolve(value) != null
                ? HttpStatus.valueOf(value) : HttpStatus.INTERNAL_SERVER_ERROR;
        Object refusal = request.getAttribute(InputConfiguration.REFUSAL);
        String detail = refusal != null ? refusal.toString() : switch (status) {
            case BAD_REQUEST -> "Yêu cầu không hợp lệ (địa chỉ hoặc tiêu đề không đọc được).";
            case NOT_FOUND -> "Không có địa chỉ này.";
            case UNAUTHORIZED -> "Chưa xác thực.";
            case FORBIDDEN -> "Bạn không có quyền truy cập địa chỉ này.";
            case PAYLOAD_TOO_LARGE -> "Dữ liệu gửi lên quá lớn.";
            default -> status.is4xxClientError() ? "Yêu cầu không hợp lệ."
                    : "Lỗi hệ thống ngoài dự kiến; thao tác chưa được thực hiện. Hãy thử lại hoặc báo quản trị hệ thống.";
        };
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setTitle(ProblemDetailsAdvice.title(status));
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
