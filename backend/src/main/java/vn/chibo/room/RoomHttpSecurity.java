package vn.chibo.room;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.HttpStatusEntryPoint;
import org.springframework.security.web.context.SecurityContextRepository;

/**
 * The WebSocket handshake at {@code /ws} needs a fully logged-in HTTP session (the same session cookie as the
 * API, loaded from Redis on any node); without one it answers 401 and no WebSocket opens. The actor of that
 * session becomes the STOMP user of every frame on the connection.
 */
@Configuration(proxyBeanMethods = false)
class RoomHttpSecurity {

    @Bean
    @Order(10)
    SecurityFilterChain roomWebSocketHandshake(HttpSecurity http, SecurityContextRepository contexts) throws Exception {
        http.securityMatcher("/ws", "/ws/**")
                .authorizeHttpRequests(requests -> requests.anyRequest().authenticated())
                .securityContext(context -> context.securityContextRepository(contexts))
                // a GET upgrade; cross-site handshakes are refused by the origin check of the STOMP endpoint
                .csrf(csrf -> csrf.disable())
                .exceptionHandling(errors -> errors.authenticationEntryPoint(new HttpStatusEntryPoint(HttpStatus.UNAUTHORIZED)))
                .requestCache(cache -> cache.disable())
                .sessionManagement(sessions -> sessions.disable())
                .logout(logout -> logout.disable())
                .httpBasic(basic -> basic.disable())
                .formLogin(form -> form.disable());
        return http.build();
    }
}
