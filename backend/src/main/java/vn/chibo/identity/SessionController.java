package vn.chibo.identity;

import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import vn.chibo.shared.security.CurrentActor;

/** Tells the user interface whether someone is logged in (or half-way), and as whom. */
@RestController
@Tag(name = "Session")
class SessionController {

    private final CurrentActor currentActor;
    private final Sessions sessions;
    private final Accounts accounts;
    private final RoleViews roles;

    SessionController(CurrentActor currentActor, Sessions sessions, Accounts accounts, RoleViews roles) {
        this.currentActor = currentActor;
        this.sessions = sessions;
        this.accounts = accounts;
        this.roles = roles;
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record SessionView(boolean authenticated, User user, LoginStatus pending, String username) {
    }

    record User(UUID accountId, String username, String displayName, UUID memberId, List<RoleViews.RoleView> roles,
            boolean secondFactorEnrolled) {
    }

    @GetMapping("/api/session")
    @Operation(summary = "The current session: anonymous, half-way through a login, or the logged-in account with its roles")
    SessionView session(HttpServletRequest request) {
        var actor = currentActor.get();
        if (actor.isPresent()) {
            var a = actor.get();
            var enrolled = accounts.byId(a.accountId()).map(Account::secondFactorEnrolled).orElse(false);
            return new SessionView(true, new User(a.accountId(), a.username(), a.displayName(), a.memberId(),
                    roles.of(a.grants()), enrolled), null, null);
        }
        return sessions.pending(request).map(p -> new SessionView(false, null, p.status(), p.username()))
                .orElse(new SessionView(false, null, null, null));
    }
}
