package vn.nhiemvu.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Optional;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionException;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import tools.jackson.databind.json.JsonMapper;
import vn.nhiemvu.shared.Message;

/**
 * A POST to the API sent again with the same {@code Idempotency-Key} by the same person gets the first answer again,
 * and nothing is done twice (a script that lost the answer to "create a task" may safely retry). Runs after Spring
 * Security, so the person is known.
 * <p>
 * The whole request runs in one transaction that also holds the key's record: the change and the answer to replay
 * commit together or not at all. A request that dies (a crash, a server error) leaves nothing behind, so its retry
 * runs for real; a retry while the first is still running waits for it on the key's row and then replays its answer.
 * The same key with another body is refused (422); answers below 400 and refusals (4xx, nothing changed) are replayed.
 * <p>
 * A page's form does the same with the one-time submission id its script adds ({@value #FORM_FIELD}, static/js/app.js):
 * a double click or a form sent again creates one task, and the repeat gets the first redirect.
 */
@Component
class IdempotencyFilter extends OncePerRequestFilter {

    static final String HEADER = "Idempotency-Key";
    static final String FORM_FIELD = "_submission";
    private static final int MAX_KEY = 200;
    /** The longest answer kept for a replay (the column holds 1,000,000 characters). */
    private static final int MAX_STORED = 500_000;
    /** How long a page's repeated submission waits for the first one's answer. */
    private static final Duration PAGE_WAIT = Duration.ofSeconds(10);

    private final JdbcIdempotentRequests requests;
    private final JsonMapper json;
    private final Clock clock;
    private final Duration retention;
    private final TransactionTemplate tx;

    IdempotencyFilter(JdbcIdempotentRequests requests, JsonMapper json, Clock clock, PlatformTransactionManager transactions,
            IdempotencyProperties settings) {
        this.requests = requests;
        this.json = json;
        this.clock = clock;
        this.retention = settings.retention();
        this.tx = new TransactionTemplate(transactions);
    }

    /** Keys are remembered for the retention period (a day by default), then forgotten. */
    @Scheduled(fixedDelayString = "${nhiemvu.idempotency.purge-every}", initialDelayString = "1m")
    void purgeExpired() {
        int purged = requests.purge(since());
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
        return !"POST".equals(request.getMethod()) || request.getRequestURI().startsWith("/api/v1/tokens")
                || key(request) == null;
    }

    private static boolean api(HttpServletRequest request) {
        return request.getRequestURI().startsWith("/api/");
    }

    private static String key(HttpServletRequest request) {
        if (api(request)) {
            return request.getHeader(HEADER);
        }
        // Uploads are left to Spring's multipart handling (its size limits and their problems), not parsed here.
        String type = request.getContentType();
        return type != null && type.toLowerCase().startsWith("application/x-www-form-urlencoded")
                ? request.getParameter(FORM_FIELD) : null;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || !authentication.isAuthenticated()
                || authentication instanceof AnonymousAuthenticationToken) {
            chain.doFilter(request, response);
            return;
        }
        String username = authentication.getName();
        String key = key(request).strip();
        if (key.isEmpty() || key.length() > MAX_KEY) {
            problem(request, response, HttpStatus.BAD_REQUEST, Message.of("problem.idempotency.key-length", MAX_KEY));
            return;
        }
        var call = new Call(username, key, request.getMethod() + " " + request.getRequestURI(),
                new FingerprintedRequest(request));
        if (!api(request)) {
            submitOnce(call, chain, response);
            return;
        }
        Optional<JdbcIdempotentRequests.Stored> stored = requests.find(username, key, since());
        if (stored.isPresent() && !stored.get().expired()) {
            replay(stored.get(), call, response);
            return;
        }
        // Only an expired record of the key, still waiting for the purge, has to be deleted before the claim.
        boolean expiredSeen = stored.isPresent();
        var recorded = new ContentCachingResponseWrapper(response);
        Outcome outcome;
        try {
            outcome = tx.execute(status -> {
                if (!claim(call, expiredSeen)) {
                    return Outcome.TAKEN;
                }
                try {
                    chain.doFilter(call.request(), recorded);
                } catch (IOException | ServletException e) {
                    throw new Tunnel(e);
                }
                if (recorded.getStatus() >= 400 || status.isRollbackOnly()) {
                    // Nothing of a refused or failed request is kept, not even the claim: the answer is kept below.
                    status.setRollbackOnly();
                    return recorded.getStatus() >= 400 ? Outcome.REFUSED : Outcome.BROKEN;
                }
                complete(call, recorded, call.request().fingerprint());
                return Outcome.DONE;
            });
        } catch (Tunnel t) {
            if (t.getCause() instanceof IOException io) {
                throw io;
            }
            throw (ServletException) t.getCause();
        } catch (PessimisticLockingFailureException e) {
            // The first request with this key held its row longer than the lock timeout: it is still running.
            outcome = Outcome.TAKEN;
        } catch (TransactionException e) {
            logger.warn("Request with an idempotency key was not committed: " + e);
            outcome = Outcome.BROKEN;
        }
        switch (outcome) {
            case TAKEN -> {
                Optional<JdbcIdempotentRequests.Stored> first = requests.find(username, key, since()).filter(record -> !record.expired());
                if (first.isPresent()) {
                    replay(first.get(), call, response);
                } else {
                    problem(request, response, HttpStatus.CONFLICT, Message.of("problem.idempotency.in-progress"));
                }
            }
            case REFUSED -> {
                if (recorded.getStatus() < 500) {
                    rememberRefusal(call, recorded);
                }
                recorded.copyBodyToResponse();
            }
            case BROKEN -> {
                recorded.reset();
                problem(request, response, HttpStatus.SERVICE_UNAVAILABLE,
                        Message.of("problem.idempotency.not-recorded"));
            }
            case DONE -> recorded.copyBodyToResponse();
        }
    }

    /**
     * A page's form: the claim is committed first and the request runs in its own transactions, as without a key (a
     * page that catches a refusal and shows the form again must not lose the rest of its work to one transaction
     * around it). Only a redirect is kept, the answer of a form that did its work: a form shown again with its errors
     * saved nothing, and a page that shows a secret once must not be stored, so their repeats run again. A repeat
     * sent while the first runs waits for it, then gets its redirect or runs in turn.
     */
    private void submitOnce(Call call, FilterChain chain, HttpServletResponse response)
            throws IOException, ServletException {
        long until = System.nanoTime() + PAGE_WAIT.toNanos();
        while (true) {
            Optional<JdbcIdempotentRequests.Stored> first = requests.find(call.username(), call.key(), since());
            boolean live = first.isPresent() && !first.get().expired();
            if (live && first.get().completed()) {
                replay(first.get(), call, response);
                return;
            }
            if (!live && claimAlone(call, first.isPresent())) {
                break;
            }
            if (System.nanoTime() > until) {
                problem(call.request(), response, HttpStatus.CONFLICT, Message.of("problem.idempotency.in-progress"));
                return;
            }
            pause();
        }
        var recorded = new ContentCachingResponseWrapper(response);
        boolean kept = false;
        try {
            chain.doFilter(call.request(), recorded);
            if (recorded.getStatus() >= 300 && recorded.getStatus() < 400) {
                tx.executeWithoutResult(status -> complete(call, recorded, null));
                kept = true;
            }
        } finally {
            if (!kept) {
                tx.executeWithoutResult(status -> requests.forget(call.username(), call.key()));
            }
        }
        recorded.copyBodyToResponse();
    }

    private boolean claimAlone(Call call, boolean expiredSeen) {
        try {
            return Boolean.TRUE.equals(tx.execute(status -> claim(call, expiredSeen)));
        } catch (PessimisticLockingFailureException e) {
            return false;
        }
    }

    private static void pause() {
        try {
            Thread.sleep(50);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for a repeated submission", e);
        }
    }

    /** @return false when a committed record of the key exists (the first request finished meanwhile) */
    private boolean claim(Call call, boolean expiredSeen) {
        // An expired record of the same key may still wait for the purge: the key is free again.
        if (expiredSeen) {
            requests.forgetExpired(call.username(), call.key(), since());
        }
        try {
            requests.claim(call.username(), call.key(), call.target(), OffsetDateTime.now(clock));
            return true;
        } catch (DuplicateKeyException e) {
            return false;
        }
    }

    private void complete(Call call, ContentCachingResponseWrapper recorded, String fingerprint) {
        if (!storable(recorded)) {
            requests.forget(call.username(), call.key());
            return;
        }
        requests.complete(call.username(), call.key(), recorded.getStatus(), recorded.getContentType(),
                recorded.getHeader(HttpHeaders.LOCATION), new String(recorded.getContentAsByteArray(),
                        StandardCharsets.UTF_8), fingerprint);
    }

    /** A file or a very long answer is not stored: its repeat runs again. */
    private static boolean storable(ContentCachingResponseWrapper recorded) {
        String type = recorded.getContentType();
        return recorded.getContentSize() <= MAX_STORED
                && (type == null || type.startsWith("text/") || type.contains("json"));
    }

    /** A refused request changed nothing; its answer is kept so that a repeat gets the same words. */
    private void rememberRefusal(Call call, ContentCachingResponseWrapper recorded) {
        try {
            tx.executeWithoutResult(status -> {
                if (claim(call, true)) {
                    complete(call, recorded, call.request().fingerprint());
                }
            });
        } catch (DuplicateKeyException | PessimisticLockingFailureException e) {
            // A repeat of the key got there first: its answer stands.
        }
    }

    private void replay(JdbcIdempotentRequests.Stored stored, Call call, HttpServletResponse response) throws IOException {
        if (!stored.request().equals(call.target())) {
            problem(call.request(), response, HttpStatus.UNPROCESSABLE_CONTENT,
                    Message.of("problem.idempotency.other-request", stored.request()));
        } else if (!stored.completed()) {
            // Left by an earlier version of this filter, which claimed keys outside the request's transaction.
            problem(call.request(), response, HttpStatus.CONFLICT, Message.of("problem.idempotency.in-progress"));
        } else if (stored.fingerprint() != null && !stored.fingerprint().equals(call.request().readFingerprint())) {
            problem(call.request(), response, HttpStatus.UNPROCESSABLE_CONTENT,
                    Message.of("problem.idempotency.other-body"));
        } else {
            response.setStatus(stored.status());
            if (stored.contentType() != null) {
                response.setContentType(stored.contentType());
            }
            if (stored.location() != null) {
                response.setHeader(HttpHeaders.LOCATION, stored.location());
            }
            response.setHeader("Idempotent-Replayed", "true");
            if (stored.body() != null) {
                response.getOutputStream().write(stored.body().getBytes(StandardCharsets.UTF_8));
            }
        }
    }

    /** The problem in the reader's language, by the rule of {@link ProblemDetailsAdvice#language}. */
    private void problem(HttpServletRequest request, HttpServletResponse response, HttpStatus status, Message detail)
            throws IOException {
        Locale locale = ProblemDetailsAdvice.language(request);
        var problem = new LinkedHashMap<String, Object>();
        problem.put("type", "urn:nhiemvu:problem:idempotency");
        problem.put("title", ProblemDetailsAdvice.title(status, locale));
        problem.put("status", status.value());
        problem.put("detail", detail.in(locale));
        response.setStatus(status.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.getOutputStream().write(json.writeValueAsBytes(problem));
    }

    private enum Outcome {
        /** committed with its answer */
        DONE,
        /** answered 4xx/5xx: rolled back */
        REFUSED,
        /** not committed although the answer was a success: nothing was kept */
        BROKEN,
        /** another request holds or held the key */
        TAKEN
    }

    private record Call(String username, String key, String target, FingerprintedRequest request) {
    }


    /** Carries the chain's checked exceptions through the transaction callback. */
    private static final class Tunnel extends RuntimeException {

        Tunnel(Exception cause) {
            super(cause);
        }
    }
}
