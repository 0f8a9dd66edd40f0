package vn.chibo.identity.web;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** Tells the user interface whether someone is logged in, and as whom. */
@RestController
@Tag(name = "Session")
class SessionController {

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record SessionView(boolean authenticated, Object user) {
    }

    @GetMapping("/api/session")
    @Operation(summary = "The current session: anonymous, or the logged-in account with its roles")
    SessionView session(Authentication authentication) {
        if (authentication == null || authentication instanceof AnonymousAuthenticationToken
                || !authentication.isAuthenticated()) {
            return new SessionView(false, null);
        }
        return new SessionView(true, null);
    }
}
