package vn.nhiemvu.identity.internal;

import java.io.IOException;
import java.util.List;

import org.springframework.http.HttpHeaders;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import vn.nhiemvu.identity.ApiTokens.TokenUse;
import vn.nhiemvu.identity.TokenScopes;
import vn.nhiemvu.shared.ForbiddenException;
import vn.nhiemvu.shared.Message;

/**
 * Authenticates {@code Authorization: Bearer nv_…} with a personal API token. A token scoped to one thing (ADR 0051)
 * passes only the requests its kind's {@link TokenScopes} permit; any other is refused here, whatever its owner may do.
 */
final class ApiTokenAuthenticationFilter extends OncePerRequestFilter {

    private static final String BEARER = "Bearer ";

    private final JdbcApiTokens tokens;
    private final SecurityConfiguration.ProblemSecurityHandler problems;
    private final List<TokenScopes> scopes;

    ApiTokenAuthenticationFilter(JdbcApiTokens tokens, SecurityConfiguration.ProblemSecurityHandler problems,
            List<TokenScopes> scopes) {
        this.tokens = tokens;
        this.problems = problems;
        this.scopes = scopes;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String header = request.getHeader(HttpHeaders.AUTHORIZATION);
        if (header == null || !header.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            chain.doFilter(request, response);
            return;
        }
        var found = tokens.authenticate(header.substring(BEARER.length()).strip());
        if (found.isEmpty() || !found.get().account().isEnabled()) {
            SecurityContextHolder.clearContext();
            problems.commence(request, response, new BadCredentialsException("invalid API token"));
            return;
        }
        TokenUse use = found.get().token();
        if (use.scope() != null && !permits(use.scope(), request)) {
            SecurityContextHolder.clearContext();
            problems.resolver().resolveException(request, response, null,
                    new ForbiddenException(Message.of("forbidden.identity.token.scope", use.name())));
            return;
        }
        var account = found.get().account();
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(account, null,
                account.getAuthorities()));
        SecurityContextHolder.setContext(context);
        request.setAttribute(TokenUse.attribute(), use);
        chain.doFilter(request, response);
    }

    /** Whether the scope's kind declares the request as one its tokens may make; an unknown kind permits nothing. */
    private boolean permits(String scope, HttpServletRequest request) {
        int colon = scope.indexOf(':');
        String kind = scope.substring(0, colon);
        String subject = scope.substring(colon + 1);
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return scopes.stream().filter(s -> s.kind().equals(kind))
                .anyMatch(s -> s.permits(subject, request.getMethod(), path));
    }
}
