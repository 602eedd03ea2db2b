package vn.nhiemvu.identity.internal;

import java.util.Map;

import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.authorization.AuthenticatedAuthorizationManager;
import org.springframework.security.authorization.AuthorityAuthorizationManager;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.authorization.AuthorizationManagers;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.ExceptionMappingAuthenticationFailureHandler;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.web.servlet.HandlerExceptionResolver;

import vn.nhiemvu.identity.LoginThrottled;
import vn.nhiemvu.identity.Role;
import vn.nhiemvu.shared.Message;
import vn.nhiemvu.shared.NotFoundException;

/**
 * Two doors: the API ({@code /api/**}) is stateless and takes personal API tokens or HTTP Basic,
 * answering 401/403 as problem details; the web UI uses form login with a session and CSRF.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {


    /**
     * What an outside agency's focal person may reach (ADR 0035): the proposal rounds, their account, the help, and
     * their notices, which are only the rounds' (ADR 0045).
     * Anything else answers 404, as a task out of scope does: they are not told what else exists.
     */
    private static final String[] RESPONDENT_API = { "/api/v1/rounds", "/api/v1/rounds/**",
        "/api/v1/account/password", "/api/v1/notifications", "/api/v1/notifications/**" };
    private static final String[] RESPONDENT_PAGES = { "/", "/rounds", "/rounds/**", "/account", "/account/**",
        "/help", "/help/**", "/notifications", "/notifications/**" };

    /**
     * A focal person's invitation link (ADR 0045): followed before any account exists, so open to anyone; the link's
     * token, unguessable and used once, is the right.
     */
    private static final String INVITATIONS_API = "/api/v1/invitations/*";
    private static final String INVITATIONS_PAGE = "/invitations/*";
    /** An agency's public disclosure (ADR 0051): the figures it chose to publish, open to anyone. */
    private static final String PUBLIC_PAGES = "/public/*";

    /** Signed in as the ministry's staff: any role but {@link Role#RESPONDENT}. */
    private static final AuthorizationManager<RequestAuthorizationContext> STAFF = AuthorizationManagers.allOf(
            AuthenticatedAuthorizationManager.authenticated(),
            AuthorizationManagers.not(AuthorityAuthorizationManager.hasRole(Role.RESPONDENT.name())));

    static boolean respondent(Authentication authentication) {
        return authentication != null && authentication.getAuthorities().stream()
                .anyMatch(a -> ("ROLE_" + Role.RESPONDENT.name()).equals(a.getAuthority()));
    }

    /** A page refused to a respondent is one that does not exist for them; to the staff it is forbidden. */
    private static void deniedPage(jakarta.servlet.http.HttpServletRequest request,
            jakarta.servlet.http.HttpServletResponse response,
            org.springframework.security.access.AccessDeniedException denied) throws java.io.IOException {
        response.sendError(respondent(SecurityContextHolder.getContext().getAuthentication()) ? 404 : 403);
    }

    @Bean
    PasswordEncoder passwordEncoder(java.time.Clock clock) {
        // bcrypt, with the algorithm id stored in the hash so it can be raised later without a migration;
        // a verified password is remembered for five minutes so HTTP Basic does not cost a bcrypt per request.
        return new VerifiedPasswordCache(PasswordEncoderFactories.createDelegatingPasswordEncoder(),
                java.time.Duration.ofMinutes(5), clock);
    }

    /** Passwords are checked only within the allowance of failed attempts (form login and HTTP Basic). */
    @Bean
    AuthenticationProvider throttledPasswords(UserDetailsService accounts, PasswordEncoder passwordEncoder,
            LoginThrottle throttle) {
        var passwords = new DaoAuthenticationProvider(accounts);
        passwords.setPasswordEncoder(passwordEncoder);
        return new ThrottledAuthenticationProvider(passwords, throttle);
    }

    /** Security failures go through the same @RestControllerAdvice as every other API error. */
    @Bean
    ProblemSecurityHandler problemSecurityHandler(
            @Qualifier("handlerExceptionResolver") HandlerExceptionResolver resolver) {
        return new ProblemSecurityHandler(resolver);
    }

    @Bean
    @Order(1)
    SecurityFilterChain apiSecurity(HttpSecurity http, JdbcApiTokens tokens, ProblemSecurityHandler problems,
            java.util.List<vn.nhiemvu.identity.TokenScopes> scopes) throws Exception {
        // Metrics are scraped by a machine with an administrator's API token, like any script.
        http.securityMatcher("/api/**", "/actuator/prometheus")
                .authorizeHttpRequests(auth -> auth.requestMatchers("/actuator/prometheus").hasRole("ADMIN")
                        .requestMatchers(INVITATIONS_API).permitAll()
                        .requestMatchers(RESPONDENT_API).authenticated()
                        .anyRequest().access(STAFF))
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(csrf -> csrf.disable())
                .httpBasic(basic -> basic.authenticationEntryPoint(problems))
                .exceptionHandling(e -> e.authenticationEntryPoint(problems).accessDeniedHandler(problems))
                .addFilterBefore(new ApiTokenAuthenticationFilter(tokens, problems, scopes), BasicAuthenticationFilter.class);
        return http.build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain webSecurity(HttpSecurity http) throws Exception {
        http.authorizeHttpRequests(auth -> auth
                        .requestMatchers("/login", "/css/**", "/js/**", "/favicon.ico", "/favicon.svg", "/error",
                                "/v3/api-docs/**", "/swagger-ui/**", "/swagger-ui.html", "/actuator/health/**",
                                "/schemas/**", INVITATIONS_PAGE, PUBLIC_PAGES)
                        .permitAll()
                        .requestMatchers(RESPONDENT_PAGES).authenticated()
                        .anyRequest().access(STAFF))
                .exceptionHandling(e -> e.accessDeniedHandler(SecurityConfiguration::deniedPage))
                .formLogin(form -> form.loginPage("/login").defaultSuccessUrl("/", false).permitAll()
                        .failureHandler(loginFailure()))
                .logout(logout -> logout.logoutSuccessUrl("/login?logout").permitAll())
                .headers(Customizer.withDefaults());
        return http.build();
    }

    /** The login page says why: a wrong password, or too many of them (the page reads the wait from the session). */
    private static AuthenticationFailureHandler loginFailure() {
        var handler = new ExceptionMappingAuthenticationFailureHandler();
        handler.setDefaultFailureUrl("/login?error");
        handler.setExceptionMappings(Map.of(LoginThrottled.class.getName(), "/login?throttled"));
        return handler;
    }

    /** Entry point and access-denied handler that let MVC write the problem detail. */
    record ProblemSecurityHandler(HandlerExceptionResolver resolver)
            implements AuthenticationEntryPoint, AccessDeniedHandler {

        @Override
        public void commence(jakarta.servlet.http.HttpServletRequest request,
                jakarta.servlet.http.HttpServletResponse response,
                org.springframework.security.core.AuthenticationException authException) {
            resolver.resolveException(request, response, null, authException);
        }

        @Override
        public void handle(jakarta.servlet.http.HttpServletRequest request,
                jakarta.servlet.http.HttpServletResponse response,
                org.springframework.security.access.AccessDeniedException accessDeniedException) {
            resolver.resolveException(request, response, null,
                    respondent(SecurityContextHolder.getContext().getAuthentication())
                            ? new NotFoundException(Message.of("notfound.shared.not-found")) : accessDeniedException);
        }
    }
}
