package vn.chibo.identity.web;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import org.springframework.security.web.util.matcher.RequestMatcher;

import tools.jackson.databind.json.JsonMapper;

/**
 * Deny by default: the API needs a session, a few read-only endpoints are public, the built UI is served
 * to anyone (it holds no data), and every other request is refused. Errors are problem details.
 */
@Configuration(proxyBeanMethods = false)
@EnableWebSecurity
class SecurityConfiguration {

    /** The authenticated actor lives in the HTTP session, which Spring Session keeps in Redis for every node. */
    @Bean
    SecurityContextRepository securityContextRepository() {
        return new HttpSessionSecurityContextRepository();
    }

    @Bean
    SecurityFilterChain web(HttpSecurity http, JsonMapper json, SecurityContextRepository contexts,
            @Value("${chibo.jitsi.domain:}") String jitsiDomain) throws Exception {
        var problems = new ProblemSecurityHandlers(json);
        http.authorizeHttpRequests(requests -> requests
                        .requestMatchers(HttpMethod.GET, "/api/app-info", "/api/session").permitAll()
                        // the login steps check for themselves which half-way state they accept
                        .requestMatchers(HttpMethod.POST, "/api/auth/login", "/api/auth/second-factor", "/api/auth/password",
                                "/api/auth/totp/enrolment", "/api/auth/totp/enrolment/confirm", "/api/auth/logout").permitAll()
                        .requestMatchers(HttpMethod.GET, "/actuator/health", "/actuator/health/**", "/actuator/info",
                                "/actuator/prometheus").permitAll()
                        .requestMatchers(HttpMethod.GET, "/v3/api-docs", "/v3/api-docs/**", "/swagger-ui.html",
                                "/swagger-ui/**").permitAll()
                        // personal calendar feeds: calendar apps have no session, the unguessable token is the key
                        .requestMatchers(HttpMethod.GET, "/calendar/*.ics").permitAll()
                        .requestMatchers("/api/**").authenticated()
                        .requestMatchers(userInterface()).permitAll()
                        .anyRequest().denyAll())
                .securityContext(context -> context.securityContextRepository(contexts))
                .csrf(csrf -> csrf.spa())
                .exceptionHandling(errors -> errors
                        .authenticationEntryPoint(problems)
                        .accessDeniedHandler(problems))
                .headers(headers -> headers
                        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN))
                        .contentSecurityPolicy(csp -> csp.policyDirectives(contentSecurityPolicy(jitsiDomain))))
                .requestCache(cache -> cache.disable())
                .logout(logout -> logout.disable())
                .httpBasic(basic -> basic.disable())
                .formLogin(form -> form.disable());
        return http.build();
    }

    /**
     * Scripts only from ourselves and, when video is configured ({@code JITSI_DOMAIN}), Jitsi's
     * {@code external_api.js} and the call's frame from that host; antd needs inline styles.
     */
    static String contentSecurityPolicy(String jitsiDomain) {
        var jitsi = jitsiDomain == null || jitsiDomain.isBlank() ? "" : " https://" + jitsiDomain.trim();
        return "default-src 'self'; script-src 'self'" + jitsi + "; style-src 'self' 'unsafe-inline'; "
                + "img-src 'self' data: blob:; connect-src 'self' ws: wss:; frame-src 'self'" + jitsi + "; "
                + "frame-ancestors 'none'; object-src 'none'; base-uri 'self'";
    }

    /** GET requests for the single-page application and its assets; everything under the API is excluded. */
    private static RequestMatcher userInterface() {
        return request -> HttpMethod.GET.matches(request.getMethod()) && isUserInterfacePath(request.getRequestURI()
                .substring(request.getContextPath().length()));
    }

    static boolean isUserInterfacePath(String path) {
        return !(path.startsWith("/api/") || path.equals("/api") || path.startsWith("/actuator") || path.startsWith("/ws")
                || path.startsWith("/events/"));
    }
}
