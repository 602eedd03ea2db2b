package vn.nhiemvu.federation.internal;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;

/**
 * The doors a peer installation uses, open without signing in: messages prove who sent them by their signature, the
 * keys and the schemas are public. Everything else of the federation API is behind the identity module's doors.
 */
@Configuration(proxyBeanMethods = false)
class FederationSecurity {

    static final String[] PUBLIC = { FederationProtocolController.MESSAGES_PATH,
        FederationProtocolController.BATCHES_PATH, "/api/v1/federation/schemas/**",
        PeerDirectory.KEYS_PATH };

    @Bean
    @Order(0)
    SecurityFilterChain federationPublic(HttpSecurity http) throws Exception {
        http.securityMatcher(PUBLIC).authorizeHttpRequests(auth -> auth.anyRequest().permitAll())
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(csrf -> csrf.disable());
        return http.build();
    }
}
