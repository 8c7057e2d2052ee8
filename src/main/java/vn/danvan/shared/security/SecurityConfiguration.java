package vn.danvan.shared.security;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.HttpStatusEntryPoint;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import org.springframework.security.web.savedrequest.HttpSessionRequestCache;
import org.springframework.security.web.util.matcher.RequestMatcher;
import vn.danvan.shared.web.RequestPaths;

/**
 * Request security for pages and the API. Pages sign in with a form and a session kept in the database; the API
 * accepts that session or a personal access token. Module permissions are checked in each module's services;
 * here only "signed in or not" is decided.
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
class SecurityConfiguration {

    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
            + "img-src 'self' data:; font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'; "
            + "form-action 'self'; frame-ancestors 'none'";

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    @Bean
    SecurityFilterChain securityFilterChain(
            HttpSecurity http, ObjectProvider<BearerTokenAuthenticator> tokens, SecurityProperties properties)
            throws Exception {
        RequestMatcher api = RequestPaths::isApi;
        HttpSessionRequestCache requestCache = new HttpSessionRequestCache();
        requestCache.setMatchingRequestParameterName(null);
        http.authorizeHttpRequests(auth -> auth.requestMatchers(
                                "/login",
                                "/assets/**",
                                "/favicon.ico",
                                "/webjars/**",
                                "/error",
                                "/actuator/health",
                                "/actuator/health/**",
                                "/v3/api-docs",
                                "/v3/api-docs/**",
                                "/api/docs",
                                "/swagger-ui/**",
                                // What citizens use without an account: the public site and the Open311 API (which
                                // checks its own API keys).
                                "/public/**",
                                "/open311/**")
                        .permitAll()
                        .anyRequest()
                        .authenticated())
                .formLogin(form -> form.loginPage("/login")
                        .defaultSuccessUrl("/", false)
                        .failureHandler(new SignInFailureHandler())
                        .permitAll())
                .logout(logout -> logout.logoutUrl("/logout")
                        .logoutSuccessUrl("/login?signedOut")
                        .deleteCookies("SESSION")
                        .permitAll())
                .requestCache(cache -> cache.requestCache(requestCache))
                .exceptionHandling(ex -> ex.defaultAuthenticationEntryPointFor(
                                new HttpStatusEntryPoint(HttpStatus.UNAUTHORIZED), api)
                        .defaultAuthenticationEntryPointFor(new LoginUrlAuthenticationEntryPoint("/login"), r -> true))
                .csrf(csrf -> csrf.ignoringRequestMatchers(
                        BearerTokenFilter::hasBearerToken,
                        r -> r.getRequestURI().startsWith("/open311/")))
                .sessionManagement(session -> session.sessionFixation(fixation -> fixation.changeSessionId()))
                .headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                        .frameOptions(frame -> frame.deny())
                        .referrerPolicy(ref -> ref.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN))
                        .permissionsPolicyHeader(p -> p.policy("geolocation=(self), camera=(), microphone=()")))
                .addFilterBefore(
                        new SignInRateLimitFilter(properties.signInAttemptsPerMinute()),
                        UsernamePasswordAuthenticationFilter.class)
                .addFilterAfter(new PasswordChangeFilter(), BasicAuthenticationFilter.class);
        BearerTokenAuthenticator authenticator = tokens.getIfAvailable();
        if (authenticator != null) {
            http.addFilterBefore(new BearerTokenFilter(authenticator), UsernamePasswordAuthenticationFilter.class);
        }
        return http.build();
    }
}
