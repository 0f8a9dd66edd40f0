package vn.chibo.shared.security;

import java.util.Optional;

import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/** The actor of the current request (HTTP or STOMP), when one is fully authenticated. */
@Component
public class CurrentActor {

    public Optional<Actor> get() {
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication instanceof ActorAuthentication actor && actor.isAuthenticated()) {
            return Optional.of(actor.getPrincipal());
        }
        return Optional.empty();
    }

    /** The actor, or a 401 problem when nobody is logged in. */
    public Actor require() {
        return get().orElseThrow(NotAuthenticated::new);
    }

    static final class NotAuthenticated extends vn.chibo.shared.DomainException {
        NotAuthenticated() {
            super("authentication-required", Kind.UNAUTHENTICATED, "Log in to continue.");
        }
    }
}
