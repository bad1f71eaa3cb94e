package org.kneadwell.identity;

import java.time.Clock;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.HeadersConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;
import org.springframework.security.web.context.SecurityContextHolderFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

/**
 * Two ways in: the JSON API under {@code /api/**} and the FHIR API under {@code /fhir/**} with bearer tokens and no
 * cookies (so no CSRF), and the pages with form login, CSRF protection, sessions stored in the database (15 minutes idle, 12 hours at most).
 * Which role may call which route is declared on each handler with {@code @RouteAccess}.
 */
@Configuration
class SecurityConfig {

    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
            + "img-src 'self' data:; font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'; "
            + "form-action 'self'; frame-ancestors 'none'";

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    /**
     * No Micrometer observations around each security filter and authorization decision: nothing reads them (the
     * actuator exposes health only), and wrapping every filter of every request in timers cost about a seventh of
     * an API read's CPU (issue 15, measured with JFR). Security does not depend on them.
     */
    @Bean
    SecurityObservationSettings securityObservationSettings() {
        return SecurityObservationSettings.noObservations();
    }

    @Bean
    SignInAuthenticationProvider signInAuthenticationProvider(SignIn signIn) {
        return new SignInAuthenticationProvider(signIn);
    }

    @Bean
    @Order(1)
    SecurityFilterChain api(HttpSecurity http, ApiTokens tokens) throws Exception {
        http.securityMatcher("/api/**")
                .csrf(csrf -> csrf.disable())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(cache -> cache.disable())
                .authorizeHttpRequests(auth -> auth
                        .requestMatchers(HttpMethod.POST, "/api/v1/auth/token").permitAll()
                        .anyRequest().authenticated())
                .addFilterBefore(new BearerTokenFilter(tokens), AnonymousAuthenticationFilter.class)
                .exceptionHandling(errors -> errors
                        .authenticationEntryPoint(ApiProblems::unauthorized)
                        .accessDeniedHandler(ApiProblems::forbidden));
        headers(http);
        return http.build();
    }

    /**
     * The FHIR API: the same bearer tokens as /api/v1; its capability statement and our code systems are public;
     * refusals are OperationOutcomes.
     */
    @Bean
    @Order(2)
    SecurityFilterChain fhir(HttpSecurity http, ApiTokens tokens) throws Exception {
        http.securityMatcher("/fhir/**")
                .csrf(csrf -> csrf.disable())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(cache -> cache.disable())
                .authorizeHttpRequests(auth -> auth
                        .requestMatchers(HttpMethod.GET, "/fhir/metadata", "/fhir/CodeSystem", "/fhir/CodeSystem/*")
                        .permitAll()
                        .anyRequest().authenticated())
                .addFilterBefore(new BearerTokenFilter(tokens), AnonymousAuthenticationFilter.class)
                .exceptionHandling(errors -> errors
                        .authenticationEntryPoint(ApiProblems::fhirUnauthorized)
                        .accessDeniedHandler(ApiProblems::fhirForbidden));
        headers(http);
        return http.build();
    }

    @Bean
    @Order(3)
    SecurityFilterChain pages(HttpSecurity http, SignInAuthenticationProvider provider, Clock clock) throws Exception {
        http.authorizeHttpRequests(auth -> auth
                        .requestMatchers("/login", "/invitations/**", "/css/**", "/js/**", "/img/**", "/webjars/**",
                                "/favicon.ico", "/favicon.svg", "/error", "/calendar/**", "/actuator/health", "/actuator/health/**")
                        .permitAll()
                        .anyRequest().authenticated())
                // The form's own manager, with no parent: a parent holding the same provider would check (and
                // count) every failed sign-in a second time.
                .authenticationManager(new ProviderManager(provider))
                .formLogin(form -> form.loginPage("/login")
                        .usernameParameter("email")
                        .authenticationDetailsSource(SignInDetails::from)
                        // Not the default handler: it would keep the failed request, password included, in the session.
                        .failureHandler((request, response, failure) ->
                                response.sendRedirect(request.getContextPath() + "/login?error"))
                        .defaultSuccessUrl("/", true)
                        .permitAll())
                .logout(logout -> logout.logoutUrl("/logout").logoutSuccessUrl("/login?signedOut")
                        .deleteCookies("SESSION", "JSESSIONID"))
                .sessionManagement(session -> session.sessionFixation(fixation -> fixation.changeSessionId()))
                .addFilterAfter(new SessionLifetimeFilter(clock), SecurityContextHolderFilter.class)
                .httpBasic(basic -> basic.disable());
        headers(http);
        return http.build();
    }

    private static void headers(HttpSecurity http) throws Exception {
        http.headers(headers -> headers
                .contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                .frameOptions(HeadersConfigurer.FrameOptionsConfig::deny)
                .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.NO_REFERRER))
                .contentTypeOptions(Customizer.withDefaults())
                .cacheControl(Customizer.withDefaults()));
    }
}
