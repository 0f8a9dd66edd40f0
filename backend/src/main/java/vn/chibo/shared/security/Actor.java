package vn.chibo.shared.security;

import java.io.Serializable;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Who is acting: the account, the member it is bound to (R6) and the roles it holds. It is the principal of
 * an authenticated session; the identity module ends an account's sessions whenever its roles change, so
 * the grants here are never stale.
 */
public record Actor(UUID accountId, UUID memberId, String username, String displayName, List<Grant> grants)
        implements Serializable {

    public Actor {
        grants = List.copyOf(grants);
    }

    public boolean holds(Role role) {
        return grants.stream().anyMatch(g -> g.role() == role);
    }

    /** The nodes on which the actor holds any of the roles. */
    public Set<UUID> unitsWhere(Role... roles) {
        var wanted = Set.copyOf(Arrays.asList(roles));
        return grants.stream().filter(g -> wanted.contains(g.role())).map(Grant::unitId).collect(Collectors.toSet());
    }
}
