package vn.chibo.identity;

import java.util.Collection;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import vn.chibo.shared.security.Role;

/**
 * Who holds a role on a unit, for the notices that must reach office holders rather than a meeting's chair: the
 * cell's secretary and committee hear of a missed meeting (R20) or of a member's unexcused months (R11).
 */
@Component
public class RoleHolders {

    private final JdbcClient jdbc;

    RoleHolders(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The members whose accounts hold one of {@code roles} on exactly this unit, in a stable order. */
    public List<UUID> of(UUID unitId, Collection<Role> roles) {
        if (roles.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                select distinct a.member_id from identity.account a
                join identity.account_grant g on g.account_id = a.id
                where g.unit_id = :unit and g.role in (:roles)
                order by a.member_id
                """).param("unit", unitId).param("roles", roles.stream().map(Role::name).toList())
                .query(UUID.class).list();
    }
}
