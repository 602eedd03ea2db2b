package vn.nhiemvu.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.QueryTimeoutException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.access.AccessDeniedException;

import vn.nhiemvu.identity.LoginThrottled;
import vn.nhiemvu.shared.Message;

/**
 * The problems {@link ProblemDetailsAdvice} words itself (busy, unexpected, a race on the data, access denied, too
 * many sign-ins) follow the language rule of the refusals: English for an API caller who prefers it, else
 * Vietnamese. Without Spring: the advice over the bundles read as Spring Boot reads them.
 */
class ProblemWordsTests {

    private final ProblemDetailsAdvice advice = new ProblemDetailsAdvice(Message.source());

    private static MockHttpServletRequest api(String language) {
        var request = new MockHttpServletRequest("POST", "/api/v1/tasks");
        request.addHeader(HttpHeaders.ACCEPT, "application/json");
        if (language != null) {
            request.addHeader(HttpHeaders.ACCEPT_LANGUAGE, language);
        }
        return request;
    }

    private static ProblemDetail body(Object answer) {
        return (ProblemDetail) ((ResponseEntity<?>) answer).getBody();
    }

    @Test
    void busyIsWordedInTheReadersLanguage() {
        var response = new MockHttpServletResponse();
        ProblemDetail english = body(advice.busy(new QueryTimeoutException("lock"), api("en"), response));
        assertThat(english.getStatus()).isEqualTo(503);
        assertThat(english.getTitle()).isEqualTo("System busy");
        assertThat(english.getDetail()).isEqualTo("The system is busy; nothing was done. Try again in a moment.");
        assertThat(response.getHeader(HttpHeaders.RETRY_AFTER)).isEqualTo("1");
        ProblemDetail vietnamese = body(advice.busy(new QueryTimeoutException("lock"), api(null),
                new MockHttpServletResponse()));
        assertThat(vietnamese.getTitle()).isEqualTo("Hệ thống đang bận");
        assertThat(vietnamese.getDetail())
                .isEqualTo("Hệ thống đang bận; thao tác chưa được thực hiện. Hãy thử lại sau giây lát.");
    }

    @Test
    void anUnexpectedErrorIsWordedInTheReadersLanguage() {
        ProblemDetail english = body(advice.unexpected(new IllegalStateException("test"), api("en-GB,en;q=0.9")));
        assertThat(english.getStatus()).isEqualTo(500);
        assertThat(english.getTitle()).isEqualTo("System error");
        assertThat(english.getDetail())
                .isEqualTo("Unexpected system error; nothing was done. Try again or tell the system administrator.");
        ProblemDetail vietnamese = body(advice.unexpected(new IllegalStateException("test"), api("vi,en;q=0.5")));
        assertThat(vietnamese.getTitle()).isEqualTo("Lỗi hệ thống");
        assertThat(vietnamese.getDetail()).isEqualTo(
                "Lỗi hệ thống ngoài dự kiến; thao tác chưa được thực hiện. Hãy thử lại hoặc báo quản trị hệ thống.");
    }

    @Test
    void aRaceOnTheDataIsWordedInTheReadersLanguage() {
        ProblemDetail english = advice.integrity(new DataIntegrityViolationException("unique"), api("en")).getBody();
        assertThat(english.getStatus()).isEqualTo(409);
        assertThat(english.getTitle()).isEqualTo("Data conflict");
        assertThat(english.getDetail()).startsWith("The data conflicts with data already stored");
        ProblemDetail vietnamese = advice.integrity(new DataIntegrityViolationException("unique"), api(null))
                .getBody();
        assertThat(vietnamese.getTitle()).isEqualTo("Xung đột dữ liệu");
        assertThat(vietnamese.getDetail()).isEqualTo(
                "Dữ liệu mâu thuẫn với dữ liệu đã có (có thể do hai người cùng sửa); hãy tải lại và thử lại.");
    }

    @Test
    void accessDeniedAndTooManySignInsAreWordedInTheReadersLanguage() {
        assertThat(body(advice.accessDenied(new AccessDeniedException("no"), api("en"))).getDetail())
                .isEqualTo("You may not do this.");
        assertThat(body(advice.accessDenied(new AccessDeniedException("no"), api(null))).getDetail())
                .isEqualTo("Bạn không có quyền thực hiện thao tác này.");
        var throttled = advice.throttled(new LoginThrottled(Duration.ofSeconds(130)), api("en"));
        assertThat(throttled.getHeaders().getFirst(HttpHeaders.RETRY_AFTER)).isEqualTo("130");
        assertThat(throttled.getBody().getDetail())
                .isEqualTo("Too many failed sign-ins; please try again in 3 minutes.");
        assertThat(advice.throttled(new LoginThrottled(Duration.ofSeconds(130)), api(null)).getBody().getDetail())
                .isEqualTo("Đăng nhập sai quá nhiều lần; hãy thử lại sau 3 phút.");
    }
}
