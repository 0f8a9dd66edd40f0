package vn.chibo.shared.security;

import java.util.List;

import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/** A fully authenticated session (password and, where required, the second factor) for one {@link Actor}. */
public final class ActorAuthentication extends AbstractAuthenticationToken {

    private final Actor actor;

    public ActorAuthentication(Actor actor) {
        super(authorities(actor));
        this.actor = actor;
        setAuthenticated(true);
    }

    private static List<SimpleGrantedAuthority> authorities(Actor actor) {
        var roles = actor.grants().stream().map(g -> new SimpleGrantedAuthority("ROLE_" + g.role().name()));
        return java.util.stream.Stream.concat(java.util.stream.Stream.of(new SimpleGrantedAuthority("ROLE_MEMBER")), roles)
                .distinct().toList();
    }

    @Override
    public Object getCredentials() {
        return "";
    }

    @Override
    public Actor getPrincipal() {
        return actor;
    }

    @Override
    public String getName() {
        return actor.username();
    }
}
