package vn.nhiemvu.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.Optional;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import tools.jackson.databind.json.JsonMapper;

/**
 * A POST to the API sent again with the same {@code Idempotency-Key} by the same person gets the
 * first answer again, and nothing is done twice (a script that lost the answer to "create a task"
 * may safely retry). Server errors are not remembered, so they can be retried for real. Runs after
 * Spring Security, so the person is known.
 */
@Component
class IdempotencyFilter extends OncePerRequestFilter {

    static final String HEADER = "Idempotency-Key";
    private static final int MAX_KEY = 200;

    private final JdbcClient jdbc;
    private final JsonMapper json;
    private final Clock clock;
    private final Duration retention;

    IdempotencyFilter(JdbcClient jdbc, JsonMapper json, Clock clock,
            @Value("${nhiemvu.idempotency.retention:24h}") Duration retention) {
        this.jdbc = jdbc;
        this.json = json;
        this.clock = clock;
        this.retention = retention;
    }

    /** Keys are remembered for the retention period (a day by default), then forgotten. */
    @Scheduled(fixedDelayString = "${nhiemvu.idempotency.purge-every:1h}", initialDelayString = "1m")
    void purgeExpired() {
        int purged = jdbc.sql("delete from idempotent_request where created_at < :since").param("since", since()).update();
        if (purged > 0) {
            logger.info("Purged " + purged + " idempotency records older than " + retention);
        }
    }

    private OffsetDateTime since() {
        return OffsetDateTime.now(clock).minus(retention);
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        // A new API token's answer is its secret, which is stored nowhere: it cannot be replayed.
        return !"POST".equals(request.getMethod()) || !request.getRequestURI().startsWith("/api/")
                || request.getRequestURI().startsWith("/api/v1/tokens") || request.getHeader(HEADER) == null;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || !authentication.isAuthenticated()) {
            chain.doFilter(request, response);
            return;
        }
        String username = authentication.getName();
        String key = request.getHeader(HEADER).strip();
        if (key.isEmpty() || key.length() > MAX_KEY) {
            problem(response, HttpStatus.BAD_REQUEST, "Khóa Idempotency-Key phải có từ 1 đến " + MAX_KEY + " ký tự.");
            return;
        }
        String target = request.getMethod() + " " + request.getRequestURI();
        Optional<Stored> stored = find(username, key);
        if (stored.isPresent()) {
            replay(stored.get(), target, response);
            return;
        }
        try {
            // An expired record of the same key may still wait for the purge: the key is free again.
            jdbc.sql("delete from idempotent_request where username = :username and idem_key = :key and created_at < :since")
                    .param("username", username).param("key", key).param("since", since()).update();
            jdbc.sql("""
                    insert into idempotent_request (username, idem_key, request, created_at)
                    values (:username, :key, :request, :now)
                    """).param("username", username).param("key", key).param("request", target)
                    .param("now", OffsetDateTime.now(clock)).update();
        } catch (DuplicateKeyException e) {
            replay(find(username, key).orElseThrow(), target, response);
            return;
        }
        var recorded = new ContentCachingResponseWrapper(response);
        try {
            chain.doFilter(request, recorded);
        } finally {
            if (recorded.getStatus() < 500) {
                jdbc.sql("""
                        update idempotent_request set completed = true, status = :status, content_type = :type, body = :body
                        where username = :username and idem_key = :key
                        """).param("status", recorded.getStatus()).param("type", recorded.getContentType())
                        .param("body", new String(recorded.getContentAsByteArray(), StandardCharsets.UTF_8))
                        .param("username", username).param("key", key).update();
            } else {
                jdbc.sql("delete from idempotent_request where username = :username and idem_key = :key")
                        .param("username", username).param("key", key).update();
            }
            recorded.copyBodyToResponse();
        }
    }

    private void replay(Stored stored, String target, HttpServletResponse response) throws IOException {
        if (!stored.request().equals(target)) {
            problem(response, HttpStatus.UNPROCESSABLE_CONTENT,
                    "Khóa Idempotency-Key này đã được dùng cho một yêu cầu khác (" + stored.request() + ").");
        } else if (!stored.completed()) {
            problem(response, HttpStatus.CONFLICT, "Yêu cầu với khóa Idempotency-Key này đang được xử lý; hãy thử lại sau.");
        } else {
            response.setStatus(stored.status());
            if (stored.contentType() != null) {
                response.setContentType(stored.contentType());
            }
            response.setHeader("Idempotent-Replayed", "true");
            if (stored.body() != null) {
                response.getOutputStream().write(stored.body().getBytes(StandardCharsets.UTF_8));
            }
        }
    }

    private Optional<Stored> find(String username, String key) {
        return jdbc.sql("""
                select request, completed, status, content_type, body from idempotent_request
                where username = :username and idem_key = :key and created_at >= :since
                """).param("username", username).param("key", key).param("since", since())
                .query((rs, n) -> new Stored(rs.getString("request"), rs.getBoolean("completed"), rs.getInt("status"),
                        rs.getString("content_type"), rs.getString("body")))
                .optional();
    }

    private void problem(HttpServletResponse response, HttpStatus status, String detail) throws IOException {
        var problem = new LinkedHashMap<String, Object>();
        problem.put("type", "urn:nhiemvu:problem:idempotency");
        problem.put("title", ProblemDetailsAdvice.title(status));
        problem.put("status", status.value());
        problem.put("detail", detail);
        response.setStatus(status.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.getOutputStream().write(json.writeValueAsBytes(problem));
    }

    private record Stored(String request, boolean completed, int status, String contentType, String body) {
    }
}
