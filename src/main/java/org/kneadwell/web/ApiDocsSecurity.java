package org.kneadwell.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.HeadersConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

/**
 * The API description ({@code /v3/api-docs}) and Swagger UI ({@code /swagger-ui/**}): public, read-only, without
 * patient data or sessions. Swagger UI is the one place whose policy allows inline styles, because it sets them
 * from its own script; scripts stay same-origin only, and every other page keeps the strict policy of
 * {@code identity.SecurityConfig}.
 */
@Configuration(proxyBeanMethods = false)
class ApiDocsSecurity {

    static final String STRICT_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
            + "img-src 'self' data:; font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'; "
            + "form-action 'self'; frame-ancestors 'none'";
    static final String SWAGGER_UI_POLICY = STRICT_POLICY.replace("style-src 'self';",
            "style-src 'self' 'unsafe-inline';");

    @Bean
    @Order(0)
    SecurityFilterChain apiDescriptionAccess(HttpSecurity http) throws Exception {
        return publicReadOnly(http.securityMatcher("/v3/api-docs", "/v3/api-docs.yaml", "/v3/api-docs/**"), STRICT_POLICY);
    }

    @Bean
    @Order(0)
    SecurityFilterChain swaggerUiAccess(HttpSecurity http) throws Exception {
        return publicReadOnly(http.securityMatcher("/swagger-ui/**", "/swagger-ui.html"), SWAGGER_UI_POLICY);
    }

    private static SecurityFilterChain publicReadOnly(HttpSecurity http, String policy) throws Exception {
        http.authorizeHttpRequests(auth -> auth.requestMatchers(org.springframework.http.HttpMethod.GET, "/**")
                        .permitAll().anyRequest().denyAll())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(cache -> cache.disable())
                .headers(headers -> headers
                        .contentSecurityPolicy(csp -> csp.policyDirectives(policy))
                        .frameOptions(HeadersConfigurer.FrameOptionsConfig::deny)
                        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.NO_REFERRER))
                        .contentTypeOptions(Customizer.withDefaults())
                        .cacheControl(Customizer.withDefaults()));
        return http.build();
    }
}
