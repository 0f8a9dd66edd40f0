package vn.chibo.conferencing;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;

/**
 * The webhook paths have a filter chain of their own, ahead of the application's: Prosody has no session and
 * no CSRF token, so neither is asked for here (and only here); POST only; the controller checks the bearer
 * secret itself so that it can answer and audit a refusal.
 */
@Configuration(proxyBeanMethods = false)
class ConferencingSecurity {

    @Bean
    @Order(Ordered.HIGHEST_PRECEDENCE + 10)
    SecurityFilterChain jitsiWebhooks(HttpSecurity http, JitsiProperties properties) throws Exception {
        http.securityMatcher(properties.webhook().pathPrefix() + "/events/**")
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers(HttpMethod.POST).permitAll()
                        .anyRequest().denyAll())
                .csrf(csrf -> csrf.disable())
                .sessionManagement(sessions -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(cache -> cache.disable())
                .logout(logout -> logout.disable())
                .httpBasic(basic -> basic.disable())
                .formLogin(form -> form.disable());
        return http.build();
    }
}
