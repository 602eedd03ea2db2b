package vn.nhiemvu.web;

import java.io.IOException;
import java.security.SecureRandom;
import java.util.Base64;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Content-Security-Policy, Referrer-Policy and Permissions-Policy on every answer. Scripts come
 * only from this server ({@code static/js}) or carry this request's nonce (the three pages that
 * hand their data to a chart inline, as {@code th:nonce="${cspNonce}"}). Inline styles stay
 * allowed: the pages' bars and chart boxes are sized with {@code style}, and htmx adds its own.
 * HSTS comes from Spring Security on every HTTPS request (behind a proxy: see
 * {@code server.forward-headers-strategy}).
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 20)
class SecurityHeadersFilter extends OncePerRequestFilter {

    static final String NONCE = "cspNonce";
    private static final String POLICY = "default-src 'self'; script-src 'self' 'nonce-%s'; "
            + "style-src 'self' 'unsafe-inline'; img-src 'self' data:; connect-src 'self'; font-src 'self'; "
            + "object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    private final SecureRandom random = new SecureRandom();

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        byte[] bytes = new byte[16];
        random.nextBytes(bytes);
        String nonce = Base64.getEncoder().encodeToString(bytes);
        request.setAttribute(NONCE, nonce);
        response.setHeader("Content-Security-Policy", POLICY.formatted(nonce));
        response.setHeader("Referrer-Policy", "strict-origin-when-cross-origin");
        response.setHeader("Permissions-Policy", "camera=(), microphone=(), geolocation=(), payment=(), usb=()");
        chain.doFilter(request, response);
    }
}
